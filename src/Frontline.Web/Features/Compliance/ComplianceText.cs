using System.Globalization;
using System.Text.Json;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Compliance;

/// <summary>Enum values as the API writes them (kebab-case), for query strings and pages.</summary>
public static class ComplianceText
{
    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a kebab-case query value (null when empty); an unknown value is a 400 naming the field.</summary>
    public static T? Parse<T>(string? value, string field)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Kebab(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new DomainException($"{field}.unknown", $"'{value}' is not a known {field}: use {string.Join(", ", Enum.GetValues<T>().Select(Kebab))}.",
            DomainErrorKind.Invalid, field);
    }

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly d) => d.ToString("d MMM yyyy", Uk);

    public static string Date(DateOnly? d) => d is { } v ? Date(v) : "—";

    public static string Words<T>(T value)
        where T : struct, Enum => Words(Kebab(value));

    /// <summary>A kebab-case code as words: <c>customer-record</c> → "Customer record".</summary>
    public static string Words(string code)
    {
        var words = code.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpper(words[0], Uk) + words[1..];
    }
}
