using Frontline.Data;
using Frontline.Domain.Performance;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.Performance.Kpis;

/// <summary>Designs a KPI: version 1, effective from the date given (default today). Nothing is saved when a rule refuses it.</summary>
public sealed class CreateKpi(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, KpiChecks checks, KpiDirectory directory)
{
    public async Task<KpiView> ExecuteAsync(KpiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.ToDefinition().Validated();
        await checks.CheckAsync(definition, cancellationToken);
        var kpi = Kpi.Create(definition, request.EffectiveFrom ?? clock.Today(), me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(kpi);
        await db.SaveChangesAsync(cancellationToken);
        return await directory.ViewAsync(kpi, cancellationToken);
    }
}
