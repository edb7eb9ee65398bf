using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>Closes an audit with its report; the programme line it came from is next due a period later.</summary>
public sealed class CloseAudit(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<Audit> ExecuteAsync(Guid auditId, CloseAuditRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var audit = await db.Set<Audit>().Include(a => a.Items).SingleOrDefaultAsync(a => a.Id == auditId, cancellationToken)
            ?? throw DomainException.NotFound("audit");
        QualityOpsAccess.CheckVersion("audit", audit.Version, request.Version);
        audit.Close(request.Report, clock.GetUtcNow().UtcDateTime);
        if (audit.PlannedAuditId is { } plannedId && await db.Set<PlannedAudit>().SingleOrDefaultAsync(p => p.Id == plannedId, cancellationToken) is { } planned)
        {
            planned.Completed(clock.Today());
        }

        await db.SaveChangesAsync(cancellationToken);
        return audit;
    }
}
