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
/// Service targets per category and priority, in business minutes (a business day is the centre's opening
/// hours). Category entries override the priority default: fraud is always worked faster.
/// </summary>
public static class ServiceTargets
{
    public const int BusinessDay = 510; // 09:00–17:30

    private static readonly Dictionary<CasePriority, long> ByPriority = new()
    {
        [CasePriority.Urgent] = 240,
        [CasePriority.High] = BusinessDay,
        [CasePriority.Normal] = 3 * BusinessDay,
        [CasePriority.Low] = 5 * BusinessDay,
    };

    private static readonly Dictionary<(string Category, CasePriority Priority), long> ByCategory = new()
    {
        [("fraud", CasePriority.Urgent)] = 60,
        [("fraud", CasePriority.High)] = 120,
        [("fraud", CasePriority.Normal)] = 240,
        [("fraud", CasePriority.Low)] = BusinessDay,
    };

    public static long MinutesFor(string category, CasePriority priority) =>
        ByCategory.TryGetValue((category, priority), out var minutes) ? minutes : ByPriority[priority];
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
