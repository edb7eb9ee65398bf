using Frontline.Data;
using Frontline.Web.Features.Actions;

namespace Frontline.Web.Features.Communications;

/// <summary>Raises an improvement action to resolve one gap of the reconciliation (the register notifies its owner), saved at once.</summary>
public sealed class RaiseGapAction(FrontlineDbContext db, ReconciliationDirectory reconciliation, IImprovementActions actions)
{
    public async Task<Guid> ExecuteAsync(Guid policyId, GapActionRequest request, CancellationToken cancellationToken)
    {
        var gaps = await reconciliation.GapsAsync(policyId, cancellationToken);
        var gap = ReconciliationDirectory.Find(gaps, request.GapKey);
        var id = actions.Raise(new RaiseImprovementAction(string.IsNullOrWhiteSpace(request.Title) ? $"Reconcile \u201c{gaps.Published.Title}\u201d: {gap.Description}" : request.Title.Trim(),
            gap.Description, ReconciliationDirectory.ActionSourceKind, ReconciliationDirectory.SourceId(policyId, gap.Key),
            $"/communications/policies/{policyId}/reconciliation", request.OwnerId, request.DueOn));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
