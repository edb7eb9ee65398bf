using System.Text;
using System.Text.RegularExpressions;

namespace Frontline.Domain.Customers;

/// <summary>
/// Normalised forms of searchable customer fields. Stored keys and typed queries go through the same
/// functions, so a prefix of the typed text is a prefix of the stored key (and one B-tree index answers it).
/// </summary>
public static partial class SearchKeys
{
    /// <summary>Letters only, lower-case, accents removed: "O'Brien-Smith" → "obriensmith".</summary>
    public static string Name(string value)
    {
        var builder = new StringBuilder(value.Length);
        // Decomposed first so that accents fall away as marks: "Zoë" → "zoe".
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Digits only, UK numbers in national form: "+44 (0)7700 900123" → "07700900123".</summary>
    public static string Phone(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        var international = value.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        if (digits.StartsWith("0044", StringComparison.Ordinal))
        {
            digits = digits[4..];
            international = false;
            digits = "0" + digits.TrimStart('0');
        }
        else if (international && digits.StartsWith("44", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..].TrimStart('0');
        }

        return digits;
    }

    public static string Email(string value) => value.Trim().ToLowerInvariant();

    /// <summary>Upper-case without spaces: "sw1a 1aa" → "SW1A1AA".</summary>
    public static string Postcode(string value) => new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static string Reference(string value) => value.Trim().ToUpperInvariant();

    /// <summary>
    /// The smallest string greater than every string starting with <paramref name="prefix"/>, for a
    /// <c>key &gt;= prefix AND key &lt; upper</c> range; null when there is none.
    /// </summary>
    public static string? UpperBound(string prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] < char.MaxValue)
            {
                return prefix[..i] + (char)(prefix[i] + 1);
            }
        }

        return null;
    }

    /// <summary>A LIKE pattern matching values that start with <paramref name="prefix"/> (backslash escapes).</summary>
    public static string LikePrefix(string prefix) =>
        prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?([0-9][A-Z]{0,2})?$", RegexOptions.CultureInvariant)]
    internal static partial Regex PostcodePrefix();
}
