using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// Starts an evaluation of a contact, case or complaint in the caller's scope (out of scope: 404) on the scorecard's
/// published version, with its answers; submitted at once when asked (then the agent is notified). All or nothing.
/// </summary>
public sealed class StartEvaluation(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, ScorecardDirectory scorecards, EvaluationRecords records,
    QualityNotices notices)
{
    public async Task<Evaluation> ExecuteAsync(CreateEvaluationRequest request, CancellationToken cancellationToken)
    {
        if (request.ScorecardId is not { } scorecardId)
        {
            throw new DomainException("evaluation.scorecard-required", "Choose the scorecard.", DomainErrorKind.Invalid, "scorecardId");
        }

        // Scope first: a record outside the caller's scope is not found, whatever else is wrong with the request.
        var work = await records.WorkAsync(request.ContactId, request.CaseId, request.ComplaintId, cancellationToken);
        if (work.AgentId is not { } agentId)
        {
            throw new DomainException("evaluation.no-agent", "This record has no agent to evaluate.", DomainErrorKind.Invalid, work.Field);
        }

        var version = await scorecards.PublishedAsync(scorecardId, "scorecardId", cancellationToken);
        var answers = EvaluationInput.Answers(request.Answers);
        var areas = EvaluationInput.DevelopmentAreas(request.DevelopmentAreas);
        var now = clock.GetUtcNow().UtcDateTime;
        var evaluation = Evaluation.Start(version, work.Subject, work.ContactId, work.CaseId, work.ComplaintId, work.Channel, work.WorkAt?.UtcDateTime, agentId,
            work.TeamId, me.Id, request.Method ?? EvaluationMethod.RemoteReview, now);
        evaluation.AssignmentId = request.AssignmentId;
        evaluation.Strengths = EvaluationInput.Text(request.Strengths, "strengths");
        evaluation.DevelopmentAreas = areas;
        evaluation.SetAnswers(version, answers, now);
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

        db.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation;
    }
}
