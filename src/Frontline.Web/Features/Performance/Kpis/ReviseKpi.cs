using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.Performance.Kpis;

/// <summary>
/// Saves a new version of a KPI's definition, effective from the date given (default today): earlier periods keep the
/// version they were computed under. Based on an older revision: 409.
/// </summary>
public sealed class ReviseKpi(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, KpiChecks checks, KpiDirectory directory)
{
    public async Task<KpiView> ExecuteAsync(Guid id, KpiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kpi = await directory.LoadAsync(id, cancellationToken);
        if (request.Revision is { } revision && revision != kpi.Version)
        {
            throw new DomainException("version.stale",
                $"This KPI was changed by someone else (revision {kpi.Version}, yours {revision}). Reload and apply your change again.", DomainErrorKind.Conflict,
                "revision");
        }

        var definition = request.ToDefinition().Validated();
        await checks.CheckAsync(definition, cancellationToken);
        var version = kpi.Revise(definition, request.EffectiveFrom ?? clock.Today(), me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return await directory.ViewAsync(kpi, cancellationToken);
    }
}
