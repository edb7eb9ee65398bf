using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Frontline.Domain.Platform.Calendar;

/// <summary>A bank holiday in one division, as published by GOV.UK.</summary>
public sealed record BankHoliday(CalendarDivision Division, DateOnly Date, string Title, bool IsSubstitute);

/// <summary>
/// The GOV.UK bank-holiday feed (<c>https://www.gov.uk/bank-holidays.json</c>), shipped with the
/// application as <c>bank-holidays.json</c> (2012–2028; see bank-holidays.SOURCE.md).
/// </summary>
public static class BankHolidays
{
    private static readonly Lazy<IReadOnlyList<BankHoliday>> Shipped = new(LoadShipped);

    /// <summary>Every holiday in the shipped feed, all divisions.</summary>
    public static IReadOnlyList<BankHoliday> All => Shipped.Value;

    /// <summary>The last date the shipped feed covers; later dates have no holidays until the feed is updated.</summary>
    public static DateOnly CoveredThrough => new(All.Max(h => h.Date).Year, 12, 31);

    /// <summary>Parses a document in the GOV.UK feed format.</summary>
    public static IReadOnlyList<BankHoliday> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var holidays = new List<BankHoliday>();
        foreach (var division in document.RootElement.EnumerateObject())
        {
            if (!CalendarDivisions.TryParse(division.Name, out var parsedDivision))
            {
                continue;
            }

            foreach (var holiday in division.Value.GetProperty("events").EnumerateArray())
            {
                var date = DateOnly.ParseExact(holiday.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var notes = holiday.TryGetProperty("notes", out var n) ? n.GetString() ?? "" : "";
                holidays.Add(new BankHoliday(parsedDivision, date, holiday.GetProperty("title").GetString()!,
                    notes.Contains("Substitute", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return holidays;
    }

    private static IReadOnlyList<BankHoliday> LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("bank-holidays.json")
            ?? throw new InvalidOperationException("bank-holidays.json is not embedded in Frontline.Domain.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
