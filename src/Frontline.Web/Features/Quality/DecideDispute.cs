using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// The arbitrator — the agent's team leader or a lead analyst, never the evaluator — upholds a dispute (rescoring the
/// disputed criteria; the change is recorded and the score recomputed) or rejects it, with a reason; the agent is told.
/// </summary>
public sealed class DecideDispute(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, EvaluationDirectory evaluations, ScorecardDirectory scorecards,
    QualityScope scope, QualityNotices notices)
{
    public async Task<Evaluation> ExecuteAsync(Guid disputeId, DecisionRequest request, CancellationToken cancellationToken)
    {
        var evaluationId = await evaluations.EvaluationOfDisputeAsync(disputeId, cancellationToken);
        var evaluation = await evaluations.LoadInScopeAsync(evaluationId, tracked: true, cancellationToken);
        EvaluationInput.CheckVersion(evaluation.Version, request.Version);
        var upheld = request.Outcome switch
        {
            "upheld" => true,
            "rejected" => false,
            _ => throw new DomainException("dispute.outcome", "The outcome is \"upheld\" or \"rejected\".", DomainErrorKind.Invalid, "outcome"),
        };
        if (me.Id == evaluation.EvaluatorId)
        {
            throw new DomainException("dispute.own-evaluation", "You evaluated this work, so you cannot arbitrate its dispute.", DomainErrorKind.Forbidden);
        }

        if (!await scope.MayArbitrateAsync(evaluation, cancellationToken))
        {
            throw new DomainException("dispute.not-arbitrator", "Disputes are decided by the agent's team leader or a lead analyst.", DomainErrorKind.Forbidden);
        }

        var version = await scorecards.VersionAsync(evaluation.ScorecardVersionId, cancellationToken);
        var failedBefore = evaluation.ComplianceCriticalFailed;
        evaluation.Decide(version, disputeId, me.Id, upheld, request.Reason, EvaluationInput.Answers(request.Answers), clock.GetUtcNow().UtcDateTime);
        notices.Decided(evaluation, evaluation.Disputes.Single(d => d.Id == disputeId));
        if (failedBefore != evaluation.ComplianceCriticalFailed)
        {
            notices.Finding(evaluation, version, cleared: !evaluation.ComplianceCriticalFailed, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return evaluation;
    }
}
