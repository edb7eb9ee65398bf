using System.Runtime.CompilerServices;
using Frontline.Data;
using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>Streams contact timings for a period with the OfferedAt index (contacts with no offered time by CreatedAt).</summary>
public sealed class ContactMeasures(FrontlineDbContext db) : IContactMeasures
{
    public async IAsyncEnumerable<ContactTiming> TimingsAsync(DateTime fromUtc, DateTime toUtc, ContactMeasureFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<Contact>().AsNoTracking()
            .Where(c => (c.OfferedAt >= fromUtc && c.OfferedAt < toUtc) || (c.OfferedAt == null && c.CreatedAt >= fromUtc && c.CreatedAt < toUtc));
        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (filter.Queue is { } queue)
        {
            query = query.Where(c => c.Queue == queue);
        }

        if (filter.TeamId is { } team)
        {
            query = query.Where(c => c.TeamId == team);
        }

        if (filter.AgentId is { } agent)
        {
            query = query.Where(c => c.AgentId == agent);
        }

        if (filter.ContactIds is { } ids)
        {
            var list = ids.ToList();
            query = query.Where(c => list.Contains(c.Id));
        }

        var rows = query.Select(c => new ContactTiming(c.Id, c.AgentId, c.TeamId, c.CustomerId, c.Channel, c.Direction, c.Queue, c.OfferedAt, c.QueuedAt,
            c.AnsweredAt, c.EndedAt, c.WrapEndedAt, c.Outcome, c.ExternalReference, c.CreatedAt)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public Task<IReadOnlyList<ContactGroupTotals>> TotalsAsync(DateTime fromUtc, DateTime toUtc, ContactMeasureFilter filter, ContactGrouping grouping,
        int thresholdSeconds, CancellationToken cancellationToken) =>
        ContactTotalsQuery.RunAsync(db, fromUtc, toUtc, filter, grouping, thresholdSeconds, cancellationToken);

    public async Task<IReadOnlyList<string>> QueuesAsync(CancellationToken cancellationToken) =>
        await db.Set<Contact>().AsNoTracking().Where(c => c.Queue != null).Select(c => c.Queue!).Distinct().OrderBy(q => q).ToListAsync(cancellationToken);
}
