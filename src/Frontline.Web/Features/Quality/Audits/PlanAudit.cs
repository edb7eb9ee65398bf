using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>Adds a line to the audit programme, or changes one (optimistic concurrency on <c>version</c>).</summary>
public sealed class PlanAudit(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<PlannedAudit> CreateAsync(PlanAuditRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        await CheckAsync(request, cancellationToken);
        var planned = new PlannedAudit
        {
            Title = request.Title.Trim(),
            Practice = request.Practice.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(planned, request);
        db.Add(planned);
        await db.SaveChangesAsync(cancellationToken);
        return planned;
    }

    public async Task<PlannedAudit> UpdateAsync(Guid id, PlanAuditRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var planned = await db.Set<PlannedAudit>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DomainException.NotFound("planned audit");
        if (request.Version is null)
        {
            throw new DomainException("version.required", "Send the version you are changing.", DomainErrorKind.Invalid, "version");
        }

        QualityOpsAccess.CheckVersion("planned audit", planned.Version, request.Version);
        await CheckAsync(request, cancellationToken);
        planned.Title = request.Title.Trim();
        planned.Practice = request.Practice.Trim();
        Apply(planned, request);
        await db.SaveChangesAsync(cancellationToken);
        return planned;
    }

    private static void Apply(PlannedAudit planned, PlanAuditRequest request)
    {
        planned.Scope = string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim();
        planned.Frequency = request.Frequency;
        planned.LeadAuditorId = request.LeadAuditorId;
        planned.Requirements = string.IsNullOrWhiteSpace(request.Requirements) ? null : request.Requirements.Trim();
        planned.ChecklistId = request.ChecklistId;
        planned.NextDueOn = request.NextDueOn;
        planned.IsActive = request.IsActive;
    }

    private async Task CheckAsync(PlanAuditRequest request, CancellationToken cancellationToken)
    {
        if (request.NextDueOn == default)
        {
            throw new DomainException("audit-plan.due", "Give the date the audit is next due.", DomainErrorKind.Invalid, "nextDueOn");
        }

        await QualityOpsAccess.RequireStaffAsync(db, request.LeadAuditorId, "leadAuditorId", cancellationToken);
        if (request.ChecklistId is { } checklist && !await db.Set<AuditChecklist>().AnyAsync(c => c.Id == checklist, cancellationToken))
        {
            throw new DomainException("audit-plan.checklist", "There is no checklist with this id.", DomainErrorKind.Invalid, "checklistId");
        }
    }
}
