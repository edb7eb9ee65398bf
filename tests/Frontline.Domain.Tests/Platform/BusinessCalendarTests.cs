using System.Globalization;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Tests.Platform;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar EnglandAndWales = BusinessCalendar.For(CalendarDivision.EnglandAndWales);
    private static readonly BusinessCalendar Scotland = BusinessCalendar.For(CalendarDivision.Scotland);
    private static readonly BusinessCalendar NorthernIreland = BusinessCalendar.For(CalendarDivision.NorthernIreland);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static BusinessCalendar Of(string division) => division switch
    {
        "ew" => EnglandAndWales,
        "sc" => Scotland,
        _ => NorthernIreland,
    };

    [Theory]
    // regulatory-facts.md §7: substitutes and division differences
    [InlineData("ew", "2026-12-28", false)] // Boxing Day substitute (Christmas on Friday)
    [InlineData("ew", "2027-12-27", false)] // Christmas substitute (Christmas on Saturday)
    [InlineData("ew", "2027-12-28", false)] // Boxing Day substitute
    [InlineData("ew", "2028-01-03", false)] // New Year substitute
    [InlineData("ew", "2026-04-03", false)] // Good Friday
    [InlineData("ew", "2026-04-06", false)] // Easter Monday
    [InlineData("sc", "2026-04-06", true)]  // Scotland has no Easter Monday
    [InlineData("sc", "2026-01-02", false)] // 2 January
    [InlineData("ew", "2026-01-02", true)]
    [InlineData("sc", "2026-11-30", false)] // St Andrew's Day
    [InlineData("sc", "2026-08-03", false)] // Scottish summer holiday: first Monday of August
    [InlineData("sc", "2026-08-31", true)]
    [InlineData("ew", "2026-08-31", false)]
    [InlineData("ni", "2026-03-17", false)] // St Patrick's Day
    [InlineData("ni", "2026-07-13", false)] // Battle of the Boyne substitute
    [InlineData("ew", "2026-07-13", true)]
    [InlineData("ew", "2026-01-03", false)] // Saturday
    [InlineData("ew", "2026-01-04", false)] // Sunday
    [InlineData("ew", "2026-01-05", true)]
    public void IsBusinessDay_FollowsTheDivisionsHolidays(string division, string date, bool expected) =>
        Of(division).IsBusinessDay(D(date)).ShouldBe(expected);

    [Theory]
    [InlineData("2026-01-05", 3, "2026-01-08")]   // the API contract example; V1 SRC
    [InlineData("2025-12-19", 3, "2025-12-24")]   // V2 SRC: Friday receipt
    [InlineData("2025-12-24", 3, "2025-12-31")]   // V3 SRC: over Christmas
    [InlineData("2025-12-29", 3, "2026-01-02")]   // V4 SRC: over New Year
    [InlineData("2026-04-02", 3, "2026-04-09")]   // V5 SRC: over Easter
    [InlineData("2025-12-19", 15, "2026-01-14")]  // V2 PSD 15
    [InlineData("2025-12-19", 35, "2026-02-11")]  // V2 PSD 35
    [InlineData("2026-04-02", 35, "2026-05-27")]  // V5 PSD 35 over two May bank holidays
    [InlineData("2026-01-03", 1, "2026-01-05")]   // from a Saturday
    [InlineData("2026-01-05", 0, "2026-01-05")]   // zero is the day itself
    [InlineData("2026-01-08", -3, "2026-01-05")]  // backwards
    [InlineData("2026-12-24", 1, "2026-12-29")]   // Christmas Friday, Boxing Day substitute Monday
    public void AddBusinessDays_CountsBusinessDaysAfterTheStart(string from, int days, string expected) =>
        EnglandAndWales.AddBusinessDays(D(from), days).ShouldBe(D(expected));

    [Theory]
    [InlineData("2026-02-28", "2026-02-27")] // Saturday → Friday
    [InlineData("2026-04-06", "2026-04-02")] // Easter Monday → Thursday before Good Friday
    [InlineData("2026-03-02", "2026-03-02")] // already a business day
    public void OnOrBefore_IsTheLastBusinessDayOnOrBefore(string date, string expected) =>
        EnglandAndWales.OnOrBefore(D(date)).ShouldBe(D(expected));

    [Theory]
    [InlineData("2026-12-24", "2026-12-29")]
    [InlineData("2026-01-02", "2026-01-05")]
    public void NextBusinessDay_SkipsHolidaysAndWeekends(string date, string expected) =>
        EnglandAndWales.NextBusinessDay(D(date)).ShouldBe(D(expected));

    [Fact]
    public void PreviousBusinessDay_SkipsEaster() =>
        EnglandAndWales.PreviousBusinessDay(D("2026-04-07")).ShouldBe(D("2026-04-02"));

    [Fact]
    public void Override_Closure_RemovesABusinessDay()
    {
        var closure = new CalendarOverride { Division = CalendarDivision.EnglandAndWales, Date = D("2026-01-06"), Kind = CalendarOverrideKind.Closure, Description = "Office move" };
        var calendar = BusinessCalendar.For(CalendarDivision.EnglandAndWales, [closure]);
        calendar.IsBusinessDay(D("2026-01-06")).ShouldBeFalse();
        calendar.AddBusinessDays(D("2026-01-05"), 3).ShouldBe(D("2026-01-09"));
    }

    [Fact]
    public void Override_Opening_AddsABusinessDay_AndOtherDivisionsIgnoreIt()
    {
        var opening = new CalendarOverride { Division = CalendarDivision.Scotland, Date = D("2026-01-03"), Kind = CalendarOverrideKind.Opening, Description = "Saturday opening" };
        BusinessCalendar.For(CalendarDivision.Scotland, [opening]).IsBusinessDay(D("2026-01-03")).ShouldBeTrue();
        BusinessCalendar.For(CalendarDivision.EnglandAndWales, [opening]).IsBusinessDay(D("2026-01-03")).ShouldBeFalse();
    }

    private static DateTimeOffset Uk(string local) =>
        UkTime.ToInstant(D(local[..10]), TimeOnly.ParseExact(local[11..], "HH:mm", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-01-05 09:00", "2026-01-05 17:30", 510)]   // a whole day
    [InlineData("2026-01-05 08:00", "2026-01-05 10:00", 60)]    // before opening does not count
    [InlineData("2026-01-09 16:30", "2026-01-12 10:00", 120)]   // Friday to Monday over a weekend
    [InlineData("2026-04-02 17:00", "2026-04-07 09:30", 60)]    // over Good Friday and Easter Monday
    [InlineData("2026-03-27 09:00", "2026-03-30 17:30", 1020)]  // over the spring clock change (29 March)
    [InlineData("2026-01-05 12:00", "2026-01-05 11:00", 0)]     // end before start
    public void BusinessMinutesBetween_CountsOnlyOpeningHours(string from, string to, long expected) =>
        EnglandAndWales.BusinessMinutesBetween(Uk(from), Uk(to)).ShouldBe(expected);

    [Theory]
    [InlineData("2026-01-05 16:00", 120, "2026-01-06 09:30")]   // 90 minutes to closing, 30 the next morning
    [InlineData("2026-01-09 17:00", 60, "2026-01-12 09:30")]    // Friday to Monday
    [InlineData("2026-01-03 12:00", 30, "2026-01-05 09:30")]    // from a Saturday
    [InlineData("2026-12-24 17:00", 60, "2026-12-29 09:30")]    // over Christmas and the Boxing Day substitute
    public void AddBusinessMinutes_CountsInsideOpeningHours(string from, long minutes, string expected) =>
        EnglandAndWales.AddBusinessMinutes(Uk(from), minutes).ShouldBe(Uk(expected));

    [Fact]
    public void AddBusinessMinutes_IsTheInverseOfBusinessMinutesBetween()
    {
        var start = Uk("2026-03-26 15:10");
        foreach (var minutes in new long[] { 1, 59, 510, 511, 2000, 10000 })
        {
            var end = EnglandAndWales.AddBusinessMinutes(start, minutes);
            EnglandAndWales.BusinessMinutesBetween(start, end).ShouldBe(minutes);
        }
    }

    [Fact]
    public void BankHolidays_ShippedFeed_CoversAllDivisionsThrough2028()
    {
        BankHolidays.All.Count.ShouldBe(471);
        BankHolidays.CoveredThrough.ShouldBe(D("2028-12-31"));
        BankHolidays.All.Count(h => h.Division == CalendarDivision.Scotland).ShouldBe(157);
    }

    [Theory]
    [InlineData("england-and-wales", CalendarDivision.EnglandAndWales)]
    [InlineData("Scotland", CalendarDivision.Scotland)]
    [InlineData("northern-ireland", CalendarDivision.NorthernIreland)]
    public void Divisions_ParseTheirSlugs(string slug, CalendarDivision expected)
    {
        CalendarDivisions.TryParse(slug, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(expected);
        CalendarDivisions.TryParse("wales", out _).ShouldBeFalse();
    }

    [Fact]
    public void UkTime_LocalDate_UsesLondonTimeNotUtc()
    {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July.
        UkTime.LocalDate(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)).ShouldBe(D("2026-07-01"));
        UkTime.LocalDate(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)).ShouldBe(D("2026-12-31"));
    }
}
