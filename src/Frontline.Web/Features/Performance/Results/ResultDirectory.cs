using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Performance.Kpis;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Results;

/// <summary>
/// A KPI's results for the reader: every period and subject of a level within their scope (agents their own; team leaders
/// their teams' and their agents'), with names, targets and bands. A level outside the scope, or a range with no data, is
/// refused with a clear problem.
/// </summary>
public sealed class ResultDirectory(FrontlineDbContext db, KpiDirectory kpis, KpiCalculator calculator, PerformanceScope scopes)
{
    public async Task<KpiResults> GetAsync(Guid kpiId, DateOnly from, DateOnly to, KpiLevel level, CancellationToken cancellationToken)
    {
        KpiCalculator.CheckRange(from, to);
        var kpi = await kpis.LoadAsync(kpiId, cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        if (!scope.MaySee(level))
        {
            throw new DomainException("results.level", "The centre's figures are shared with team leaders and managers.", DomainErrorKind.NotFound, "level");
        }

        var computed = await calculator.ComputeAsync(kpi, from, to, level, null, cancellationToken);
        var visible = computed.Where(r => level switch
        {
            KpiLevel.Centre => true,
            KpiLevel.Team => scope.IncludesTeam(r.Subject!.Value),
            KpiLevel.Individual => scope.IncludesAgent(r.Subject!.Value, r.SubjectTeam),
        }).ToList();
        if (visible.Count == 0)
        {
            throw new DomainException("results.no-data",
                $"No data for {kpi.Name} at {level.ToString().ToLowerInvariant()} level from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}"
                + (scope.All ? "." : " in your scope.") + " Check the period and the KPI's filters.", DomainErrorKind.NotFound);
        }

        var names = await NamesAsync(level, visible.Select(v => v.Subject), cancellationToken);
        var items = visible
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.Subject is { } s ? names.GetValueOrDefault(s) : null, StringComparer.Ordinal)
            .Select(r => new KpiResultItem(r.PeriodStart, r.Subject?.ToString(), r.Subject is { } s ? names.GetValueOrDefault(s) : null, r.Value, r.Band, r.Count,
                r.Target?.Target, r.Target?.Tolerance, r.KpiVersion, r.Reliable))
            .ToList();
        var d = kpi.Definition;
        return new KpiResults(kpi.Id, kpi.Name, d.Purpose, d.MeasureInfo().Unit, d.Direction, level, from, to, items);
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(KpiLevel level, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return level == KpiLevel.Team
            ? await db.Set<Team>().AsNoTracking().Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken)
            : await db.Set<StaffMember>().AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }
}
