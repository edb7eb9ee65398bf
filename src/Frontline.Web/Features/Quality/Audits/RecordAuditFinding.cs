using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>
/// Records the evidence and finding of one checklist item. A minor or major finding raises an improvement action in
/// the same save (owner and due date chosen by the auditor; the register tells the owner).
/// </summary>
public sealed class RecordAuditFinding(FrontlineDbContext db, IImprovementActions actions, TimeProvider clock)
{
    public async Task<Audit> ExecuteAsync(Guid auditId, Guid itemId, RecordFindingRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var audit = await db.Set<Audit>().Include(a => a.Items).SingleOrDefaultAsync(a => a.Id == auditId, cancellationToken)
            ?? throw DomainException.NotFound("audit");
        QualityOpsAccess.CheckVersion("audit", audit.Version, request.Version);
        var item = audit.Record(itemId, request.Evidence, request.Finding);
        if (Audit.NeedsAction(request.Finding) && item.ActionId is null)
        {
            if (request.ActionOwnerId is not { } owner)
            {
                throw new DomainException("audit.action-owner", "A minor or major finding raises an improvement action: choose its owner.",
                    DomainErrorKind.Invalid, "actionOwnerId");
            }

            if (request.ActionDueOn is not { } due || due < clock.Today())
            {
                throw new DomainException("audit.action-due", "Give the action a due date from today onwards.", DomainErrorKind.Invalid, "actionDueOn");
            }

            await QualityOpsAccess.RequireStaffAsync(db, owner, "actionOwnerId", cancellationToken);
            var title = string.IsNullOrWhiteSpace(request.ActionTitle)
                ? $"{(request.Finding == AuditFinding.Major ? "Major" : "Minor")} audit finding: {Shorten(item.Text)}"
                : request.ActionTitle.Trim();
            item.ActionId = actions.Raise(new RaiseImprovementAction(
                title,
                $"Audit \"{audit.Title}\", item {item.Position}: {item.Text}\nEvidence: {item.Evidence}",
                "audit-finding",
                item.Id.ToString(),
                $"/quality/audits/{audit.Id}#item-{item.Position}",
                owner,
                due));
        }

        // The items are a child table: bump the audit's version so a concurrent edit of another item is noticed.
        db.Entry(audit).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return audit;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
}
