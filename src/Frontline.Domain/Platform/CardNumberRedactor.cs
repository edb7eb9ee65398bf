using System.Text;
using System.Text.RegularExpressions;

namespace Frontline.Domain.Platform;

/// <summary>
/// Keeps payment card numbers (PANs) out of storage and logs (PCI DSS 3.3/3.4): 13–19 digits that pass the Luhn check
/// are replaced by a masked form keeping at most the first 6 and last 4 digits, however the digits are grouped (any run
/// of up to five characters that are neither letters nor digits: spaces, tabs, line breaks, no-break spaces, slashes,
/// commas, underscores, dashes of any kind) and whether or not letters touch them (<c>ref4111111111111111x</c>).
/// </summary>
/// <remarks>
/// Look-alikes stay intact: Luhn-invalid runs, UK phone numbers (a run never starts at a group that begins with 0 or
/// follows a <c>+</c>: no card number begins with 0 or is written with a country code), sort code with account number,
/// valid IBANs (mod-97 checked), valid NHS numbers (mod-11 checked, so two in a row are not read as one card) and
/// identifiers shaped like GUIDs.
/// </remarks>
public static partial class CardNumberRedactor
{
    public const int MinimumLength = 13;
    public const int MaximumLength = 19;

    /// <summary>Replaces every card number in <paramref name="text"/>; null stays null.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MayContainCardNumber(text))
        {
            return text;
        }

        return Candidate().Replace(text, RedactMatch);
    }

    /// <summary>True when <paramref name="text"/> holds something <see cref="Redact"/> would mask.</summary>
    public static bool ContainsCardNumber(string? text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    /// <summary>
    /// A cheap test that <paramref name="text"/> has at least 13 digits not split by a letter: most text has not, and is
    /// returned without running the pattern.
    /// </summary>
    public static bool MayContainCardNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits >= MinimumLength)
                {
                    return true;
                }
            }
            else if (char.IsLetter(c))
            {
                digits = 0;
            }
        }

        return false;
    }

    /// <summary>The Luhn (mod 10) check over a string of digits.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>First 6 and last 4 digits kept, the rest as <c>*</c>: <c>424242******4242</c>.</summary>
    public static string Mask(string digits) =>
        string.Concat(digits.AsSpan(0, 6), new string('*', digits.Length - 10), digits.AsSpan(digits.Length - 4));

    private static string RedactMatch(Match match)
    {
        if (match.Groups["guid"].Success || match.Groups["sortcode"].Success)
        {
            return match.Value;
        }

        if (match.Groups["nhs"].Success && !IsValidNhsNumber(match.Value))
        {
            return RedactCandidate(match.Value);
        }

        if (match.Groups["nhs"].Success)
        {
            return match.Value;
        }

        if (match.Groups["iban"].Success)
        {
            // A valid IBAN is an account number, not a card; anything else IBAN-shaped is checked like other text.
            return IsValidIban(match.Value) ? match.Value : DigitRuns().Replace(match.Value, m => RedactCandidate(m.Value));
        }

        return RedactCandidate(match.Value);
    }

    /// <summary>
    /// A candidate is digit groups joined by separator runs. The whole run, or else the longest run of whole groups
    /// (earliest first) that is 13–19 digits and passes Luhn, is masked: so a card number followed by an expiry or an
    /// extension ("4242 4242 4242 4242 1228") is still caught.
    /// </summary>
    private static string RedactCandidate(string candidate)
    {
        var groups = GroupSpans(candidate);
        for (var first = 0; first < groups.Count; first++)
        {
            // A phone number's groups: its country code after '+', or a trunk prefix 0. No PAN starts that way.
            if (candidate[groups[first].Start] == '0'
                || (groups[first].Start > 0 && candidate[groups[first].Start - 1] == '+'))
            {
                continue;
            }

            for (var last = groups.Count - 1; last >= first; last--)
            {
                var start = groups[first].Start;
                var end = groups[last].Start + groups[last].Length;
                var digits = DigitsOf(candidate.AsSpan(start, end - start));
                if (digits.Length is >= MinimumLength and <= MaximumLength && PassesLuhn(digits))
                {
                    return string.Concat(candidate.AsSpan(0, start), Mask(digits), RedactCandidate(candidate[end..]));
                }
            }
        }

        return candidate;
    }

    private static List<(int Start, int Length)> GroupSpans(string candidate)
    {
        var groups = new List<(int Start, int Length)>();
        var start = -1;
        for (var i = 0; i <= candidate.Length; i++)
        {
            var isDigit = i < candidate.Length && char.IsAsciiDigit(candidate[i]);
            if (isDigit && start < 0)
            {
                start = i;
            }
            else if (!isDigit && start >= 0)
            {
                groups.Add((start, i - start));
                start = -1;
            }
        }

        return groups;
    }

    private static string DigitsOf(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>NHS number: weights 10 down to 2 over the first nine digits; 11 minus the sum mod 11 is the tenth.</summary>
    private static bool IsValidNhsNumber(string value)
    {
        var digits = DigitsOf(value);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check != 10 && (check == 11 ? 0 : check) == digits[9] - '0';
    }

    /// <summary>ISO 13616: the country code and check digits moved to the end, letters as 10–35, mod 97 is 1.</summary>
    private static bool IsValidIban(string value)
    {
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is < 15 or > 34)
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in string.Concat(compact.AsSpan(4), compact.AsSpan(0, 4)))
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    // Alternatives tried in order at each position: a GUID, an IBAN (compact, or in groups of four), an NHS number and
    // a sort code followed by an account number are look-alikes taken whole (IBANs and NHS numbers only when their check
    // digits hold); otherwise 13 or more digits joined by separator runs of up to five characters that are neither
    // letters, digits nor '*' (so a masked number is not read again).
    [GeneratedRegex(
        @"(?<guid>(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-]))" +
        @"|(?<iban>(?<![\p{L}0-9])[A-Za-z]{2}[0-9]{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)(?![\p{L}0-9]))" +
        @"|(?<nhs>(?<![0-9])[0-9]{3}(?<s>[ -]?)[0-9]{3}\k<s>[0-9]{4}(?![0-9]))" +
        @"|(?<sortcode>(?<![0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}[^\p{L}0-9*]{1,5}[0-9]{8}(?![0-9]))" +
        @"|(?<pan>\+?[0-9](?:[^\p{L}0-9*]{0,5}[0-9]){12,})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"\+?[0-9](?:[^\p{L}0-9*]{0,5}[0-9]){12,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRuns();
}
