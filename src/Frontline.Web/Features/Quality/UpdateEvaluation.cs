using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>The evaluator edits their draft (answers, strengths, development areas, method) and may submit it.</summary>
public sealed class UpdateEvaluation(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, EvaluationDirectory evaluations, ScorecardDirectory scorecards,
    QualityNotices notices)
{
    public async Task<Evaluation> ExecuteAsync(Guid id, UpdateEvaluationRequest request, CancellationToken cancellationToken)
    {
        var evaluation = await evaluations.LoadInScopeAsync(id, tracked: true, cancellationToken);
        if (evaluation.EvaluatorId != me.Id)
        {
            throw new DomainException("evaluation.not-evaluator", "Only the evaluator edits an evaluation.", DomainErrorKind.Forbidden);
        }

        EvaluationInput.CheckVersion(evaluation.Version, request.Version);
        var version = await scorecards.VersionAsync(evaluation.ScorecardVersionId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Answers is not null)
        {
            evaluation.SetAnswers(version, EvaluationInput.Answers(request.Answers), now);
        }

        if (evaluation.Status != EvaluationStatus.Draft)
        {
            throw new DomainException("evaluation.state", "A submitted evaluation cannot be edited; the agent may dispute it.", DomainErrorKind.Conflict);
        }

        evaluation.Strengths = request.Strengths is null ? evaluation.Strengths : EvaluationInput.Text(request.Strengths, "strengths");
        evaluation.DevelopmentAreas = request.DevelopmentAreas is null ? evaluation.DevelopmentAreas : EvaluationInput.DevelopmentAreas(request.DevelopmentAreas);
        evaluation.Method = request.Method ?? evaluation.Method;
        evaluation.Touch(now);
        if (request.Submit is true)
        {
            evaluation.Submit(version, now);
            notices.Shared(evaluation, version.Name);
            await notices.DevelopmentAsync(evaluation, version, cancellationToken);
            if (evaluation.ComplianceCriticalFailed)
            {
                notices.Finding(evaluation, version, cleared: false, clock.GetUtcNow());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return evaluation;
    }
}
