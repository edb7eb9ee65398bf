namespace Frontline.Domain.Communications;

/// <summary>How an SMS is encoded and how many segments it takes.</summary>
/// <param name="Encoding"><c>GSM-7</c> or <c>UCS-2</c>.</param>
/// <param name="Characters">Units sent: GSM-7 septets (an extension character counts two) or UCS-2 code units.</param>
/// <param name="Segments">Messages the network sends: 0 for an empty text.</param>
public sealed record SmsEstimate(string Encoding, int Characters, int Segments);

/// <summary>
/// SMS segment arithmetic (3GPP TS 23.038 / 23.040). GSM-7: 160 septets in one segment, 153 per segment when split
/// (the user-data header takes 7); an extension character (<c>^ { } \ [ ~ ] | €</c> and form feed) is an escape plus a
/// septet, counts two and is never split across segments. A single character outside the GSM-7 alphabet makes the whole
/// message UCS-2: 70 units in one segment, 67 when split; a surrogate pair (e.g. an emoji) is two units and stays whole.
/// </summary>
public static class SmsSegments
{
    public const string Gsm7 = "GSM-7";
    public const string Ucs2 = "UCS-2";

    private const string BasicAlphabet =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(c => BasicAlphabet.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal));

    public static SmsEstimate Estimate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsGsm7(text))
        {
            var units = text.Select(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1).ToList();
            return new SmsEstimate(Gsm7, units.Sum(), Count(units, 160, 153));
        }

        // UTF-16 code units; a surrogate pair is one indivisible item of 2.
        var items = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                items.Add(2);
                i++;
            }
            else
            {
                items.Add(1);
            }
        }

        return new SmsEstimate(Ucs2, items.Sum(), Count(items, 70, 67));
    }

    /// <summary>Fills segments greedily without splitting an item (an escaped character or a surrogate pair).</summary>
    private static int Count(List<int> items, int single, int perPart)
    {
        var total = items.Sum();
        if (total == 0)
        {
            return 0;
        }

        if (total <= single)
        {
            return 1;
        }

        var segments = 1;
        var used = 0;
        foreach (var size in items)
        {
            if (used + size > perPart)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return segments;
    }
}
