using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Publishing;

/// <summary>
/// Published results and the distribution log. Designers see every publication and the whole log (who was told what,
/// when, who has not read it); everyone sees and acknowledges what was sent to them, and nothing else.
/// </summary>
public sealed class PublicationDirectory(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public static PublicationView View(Publication p, string kpi, int distributed)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.KpiId, kpi, p.PeriodStart, p.PeriodEnd, p.KpiVersion, p.RunId, p.Results, p.Excluded, p.Comment, new DateTimeOffset(p.PublishedAt, TimeSpan.Zero),
            distributed);
    }

    public async Task<List<PublicationView>> ForKpiAsync(Guid kpiId, CancellationToken cancellationToken)
    {
        var kpi = await db.Set<Kpi>().AsNoTracking().Where(k => k.Id == kpiId).Select(k => k.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("kpi");
        var publications = await db.Set<Publication>().AsNoTracking().Where(p => p.KpiId == kpiId).ToListAsync(cancellationToken);
        var ids = publications.Select(p => p.Id).ToList();
        var counts = await db.Set<Distribution>().AsNoTracking().Where(d => ids.Contains(d.PublicationId)).GroupBy(d => d.PublicationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. publications.OrderByDescending(p => p.PeriodStart).Select(p => View(p, kpi, counts.GetValueOrDefault(p.Id)))];
    }

    /// <summary>The distribution log of a publication, or (designers) of everything; unacknowledged first.</summary>
    public async Task<List<DistributionView>> LogAsync(Guid? publicationId, bool unreadOnly, CancellationToken cancellationToken)
    {
        var query = db.Set<Distribution>().AsNoTracking();
        if (publicationId is { } p)
        {
            query = query.Where(d => d.PublicationId == p);
        }

        if (unreadOnly)
        {
            query = query.Where(d => d.AcknowledgedAt == null);
        }

        return await ViewsAsync(await query.OrderByDescending(d => d.SentAt).Take(5000).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>What was sent to the signed-in person.</summary>
    public async Task<List<DistributionView>> MineAsync(CancellationToken cancellationToken)
    {
        var mine = await db.Set<Distribution>().AsNoTracking().Where(d => d.RecipientId == me.Id).OrderByDescending(d => d.SentAt).Take(500).ToListAsync(cancellationToken);
        return await ViewsAsync(mine, cancellationToken);
    }

    /// <summary>The recipient acknowledges (once; again is a no-op). Anyone else: not found.</summary>
    public async Task<DistributionView> AcknowledgeAsync(Guid id, CancellationToken cancellationToken)
    {
        var distribution = await db.Set<Distribution>().SingleOrDefaultAsync(d => d.Id == id && d.RecipientId == me.Id, cancellationToken)
            ?? throw DomainException.NotFound("result");
        if (distribution.AcknowledgedAt is null)
        {
            distribution.AcknowledgedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (await ViewsAsync([distribution], cancellationToken))[0];
    }

    private async Task<List<DistributionView>> ViewsAsync(List<Distribution> rows, CancellationToken cancellationToken)
    {
        var people = rows.Select(r => r.RecipientId).Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var kpiIds = rows.Select(r => r.KpiId).Distinct().ToList();
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => kpiIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        var publicationIds = rows.Select(r => r.PublicationId).Distinct().ToList();
        var periods = await db.Set<Publication>().AsNoTracking().Where(p => publicationIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.PeriodStart, cancellationToken);
        return [.. rows.Select(d => new DistributionView(d.Id, d.PublicationId, d.KpiId, kpis.GetValueOrDefault(d.KpiId) ?? "", periods.GetValueOrDefault(d.PublicationId),
            d.RecipientId, names.GetValueOrDefault(d.RecipientId), d.Level, d.What, d.Reason, new DateTimeOffset(d.SentAt, TimeSpan.Zero),
            d.AcknowledgedAt is { } a ? new DateTimeOffset(a, TimeSpan.Zero) : null))];
    }
}
