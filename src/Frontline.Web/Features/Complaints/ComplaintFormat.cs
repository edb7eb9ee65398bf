using System.Globalization;

namespace Frontline.Web.Features.Complaints;

/// <summary>How complaint pages show money and dates (en-GB).</summary>
public static class ComplaintFormat
{
    private static readonly CultureInfo UK = CultureInfo.GetCultureInfo("en-GB");

    public static string Pounds(long pence) => "£" + (pence / 100m).ToString("N2", UK);

    public static string Date(DateOnly? date) => date?.ToString("ddd d MMM yyyy", UK) ?? "—";

    public static string Instant(DateTime? utc) =>
        utc is { } u ? Frontline.Domain.Platform.Calendar.UkTime.ToLocal(new DateTimeOffset(u, TimeSpan.Zero)).ToString("d MMM yyyy HH:mm", UK) : "—";

    /// <summary>Pounds typed in a form ("25", "25.50", "£25") to pence; null when not a non-negative amount.</summary>
    public static long? ParsePence(string? text)
    {
        var cleaned = text?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) && pounds >= 0 && decimal.Round(pounds, 2) == pounds
            ? (long)(pounds * 100)
            : null;
    }
}
