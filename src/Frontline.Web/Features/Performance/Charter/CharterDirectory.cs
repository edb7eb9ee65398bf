using Frontline.Data;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Communications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Charter;

/// <summary>Reads the service charter (everyone may: it is what the centre promises) and serves it to other modules as <see cref="IServiceObjectives"/>.</summary>
public sealed class CharterDirectory(FrontlineDbContext db, IPolicyTitles policies) : IServiceObjectives
{
    public async Task<List<CharterView>> ListAsync(bool includeRetired, CancellationToken cancellationToken)
    {
        var entries = await db.Set<CharterEntry>().AsNoTracking().Where(e => includeRetired || !e.IsRetired).ToListAsync(cancellationToken);
        return await ViewsAsync(entries.OrderBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal), cancellationToken);
    }

    public async Task<CharterEntry> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<CharterEntry>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw DomainException.NotFound("charter");

    public async Task<CharterView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ViewsAsync([await LoadAsync(id, cancellationToken)], cancellationToken)).Single();

    public async Task<List<CharterView>> ViewsAsync(IEnumerable<CharterEntry> entries, CancellationToken cancellationToken)
    {
        var list = entries.ToList();
        var kpiIds = list.SelectMany(e => e.KpiIds).Distinct().ToList();
        var kpis = await db.Set<Kpi>().AsNoTracking().Where(k => kpiIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        var titles = list.Any(e => e.PolicyId is not null) ? await policies.ListAsync(cancellationToken) : new Dictionary<Guid, string>();
        return [.. list.Select(e => new CharterView(e.Id, e.Kind, e.Title, e.Statement,
            [.. e.KpiIds.Where(kpis.ContainsKey).Select(k => new CharterKpi(k, kpis[k]))], e.PolicyId,
            e.PolicyId is { } p ? titles.GetValueOrDefault(p) : null, e.IsRetired, e.Version, new DateTimeOffset(e.UpdatedAt, TimeSpan.Zero)))];
    }

    /// <summary>The KPIs and policy a line names must exist (nothing is saved otherwise).</summary>
    public async Task CheckLinksAsync(CharterDefinition definition, CancellationToken cancellationToken)
    {
        var ids = definition.KpiIds.ToList();
        var known = await db.Set<Kpi>().AsNoTracking().CountAsync(k => ids.Contains(k.Id), cancellationToken);
        if (known != ids.Count)
        {
            throw new DomainException("charter.kpi", "A KPI named here does not exist.", DomainErrorKind.Invalid, "kpiIds");
        }

        if (definition.PolicyId is { } policy && !(await policies.ListAsync(cancellationToken)).ContainsKey(policy))
        {
            throw new DomainException("charter.policy", "There is no communication policy with this id.", DomainErrorKind.Invalid, "policyId");
        }
    }

    async Task<IReadOnlyList<ServiceObjectiveInfo>> IServiceObjectives.ListAsync(CancellationToken cancellationToken) => await ObjectivesAsync(null, cancellationToken);

    public async Task<IReadOnlyList<ServiceObjectiveInfo>> ForPolicyAsync(Guid policyId, CancellationToken cancellationToken) =>
        await ObjectivesAsync(policyId, cancellationToken);

    private async Task<List<ServiceObjectiveInfo>> ObjectivesAsync(Guid? policyId, CancellationToken cancellationToken)
    {
        var entries = await db.Set<CharterEntry>().AsNoTracking()
            .Where(e => !e.IsRetired && e.Kind != CharterKind.Aim && (policyId == null || e.PolicyId == policyId)).ToListAsync(cancellationToken);
        return [.. entries.OrderBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => new ServiceObjectiveInfo(e.Id, e.Kind.ToString().ToLowerInvariant(), e.Title, e.Statement, e.KpiIds, e.PolicyId))];
    }
}
