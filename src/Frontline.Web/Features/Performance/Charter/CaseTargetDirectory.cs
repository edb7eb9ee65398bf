using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Performance;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Charter;

/// <summary>The case service targets: the list for the charter page and API, and the answer Cases asks for (<see cref="ICaseServiceTargets"/>).</summary>
public sealed class CaseTargetDirectory(FrontlineDbContext db) : ICaseServiceTargets
{
    public async Task<List<CaseTargetView>> ListAsync(CancellationToken cancellationToken)
    {
        var targets = await db.Set<CaseServiceTarget>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. targets.OrderBy(t => t.Category is not null).ThenBy(t => t.Category, StringComparer.Ordinal).ThenBy(t => t.Priority).Select(View)];
    }

    public async Task<CaseTargets> ForAsync(string category, CasePriority priority, CancellationToken cancellationToken)
    {
        var candidates = await db.Set<CaseServiceTarget>().AsNoTracking()
            .Where(t => t.Priority == priority && (t.Category == null || t.Category == category)).ToListAsync(cancellationToken);
        var target = CaseServiceTargetRules.For(category, priority, candidates);
        return new CaseTargets(target.FirstResponseMinutes, target.ResolutionMinutes);
    }

    public static CaseTargetView View(CaseServiceTarget t) =>
        new(t.Id, t.Category, t.Priority, t.FirstResponseMinutes, t.ResolutionMinutes, t.Version, new DateTimeOffset(t.UpdatedAt, TimeSpan.Zero));
}
