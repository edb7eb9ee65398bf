using Frontline.Data;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>The agent disputes named criteria of a submitted evaluation, once, with a reason; the team leader and evaluator are told.</summary>
public sealed class DisputeEvaluation(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, EvaluationDirectory evaluations, ScorecardDirectory scorecards,
    QualityNotices notices)
{
    public async Task<(Evaluation Evaluation, EvaluationDispute Dispute)> ExecuteAsync(Guid id, DisputeRequest request, CancellationToken cancellationToken)
    {
        var evaluation = await evaluations.LoadInScopeAsync(id, tracked: true, cancellationToken);
        EvaluationInput.CheckVersion(evaluation.Version, request.Version);
        var version = await scorecards.VersionAsync(evaluation.ScorecardVersionId, cancellationToken);
        var dispute = evaluation.Dispute(version, me.Id, request.CriterionIds ?? [], request.Reason, clock.GetUtcNow().UtcDateTime);
        await notices.DisputedAsync(evaluation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (evaluation, dispute);
    }
}
