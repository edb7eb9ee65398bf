using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Cases;

/// <summary>A stretch of time the service clock stood still (awaiting the customer); open while <see cref="EndedAt"/> is null.</summary>
public sealed class CasePause
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Business minutes the pause lasted (set when it ends).</summary>
    public long BusinessMinutes { get; set; }
}

/// <summary>
/// The centre's business day in minutes. The targets per category and priority are set in Performance
/// (<c>CaseServiceTarget</c>) and read through its seam when a case opens.
/// </summary>
public static class ServiceTargets
{
    public const int BusinessDay = 510; // 09:00–17:30
}

/// <summary>
/// The case's service clock in business hours: the due instant is the target counted from opening on the
/// centre's calendar, pushed on by the business minutes spent awaiting the customer (a pause still open
/// counts up to <c>now</c>, so the due date keeps moving while the clock is stopped).
/// </summary>
public static class ServiceClock
{
    public static DateTimeOffset DueAt(BusinessCalendar calendar, DateTimeOffset openedAt, long targetMinutes,
        IEnumerable<(DateTimeOffset Start, DateTimeOffset? End)> pauses, DateTimeOffset now)
    {
        var paused = pauses.Sum(p => calendar.BusinessMinutesBetween(p.Start, p.End ?? now));
        return calendar.AddBusinessMinutes(openedAt, targetMinutes + paused);
    }
}
