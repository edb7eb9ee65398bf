using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Communications;

/// <summary>API of procedures traced to policy clauses, their evaluation against the policy, and the policy's reconciliation with them.</summary>
public static class ProcedureEndpoints
{
    public static RouteGroupBuilder MapProcedureApi(this RouteGroupBuilder comms)
    {
        var procedures = comms.MapGroup("/procedures");
        procedures.MapGet("/", ListAsync).WithName("ListProcedures").WithSummary("Procedures you may see, paged (q, policyId)");
        procedures.MapPost("/", CreateAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("DraftProcedure")
            .WithSummary("Draft a procedure under the published version of a policy: steps cite its clauses by key");
        procedures.MapGet("/{id:guid}", GetAsync).WithName("GetProcedure").WithSummary("The latest version you may see (or ?version=N) with its coverage of the policy");
        procedures.MapPut("/{id:guid}/draft", SaveDraftAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("SaveProcedureDraft");
        procedures.MapPost("/{id:guid}/evaluation", EvaluateAsync).RequireAuthorization(CommunicationsAccess.Review).WithName("EvaluateProcedure")
            .WithSummary("Evaluate the draft against the published policy: a verdict on every applicable clause, and overall");
        procedures.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(CommunicationsAccess.Agree).WithName("ApproveProcedure")
            .WithSummary("Approve the draft (409 until it is evaluated as consistent with the policy)");
        procedures.MapPost("/{id:guid}/versions", NewVersionAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("StartProcedureVersion");

        var reconciliation = comms.MapGroup("/policies/{policyId:guid}/reconciliation").RequireAuthorization(CommunicationsAccess.Review);
        reconciliation.MapGet("/", ReconciliationAsync).WithName("GetReconciliation")
            .WithSummary("Clauses no procedure implements, steps with no clause, procedures under an older policy version; with their actions");
        reconciliation.MapPost("/actions", RaiseActionAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("RaiseGapAction")
            .WithSummary("Raise an improvement action to resolve one gap");
        reconciliation.MapPost("/", RecordAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("RecordReconciliation")
            .WithSummary("Record the reconciliation (409 while a gap has no action)");
        return comms;
    }

    public static async Task<Ok<PagedResult<ProcedureSummary>>> ListAsync(int? page, int? pageSize, string? q, Guid? policyId, ProcedureDirectory directory,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(ListQuery.From(page, pageSize, null, q), policyId, cancellationToken));

    public static async Task<Created<ProcedureView>> CreateAsync(ProcedureRequest request, DraftProcedure draft, ProcedureDirectory directory,
        CancellationToken cancellationToken)
    {
        var procedure = await draft.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/communications/procedures/{procedure.Id}", await directory.ViewAsync(procedure, null, cancellationToken));
    }

    public static async Task<Ok<ProcedureView>> GetAsync(Guid id, int? version, ProcedureDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, version, cancellationToken));

    public static async Task<Ok<ProcedureView>> SaveDraftAsync(Guid id, ProcedureRequest request, HttpRequest http, SaveProcedureDraft save,
        ProcedureDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await save.ExecuteAsync(id, request with { Revision = Revision(request.Revision, http) }, cancellationToken), null,
            cancellationToken));

    public static async Task<Ok<ProcedureView>> EvaluateAsync(Guid id, EvaluationRequest request, HttpRequest http, EvaluateProcedure evaluate,
        ProcedureDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await evaluate.ExecuteAsync(id, request with { Revision = Revision(request.Revision, http) }, cancellationToken), null,
            cancellationToken));

    public static async Task<Ok<ProcedureView>> ApproveAsync(Guid id, PolicyActionRequest? request, HttpRequest http, ApproveProcedure approve,
        ProcedureDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await approve.ExecuteAsync(id, Revision(request?.Revision, http), cancellationToken), null, cancellationToken));

    public static async Task<Created<ProcedureView>> NewVersionAsync(Guid id, PolicyActionRequest? request, HttpRequest http, StartProcedureVersion start,
        ProcedureDirectory directory, CancellationToken cancellationToken)
    {
        var view = await directory.ViewAsync(await start.ExecuteAsync(id, Revision(request?.Revision, http), cancellationToken), null, cancellationToken);
        return TypedResults.Created($"/api/v1/communications/procedures/{id}?version={view.Version}", view);
    }

    public static async Task<Ok<ReconciliationView>> ReconciliationAsync(Guid policyId, ReconciliationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(policyId, cancellationToken));

    public static async Task<Created<ReconciliationView>> RaiseActionAsync(Guid policyId, GapActionRequest request, RaiseGapAction raise,
        ReconciliationDirectory directory, CancellationToken cancellationToken)
    {
        var actionId = await raise.ExecuteAsync(policyId, request, cancellationToken);
        return TypedResults.Created($"/api/v1/actions/{actionId}", await directory.GetAsync(policyId, cancellationToken));
    }

    public static async Task<Created<ReconciliationView>> RecordAsync(Guid policyId, ReconciliationRequest? request, RecordReconciliation record,
        ReconciliationDirectory directory, CancellationToken cancellationToken)
    {
        await record.ExecuteAsync(policyId, request ?? new ReconciliationRequest(null), cancellationToken);
        return TypedResults.Created($"/api/v1/communications/policies/{policyId}/reconciliation", await directory.GetAsync(policyId, cancellationToken));
    }

    private static int? Revision(int? body, HttpRequest request) => ComplaintsEndpoints.VersionOf(body, request);
}
