namespace Frontline.Domain.Platform.Calendar;

/// <summary>
/// Business days and business hours for one division of the UK, in Europe/London local time.
/// </summary>
/// <remarks>
/// A business day is a Monday–Friday that is not a bank holiday in the division (the FCA Glossary
/// limb (1)(a): Christmas Day and Good Friday are in the GOV.UK feed), adjusted by administrator
/// overrides: a holiday or closure removes a day, an opening adds one.
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly HashSet<DateOnly> _closedDays;
    private readonly HashSet<DateOnly> _openedDays;

    public BusinessCalendar(CalendarDivision division, IEnumerable<DateOnly> holidays,
        IEnumerable<CalendarOverride>? overrides = null, OpeningHours? openingHours = null)
    {
        Division = division;
        OpeningHours = openingHours ?? OpeningHours.Default;
        _closedDays = [.. holidays];
        _openedDays = [];
        foreach (var change in overrides ?? [])
        {
            if (change.Division != division)
            {
                continue;
            }

            if (change.Kind == CalendarOverrideKind.Opening)
            {
                _openedDays.Add(change.Date);
                _closedDays.Remove(change.Date);
            }
            else
            {
                _closedDays.Add(change.Date);
                _openedDays.Remove(change.Date);
            }
        }
    }

    public CalendarDivision Division { get; }

    public OpeningHours OpeningHours { get; }

    /// <summary>The calendar of a division from the shipped GOV.UK feed plus the given overrides.</summary>
    public static BusinessCalendar For(CalendarDivision division, IEnumerable<CalendarOverride>? overrides = null,
        OpeningHours? openingHours = null) =>
        new(division, BankHolidays.All.Where(h => h.Division == division).Select(h => h.Date), overrides, openingHours);

    public bool IsBusinessDay(DateOnly date)
    {
        if (_openedDays.Contains(date))
        {
            return true;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_closedDays.Contains(date);
    }

    /// <summary>
    /// The <paramref name="businessDays"/>-th business day after <paramref name="from"/>; <paramref name="from"/>
    /// itself is day 0 and never counted. A negative count goes backwards; zero returns <paramref name="from"/>.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly from, int businessDays)
    {
        var step = Math.Sign(businessDays);
        var remaining = Math.Abs(businessDays);
        var date = from;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsBusinessDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextBusinessDay(DateOnly date) => AddBusinessDays(date, 1);

    /// <summary>The last business day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousBusinessDay(DateOnly date) => AddBusinessDays(date, -1);

    /// <summary><paramref name="date"/> if it is a business day, else the next one.</summary>
    public DateOnly OnOrAfter(DateOnly date) => IsBusinessDay(date) ? date : NextBusinessDay(date);

    /// <summary><paramref name="date"/> if it is a business day, else the previous one.</summary>
    public DateOnly OnOrBefore(DateOnly date) => IsBusinessDay(date) ? date : PreviousBusinessDay(date);

    /// <summary>
    /// Minutes inside opening hours on business days in the half-open interval [<paramref name="start"/>, <paramref name="end"/>).
    /// Zero when <paramref name="end"/> is not after <paramref name="start"/>.
    /// </summary>
    public long BusinessMinutesBetween(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return 0;
        }

        long minutes = 0;
        var day = UkTime.LocalDate(start);
        var lastDay = UkTime.LocalDate(end);
        for (; day <= lastDay; day = day.AddDays(1))
        {
            if (!IsBusinessDay(day))
            {
                continue;
            }

            var opens = UkTime.ToInstant(day, OpeningHours.Opens);
            var closes = UkTime.ToInstant(day, OpeningHours.Closes);
            var from = start > opens ? start : opens;
            var to = end < closes ? end : closes;
            if (to > from)
            {
                minutes += (long)(to - from).TotalMinutes;
            }
        }

        return minutes;
    }

    /// <summary>
    /// The instant that is <paramref name="businessMinutes"/> of opening hours after <paramref name="start"/>
    /// (a service target counted in business hours). A start outside opening hours counts from the next opening.
    /// </summary>
    public DateTimeOffset AddBusinessMinutes(DateTimeOffset start, long businessMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessMinutes);
        var day = UkTime.LocalDate(start);
        var remaining = businessMinutes;
        for (var guard = 0; guard < 3660; guard++, day = day.AddDays(1))
        {
            if (!IsBusinessDay(day))
            {
                continue;
            }

            var opens = UkTime.ToInstant(day, OpeningHours.Opens);
            var closes = UkTime.ToInstant(day, OpeningHours.Closes);
            var from = start > opens ? start : opens;
            if (from >= closes)
            {
                continue;
            }

            var available = (long)(closes - from).TotalMinutes;
            if (remaining <= available)
            {
                return from.AddMinutes(remaining);
            }

            remaining -= available;
        }

        throw new InvalidOperationException("A business-hours target longer than ten years cannot be computed.");
    }
}
