using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Kpis;

/// <summary>Reads KPIs: the list, one with its versions. Every signed-in person may read definitions (they say why the KPI matters).</summary>
public sealed class KpiDirectory(FrontlineDbContext db)
{
    public async Task<List<KpiSummary>> ListAsync(bool includeRetired, CancellationToken cancellationToken)
    {
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => includeRetired || !k.IsRetired).OrderBy(k => k.Name).ToListAsync(cancellationToken);
        return [.. kpis.Select(k => new KpiSummary(k.Id, k.Name, k.Definition.Measure, k.Definition.MeasureInfo().Name, k.Definition.Frequency, k.DefinitionVersion,
            k.IsRetired))];
    }

    public async Task<Kpi> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Kpi>().Include(k => k.Versions).SingleOrDefaultAsync(k => k.Id == id, cancellationToken) ?? throw DomainException.NotFound("kpi");

    public async Task<KpiView> GetAsync(Guid id, CancellationToken cancellationToken) => await ViewAsync(await LoadAsync(id, cancellationToken), cancellationToken);

    public async Task<KpiView> ViewAsync(Kpi kpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var d = kpi.Definition;
        string? reviewer = d.ReviewerId is { } r
            ? await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == r).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new KpiView(kpi.Id, kpi.DefinitionVersion, kpi.Version, kpi.Name, d.Purpose, d.Measure, d.MeasureInfo().Name, d.MeasureInfo().Unit, d.Parameters, d.Filters,
            d.Direction, d.Frequency, d.Targets, d.ReviewActions, d.ReviewerId, reviewer, kpi.IsRetired,
            [.. kpi.Versions.OrderBy(v => v.Number).Select(v => new KpiVersionView(v.Number, v.EffectiveFrom, new DateTimeOffset(v.CreatedAt, TimeSpan.Zero)))],
            d.Distribution ?? []);
    }
}
