using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Compliance.DataProtection;

/// <summary>A period the clock stood still, from the day the information was asked for to the day it arrived.</summary>
public sealed record ClockPause(SarPauseReason Reason, DateOnly From, DateOnly? To)
{
    /// <summary>Days the clock stood still (0 while the pause is still open).</summary>
    public int Days => To is { } to ? to.DayNumber - From.DayNumber : 0;
}

public enum SarPauseReason
{
    AwaitingId,
    AwaitingClarification,
    AwaitingFee,
}

/// <summary>The deadlines of a subject access request.</summary>
public sealed record SarDeadlines(DateOnly DueDate, DateOnly ExtendedDueDate, DateOnly UnrolledDueDate, DateOnly UnrolledExtendedDueDate, int DaysPaused);

/// <summary>
/// The ICO clock for a subject access request (UK GDPR Art 12(3), Art 12A; regulatory-facts.md §4.1).
/// </summary>
/// <remarks>
/// Start on the day of receipt (working day or not); the deadline is the same date in the next month, or that month's last
/// day when there is no such date; a deadline on a weekend or a bank holiday of the division moves to the next working day.
/// An extension (two further months) is three months from the start, rolled the same way. Each completed pause moves the
/// unrolled deadline later by its days (from the day the information was asked for to the day it arrived); the roll
/// forward then applies.
/// </remarks>
public static class SubjectAccessClock
{
    public static SarDeadlines Compute(DateOnly receivedOn, BusinessCalendar calendar, IEnumerable<ClockPause>? pauses = null)
    {
        var paused = pauses?.Sum(p => p.Days) ?? 0;
        var due = receivedOn.AddMonths(1).AddDays(paused);
        var extended = receivedOn.AddMonths(3).AddDays(paused);
        return new SarDeadlines(NextWorkingDay(due, calendar), NextWorkingDay(extended, calendar), due, extended, paused);
    }

    /// <summary>The date itself when it is a working day of the division, else the next one.</summary>
    public static DateOnly NextWorkingDay(DateOnly date, BusinessCalendar calendar)
    {
        while (!calendar.IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
