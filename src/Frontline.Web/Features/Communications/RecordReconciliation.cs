using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Records that the policy has been reconciled with its procedures: refused (409) while a gap has no action to resolve it.</summary>
public sealed class RecordReconciliation(FrontlineDbContext db, ReconciliationDirectory reconciliation, CurrentStaff me, TimeProvider clock)
{
    public async Task<PolicyReconciliation> ExecuteAsync(Guid policyId, ReconciliationRequest request, CancellationToken cancellationToken)
    {
        var gaps = await reconciliation.GapsAsync(policyId, cancellationToken);
        var raised = await reconciliation.ActionsAsync(policyId, gaps.Items, cancellationToken);
        var record = PolicyReconciliation.Record(policyId, gaps.Published.Number, gaps.Items,
            raised.Where(r => r.Value.Count > 0).ToDictionary(r => r.Key, r => r.Value[^1].Id, StringComparer.Ordinal), request.Notes, me.Id,
            clock.GetUtcNow().UtcDateTime);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}
