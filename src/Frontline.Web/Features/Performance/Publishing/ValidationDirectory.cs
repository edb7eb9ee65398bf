using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Publishing;

/// <summary>Reads validation runs (for the designers who validate and publish).</summary>
public sealed class ValidationDirectory(FrontlineDbContext db)
{
    public async Task<ValidationRun> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<ValidationRun>().Include(r => r.Exclusions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("validation run");

    public async Task<ValidationRunView> GetAsync(Guid id, CancellationToken cancellationToken) => await ViewAsync(await LoadAsync(id, cancellationToken), cancellationToken);

    public async Task<List<ValidationRunView>> ForKpiAsync(Guid kpiId, CancellationToken cancellationToken)
    {
        var runs = await db.Set<ValidationRun>().AsNoTracking().Include(r => r.Exclusions).Where(r => r.KpiId == kpiId).ToListAsync(cancellationToken);
        var views = new List<ValidationRunView>();
        foreach (var run in runs.OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.RunAt))
        {
            views.Add(await ViewAsync(run, cancellationToken));
        }

        return views;
    }

    public async Task<ValidationRunView> ViewAsync(ValidationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var people = run.Exclusions.Select(e => e.ExcludedById).Append(run.AcceptedById ?? Guid.Empty).Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var kpi = await db.Set<Kpi>().AsNoTracking().Where(k => k.Id == run.KpiId).Select(k => k.Name).SingleAsync(cancellationToken);
        return new ValidationRunView(run.Id, run.KpiId, kpi, run.PeriodStart, run.PeriodEnd, run.ContactCount, run.Status, run.Problems, run.OpenProblems().Count(),
            run.ReadyToPublish,
            [.. run.Exclusions.OrderBy(e => e.ExcludedAt).Select(e => new ExclusionView(e.ContactId, e.Reason, e.ExcludedById, names.GetValueOrDefault(e.ExcludedById),
                new DateTimeOffset(e.ExcludedAt, TimeSpan.Zero)))],
            run.Comment, run.AcceptedById is { } a ? names.GetValueOrDefault(a) : null, new DateTimeOffset(run.RunAt, TimeSpan.Zero), run.Version);
    }
}
