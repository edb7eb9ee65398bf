using System.Globalization;

namespace Frontline.Tests.Shared;

/// <summary>
/// Luhn-valid card numbers of every scheme and every length 13–19, and the ways people type them (shared by the domain
/// tests and the web sweep over every column).
/// </summary>
public static class TestCardNumbers
{
    /// <summary>Scheme, issuer prefix and the lengths that scheme issues.</summary>
    public static readonly (string Scheme, string Prefix, int[] Lengths)[] Schemes =
    [
        ("Visa", "4", [13, 16, 19]),
        ("Mastercard", "51", [16]),
        ("Mastercard 2-series", "2221", [16]),
        ("American Express", "34", [15]),
        ("American Express", "37", [15]),
        ("Discover", "6011", [16, 19]),
        ("Discover", "65", [16]),
        ("Diners Club", "36", [14]),
        ("Diners Club", "300", [14, 16]),
        ("JCB", "3528", [16, 17, 18, 19]),
        ("UnionPay", "62", [16, 17, 18, 19]),
        ("Maestro", "6759", [13, 14, 15, 16, 17, 18, 19]),
        ("Mir", "2200", [16]),
        ("Verve", "506099", [16, 19]),
    ];

    /// <summary>Separators between groups that pasted and typed card numbers carry.</summary>
    public static readonly string[] Separators =
        [" ", "-", ".", "\t", "\n", "\r\n", "\u00A0", "/", ",", "_", "\u2013", "   ", " - ", ", "];

    /// <summary>One Luhn-valid number per scheme and length; <paramref name="seed"/> varies the middle digits.</summary>
    public static IEnumerable<string> All(int seed = 7)
    {
        var random = new Random(seed);
        foreach (var (_, prefix, lengths) in Schemes)
        {
            foreach (var length in lengths)
            {
                yield return Generate(prefix, length, random);
            }
        }
    }

    public static string Generate(string prefix, int length, Random random)
    {
        var body = prefix + string.Concat(Enumerable.Range(0, length - prefix.Length - 1)
            .Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (PassesLuhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable: one check digit always passes");
    }

    /// <summary>The number typed in many ways: compact, grouped by fours with every separator, glued to letters.</summary>
    public static IEnumerable<string> Formats(string digits)
    {
        yield return digits;
        var groups = digits.Chunk(4).Select(c => new string(c)).ToArray();
        foreach (var separator in Separators)
        {
            yield return string.Join(separator, groups);
        }

        yield return $"ref{digits}x";
        yield return $"card{digits}";
        yield return $"{digits}exp1228";
        yield return $"card{string.Join(' ', groups)}exp";
    }

    /// <summary>The masked form the redactor writes: first 6 and last 4 digits.</summary>
    public static string Masked(string digits) => digits[..6] + new string('*', digits.Length - 10) + digits[^4..];

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
