using System.Text;
using System.Text.RegularExpressions;

namespace Frontline.Domain.Platform;

/// <summary>
/// Keeps payment card numbers (PANs) out of storage and logs (PCI DSS 3.3/3.4): every run of 13–19 digits,
/// optionally grouped by spaces, dashes or dots (up to three between groups), that passes the Luhn check is replaced by a masked
/// form keeping at most the first 6 and last 4 digits. Digit runs that fail Luhn (phone numbers,
/// references) are left as they are.
/// </summary>
public static partial class CardNumberRedactor
{
    public const int MinimumLength = 13;
    public const int MaximumLength = 19;

    /// <summary>Replaces every card number in <paramref name="text"/>; null stays null.</summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || !ContainsLongDigitRun(text))
        {
            return text;
        }

        return Candidate().Replace(text, match => RedactCandidate(match.Value));
    }

    /// <summary>True when <paramref name="text"/> holds something <see cref="Redact"/> would mask.</summary>
    public static bool ContainsCardNumber(string? text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

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

    /// <summary>
    /// A candidate is digit groups joined by single separators. The whole run, or else the longest run of
    /// whole groups (earliest first) that is 13–19 digits and passes Luhn, is masked: so a card number
    /// followed by an extension ("4242 4242 4242 4242 1234") is still caught.
    /// </summary>
    private static string RedactCandidate(string candidate)
    {
        var groups = GroupSpans(candidate);
        for (var first = 0; first < groups.Count; first++)
        {
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

    private static bool ContainsLongDigitRun(string text)
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
            else if (c is not (' ' or '-' or '.'))
            {
                digits = 0;
            }
        }

        return false;
    }

    // Digits in groups separated by up to three spaces, dashes or dots ("4242 - 4242", double spaces); not preceded
    // or followed by a digit or letter.
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9](?:[ .\-]{0,3}[0-9]){12,}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
