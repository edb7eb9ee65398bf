namespace Frontline.Domain.Platform.Calendar;

/// <summary>The three parts of the UK with their own bank holidays (GOV.UK divisions).</summary>
public enum CalendarDivision
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

public static class CalendarDivisions
{
    public static readonly IReadOnlyList<CalendarDivision> All =
        [CalendarDivision.EnglandAndWales, CalendarDivision.Scotland, CalendarDivision.NorthernIreland];

    /// <summary>The GOV.UK slug used in URLs and the bank-holiday feed, e.g. <c>england-and-wales</c>.</summary>
    public static string Slug(this CalendarDivision division) => division switch
    {
        CalendarDivision.EnglandAndWales => "england-and-wales",
        CalendarDivision.Scotland => "scotland",
        CalendarDivision.NorthernIreland => "northern-ireland",
    };

    public static string DisplayName(this CalendarDivision division) => division switch
    {
        CalendarDivision.EnglandAndWales => "England & Wales",
        CalendarDivision.Scotland => "Scotland",
        CalendarDivision.NorthernIreland => "Northern Ireland",
    };

    public static bool TryParse(string? slug, out CalendarDivision division)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), slug, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), slug, StringComparison.OrdinalIgnoreCase))
            {
                division = candidate;
                return true;
            }
        }

        division = default;
        return false;
    }
}
