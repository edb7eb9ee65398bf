using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Quality;

/// <summary>API of the Quality module: scorecards, evaluations, disputes and calibration (contract in issue 8: keep stable).</summary>
public static class QualityEndpoints
{
    public static RouteGroupBuilder MapQualityApi(this RouteGroupBuilder api)
    {
        var quality = api.MapGroup("/quality").WithTags("Quality");

        var scorecards = quality.MapGroup("/scorecards");
        scorecards.MapGet("/", ListScorecards).WithName("ListScorecards").WithSummary("Scorecards, paged (sort name|updatedAt, q, status, channel)");
        scorecards.MapPost("/", CreateScorecard).RequireAuthorization(QualityAccess.EditScorecards).WithName("CreateScorecard")
            .WithSummary("Create a scorecard as draft version 1");
        scorecards.MapGet("/{id:guid}", GetScorecard).WithName("GetScorecard").WithSummary("The latest version, or ?version=N");
        scorecards.MapPut("/{id:guid}/draft", SaveDraft).RequireAuthorization(QualityAccess.EditScorecards).WithName("SaveScorecardDraft")
            .WithSummary("Save the draft; when only published versions exist, this makes the next version");
        scorecards.MapPost("/{id:guid}/versions", NewVersion).RequireAuthorization(QualityAccess.EditScorecards).WithName("NewScorecardVersion")
            .WithSummary("Start a new draft version as a copy of the latest");
        scorecards.MapPost("/{id:guid}/publish", Publish).RequireAuthorization(QualityAccess.EditScorecards).WithName("PublishScorecard");
        scorecards.MapPost("/{id:guid}/retire", Retire).RequireAuthorization(QualityAccess.EditScorecards).WithName("RetireScorecard");

        var evaluations = quality.MapGroup("/evaluations");
        evaluations.MapGet("/", ListEvaluations).WithName("ListEvaluations")
            .WithSummary("Evaluations in your scope, paged (sort createdAt|submittedAt|workAt|score|status, q, filters)");
        evaluations.MapPost("/", CreateEvaluation).RequireAuthorization(QualityAccess.Evaluate).WithName("CreateEvaluation")
            .WithSummary("Evaluate a contact, case or complaint in your scope on a published scorecard");
        evaluations.MapGet("/{id:guid}", GetEvaluation).WithName("GetEvaluation");
        evaluations.MapPatch("/{id:guid}", UpdateEvaluation).RequireAuthorization(QualityAccess.Evaluate).WithName("UpdateEvaluation")
            .WithSummary("Edit your draft evaluation and optionally submit it");
        evaluations.MapPost("/{id:guid}/acknowledge", Acknowledge).WithName("AcknowledgeEvaluation").WithSummary("The agent evaluated acknowledges");
        evaluations.MapPost("/{id:guid}/disputes", Dispute).WithName("DisputeEvaluation").WithSummary("The agent evaluated disputes named criteria, once");
        quality.MapPost("/disputes/{id:guid}/decision", Decide).WithName("DecideDispute")
            .WithSummary("The agent's team leader or a lead analyst (never the evaluator) upholds or rejects");
        quality.MapGet("/records", Record).RequireAuthorization(QualityAccess.Evaluate).WithName("EvaluationRecord")
            .WithSummary("The contact, case or complaint an evaluation sits beside, with its ID&V, disclosures and complaints");
        quality.MapGet("/skills", () => TypedResults.Ok(QualitySkills.All)).WithName("QualitySkills").WithSummary("Skills for development areas");

        var calibrations = quality.MapGroup("/calibrations");
        calibrations.MapGet("/", ListCalibrations).WithName("ListCalibrations");
        calibrations.MapPost("/", PlanCalibration).RequireAuthorization(QualityAccess.Calibrate).WithName("PlanCalibration");
        calibrations.MapGet("/{id:guid}", GetCalibration).WithName("GetCalibration");
        calibrations.MapPost("/{id:guid}/scores", ScoreCalibration).WithName("ScoreCalibration").WithSummary("An invited evaluator's blind scoring");
        calibrations.MapPost("/{id:guid}/close", CloseCalibration).WithName("CloseCalibration").WithSummary("The lead records the outcome and reference");
        calibrations.MapGet("/alignment", Alignment).RequireAuthorization(QualityAccess.Calibrate).WithName("EvaluatorAlignment")
            .WithSummary("Each evaluator's mean absolute deviation from calibration references over a period");
        return api;
    }

    public static async Task<Ok<PagedResult<ScorecardSummary>>> ListScorecards(int? page, int? pageSize, string? sort, string? q, string? status, string? channel,
        ScorecardDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(ListQuery.From(page, pageSize, sort, q), status, channel, cancellationToken));

    public static async Task<Created<ScorecardView>> CreateScorecard(ScorecardRequest request, CreateScorecard create, CancellationToken cancellationToken)
    {
        var view = await create.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/scorecards/{view.Id}", view);
    }

