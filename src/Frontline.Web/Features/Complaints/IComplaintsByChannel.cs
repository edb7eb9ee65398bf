using Frontline.Data;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// How many complaints each channel received over a period. Owned by Complaints; asked by Communications for
/// complaints per 1,000 contacts per channel without reading Complaints' tables.
/// </summary>
public interface IComplaintsByChannel
{
    /// <summary>Complaints received in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), counted by the channel they came in on.</summary>
    Task<IReadOnlyDictionary<string, long>> CountsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}

public sealed class ComplaintsByChannel(FrontlineDbContext db) : IComplaintsByChannel
{
    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await db.Set<Complaint>().AsNoTracking().Where(c => c.ReceivedAt >= fromUtc && c.ReceivedAt < toUtc).GroupBy(c => c.Channel)
            .Select(g => new { Channel = g.Key, Count = g.LongCount() }).ToDictionaryAsync(x => x.Channel, x => x.Count, cancellationToken);
}
