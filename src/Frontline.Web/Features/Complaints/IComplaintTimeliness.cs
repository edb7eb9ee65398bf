using Frontline.Data;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// What Compliance may read from Complaints to measure DISP 1.6 (CC33 3.1): complaints received in a period that were
/// acknowledged within the centre's acknowledgement standard, and complaints whose final-response deadline fell in the
/// period that were answered by it (an unanswered complaint counts as failed once its deadline has passed).
/// </summary>
public interface IComplaintTimeliness
{
    Task<TimelinessCount> AcknowledgedWithinAsync(DateTime from, DateTime to, int days, CancellationToken cancellationToken);

    Task<TimelinessCount> RespondedInTimeAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Met and counted, and the failing complaints (up to 200) for the drill-down.</summary>
public sealed record TimelinessCount(int Met, int Total, IReadOnlyList<Guid> Failed);

public sealed class ComplaintTimeliness(FrontlineDbContext db) : IComplaintTimeliness
{
    public async Task<TimelinessCount> AcknowledgedWithinAsync(DateTime from, DateTime to, int days, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Complaint>().AsNoTracking().Where(c => c.ReceivedAt >= from && c.ReceivedAt < to)
            .Select(c => new { c.Id, c.ReceivedAt, c.AcknowledgedAt }).ToListAsync(cancellationToken);
        var failed = rows.Where(c => c.AcknowledgedAt is not { } a || a > c.ReceivedAt.AddDays(days)).Select(c => c.Id).ToList();
        return new TimelinessCount(rows.Count - failed.Count, rows.Count, [.. failed.Take(200)]);
    }

    public async Task<TimelinessCount> RespondedInTimeAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Complaint>().AsNoTracking()
            .Where(c => c.FinalResponseDue >= from && c.FinalResponseDue <= to && (c.RespondedOn != null || c.FinalResponseDue < today))
            .Select(c => new { c.Id, c.RespondedOn, c.FinalResponseDue }).ToListAsync(cancellationToken);
        var failed = rows.Where(c => c.RespondedOn is not { } r || r > c.FinalResponseDue).Select(c => c.Id).ToList();
        return new TimelinessCount(rows.Count - failed.Count, rows.Count, [.. failed.Take(200)]);
    }
}