    public static async Task<Ok<ScorecardView>> GetScorecard(Guid id, int? version, ScorecardDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, version, cancellationToken));

    public static async Task<Ok<ScorecardView>> SaveDraft(Guid id, ScorecardRequest request, EditScorecard edit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await edit.SaveDraftAsync(id, request, cancellationToken));

    public static async Task<Created<ScorecardView>> NewVersion(Guid id, ScorecardChangeRequest? request, EditScorecard edit, CancellationToken cancellationToken)
    {
        var view = await edit.NewVersionAsync(id, request?.Revision, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/scorecards/{id}?version={view.Version}", view);
    }

    public static async Task<Ok<ScorecardView>> Publish(Guid id, ScorecardChangeRequest? request, PublishScorecard publish, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publish.ExecuteAsync(id, request?.Revision, cancellationToken));

    public static async Task<Ok<ScorecardView>> Retire(Guid id, ScorecardChangeRequest? request, RetireScorecard retire, CancellationToken cancellationToken) =>
        TypedResults.Ok(await retire.ExecuteAsync(id, request?.Revision, cancellationToken));

    public static async Task<Ok<PagedResult<EvaluationSummary>>> ListEvaluations(int? page, int? pageSize, string? sort, string? q, Guid? agentId,
        Guid? evaluatorId, Guid? teamId, Guid? scorecardId, Guid? contactId, EvaluationStatus? status, string? band, bool? complianceFailed, bool? disputeOpen,
        DateOnly? from, DateOnly? to, EvaluationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(ListQuery.From(page, pageSize, sort, q),
            new EvaluationFilter(agentId, evaluatorId, teamId, scorecardId, contactId, status, band, complianceFailed, disputeOpen, from, to), cancellationToken));

    public static async Task<Created<EvaluationView>> CreateEvaluation(CreateEvaluationRequest request, StartEvaluation start, EvaluationDirectory directory,
        CancellationToken cancellationToken)
    {
        var evaluation = await start.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/evaluations/{evaluation.Id}", await directory.ViewAsync(evaluation, cancellationToken));
    }

    public static async Task<Ok<EvaluationView>> GetEvaluation(Guid id, EvaluationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<EvaluationView>> UpdateEvaluation(Guid id, UpdateEvaluationRequest request, HttpRequest http, UpdateEvaluation update,
        EvaluationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await update.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken),
            cancellationToken));

    public static async Task<Ok<EvaluationView>> Acknowledge(Guid id, AcknowledgeRequest? request, HttpRequest http, AcknowledgeEvaluation acknowledge,
        EvaluationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await acknowledge.ExecuteAsync(id,
            (request ?? new AcknowledgeRequest()) with { Version = VersionOf(request?.Version, http) }, cancellationToken), cancellationToken));

    public static async Task<Created<DisputeView>> Dispute(Guid id, DisputeRequest request, HttpRequest http, DisputeEvaluation dispute,
        EvaluationDirectory directory, CancellationToken cancellationToken)
    {
        var (evaluation, raised) = await dispute.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken);
        var view = await directory.ViewAsync(evaluation, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/evaluations/{id}#dispute-{raised.Id}", view.Disputes.Single(d => d.Id == raised.Id));
    }

    public static async Task<Ok<EvaluationView>> Decide(Guid id, DecisionRequest request, HttpRequest http, DecideDispute decide, EvaluationDirectory directory,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await decide.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken),
            cancellationToken));

    public static async Task<Ok<EvaluationRecordView>> Record(Guid? contactId, Guid? caseId, Guid? complaintId, EvaluationRecords records,
        CancellationToken cancellationToken)
    {
        if (contactId is null && caseId is null && complaintId is null)
        {
            throw new DomainException("evaluation.subject", "Give contactId, caseId or complaintId.", DomainErrorKind.Invalid, "contactId");
        }

        return TypedResults.Ok(await records.RecordAsync(contactId, caseId, complaintId, cancellationToken));
    }

    public static async Task<Ok<PagedResult<CalibrationSummary>>> ListCalibrations(int? page, int? pageSize, string? sort, string? q, CalibrationStatus? status,
        CalibrationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(ListQuery.From(page, pageSize, sort, q), status, cancellationToken));

    public static async Task<Created<CalibrationView>> PlanCalibration(PlanCalibrationRequest request, PlanCalibration plan, CalibrationDirectory directory,
        CancellationToken cancellationToken)
    {
        var session = await plan.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/calibrations/{session.Id}", await directory.ViewAsync(session, cancellationToken));
    }

    public static async Task<Ok<CalibrationView>> GetCalibration(Guid id, CalibrationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<CalibrationView>> ScoreCalibration(Guid id, CalibrationScoreRequest request, ScoreCalibration score,
        CalibrationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await score.ExecuteAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<CalibrationView>> CloseCalibration(Guid id, CloseCalibrationRequest request, HttpRequest http, CloseCalibration close,
        CalibrationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await close.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken),
            cancellationToken));

    public static async Task<Ok<List<EvaluatorAlignmentRow>>> Alignment(DateOnly? from, DateOnly? to, Guid? evaluatorId, EvaluatorAlignment alignment,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(await alignment.ForPeriodAsync(from ?? today.AddMonths(-3), to ?? today, evaluatorId, cancellationToken));
    }

    /// <summary>The version an update is based on: the body field, else the If-Match header.</summary>
    private static int? VersionOf(int? body, HttpRequest request) => Complaints.ComplaintsEndpoints.VersionOf(body, request);
}
