using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>Starts an audit run by the caller, from a checklist or from a line of the programme.</summary>
public sealed class StartAudit(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<Audit> ExecuteAsync(StartAuditRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        PlannedAudit? planned = null;
        if (request.PlannedAuditId is { } plannedId)
        {
            planned = await db.Set<PlannedAudit>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == plannedId, cancellationToken)
                ?? throw new DomainException("audit.planned", "There is no planned audit with this id.", DomainErrorKind.Invalid, "plannedAuditId");
        }

        var checklistId = request.ChecklistId ?? planned?.ChecklistId
            ?? throw new DomainException("audit.checklist", "Choose the checklist to audit against.", DomainErrorKind.Invalid, "checklistId");
        var checklist = await db.Set<AuditChecklist>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == checklistId, cancellationToken)
            ?? throw new DomainException("audit.checklist", "There is no checklist with this id.", DomainErrorKind.Invalid, "checklistId");
        var audit = Audit.Start(checklist, planned, request.Title, request.Scope, me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(audit);
        await db.SaveChangesAsync(cancellationToken);
        return audit;
    }
}
