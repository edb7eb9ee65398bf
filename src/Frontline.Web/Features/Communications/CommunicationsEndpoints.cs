using Frontline.Domain.Communications;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Communications;

/// <summary>API of the Communications module (contract in issue 11: keep stable).</summary>
public static class CommunicationsEndpoints
{
    public static RouteGroupBuilder MapCommunicationsApi(this RouteGroupBuilder api)
    {
        var comms = api.MapGroup("/communications").WithTags("Communications");
        comms.MapPost("/language-check", CheckLanguageAsync).WithName("CheckLanguage")
            .WithSummary("Readability, long sentences, jargon, banned phrases, passive share, SMS segments and required elements of a text");

        var policies = comms.MapGroup("/policies");
        policies.MapGet("/", ListAsync).WithName("ListPolicies").WithSummary("Policies you may see, paged (sort title|updatedAt, q, status)");
        policies.MapPost("/", CreateAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("DraftPolicy")
            .WithSummary("Draft a policy as version 1: clauses under the standard components");
        policies.MapGet("/{id:guid}", GetAsync).WithName("GetPolicy").WithSummary("The latest version you may see, or ?version=N");
        policies.MapGet("/{id:guid}/diff", DiffAsync).WithName("PolicyDiff").WithSummary("Clause-by-clause differences between two versions (?from=N&to=M)");
        policies.MapPut("/{id:guid}/draft", SaveDraftAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("SavePolicyDraft");
        policies.MapPost("/{id:guid}/review", ReviewAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("SendPolicyForReview");
        policies.MapPost("/{id:guid}/comments", CommentAsync).RequireAuthorization(CommunicationsAccess.Review).WithName("CommentOnClause");
        policies.MapPost("/{id:guid}/comments/{commentId:guid}/answer", AnswerAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("AnswerComment");
        policies.MapPost("/{id:guid}/submit", SubmitAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("SubmitPolicy")
            .WithSummary("Submit for management agreement (400 when a mandatory component has no clause)");
        policies.MapPost("/{id:guid}/agreements", DecideAsync).RequireAuthorization(CommunicationsAccess.Agree).WithName("DecideOnPolicy")
            .WithSummary("A manager agrees or rejects (a rejection returns the policy to draft)");
        policies.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(CommunicationsAccess.Agree).WithName("PublishPolicy")
            .WithSummary("Publish the agreed version (409 until every required agreement is recorded)");
        policies.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync).WithName("AcknowledgePolicy").WithSummary("You have read the published version");
        policies.MapPost("/{id:guid}/versions", NewVersionAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("StartPolicyVersion");
        policies.MapGet("/{id:guid}/agreement.pdf", PdfAsync).WithName("PolicyPdf").WithSummary("The policy with its sign-off record (PDF)");
        comms.MapTemplateApi();
        comms.MapProcedureApi();
        comms.MapChannelApi();
        return api;
    }

    public static async Task<Ok<LanguageCheckView>> CheckLanguageAsync(LanguageCheckRequest request, CheckLanguage check, CancellationToken cancellationToken) =>
        TypedResults.Ok(LanguageCheckView.From(await check.ExecuteAsync(request, cancellationToken)));

    public static async Task<Ok<PagedResult<PolicySummary>>> ListAsync(int? page, int? pageSize, string? sort, string? q, PolicyStatus? status,
        PolicyDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(ListQuery.From(page, pageSize, sort, q), status, cancellationToken));

    public static async Task<Created<PolicyView>> CreateAsync(PolicyRequest request, DraftPolicy draft, PolicyDirectory directory, CancellationToken cancellationToken)
    {
        var policy = await draft.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/communications/policies/{policy.Id}", await directory.ViewAsync(policy, null, cancellationToken));
    }

    public static async Task<Ok<PolicyView>> GetAsync(Guid id, int? version, PolicyDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, version, cancellationToken));

    public static async Task<Ok<PolicyDiffView>> DiffAsync(Guid id, int? from, int? to, PolicyDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.DiffAsync(id, from, to, cancellationToken));

    public static async Task<Ok<PolicyView>> SaveDraftAsync(Guid id, PolicyRequest request, HttpRequest http, SavePolicyDraft save, PolicyDirectory directory,
        CancellationToken cancellationToken) =>
        await ViewAsync(directory, await save.ExecuteAsync(id, request with { Revision = Revision(request.Revision, http) }, cancellationToken), cancellationToken);

    public static async Task<Ok<PolicyView>> ReviewAsync(Guid id, PolicyActionRequest? request, HttpRequest http, SendPolicyForReview review,
        PolicyDirectory directory, CancellationToken cancellationToken) =>
        await ViewAsync(directory, await review.ExecuteAsync(id, Revision(request?.Revision, http), cancellationToken), cancellationToken);

    public static async Task<Ok<PolicyView>> CommentAsync(Guid id, CommentRequest request, HttpRequest http, CommentOnClause comment, PolicyDirectory directory,
        CancellationToken cancellationToken) =>
        await ViewAsync(directory, await comment.ExecuteAsync(id, request with { Revision = Revision(request.Revision, http) }, cancellationToken), cancellationToken);

    public static async Task<Ok<PolicyView>> AnswerAsync(Guid id, Guid commentId, ClauseAnswerRequest request, HttpRequest http, AnswerComment answer,
        PolicyDirectory directory, CancellationToken cancellationToken) =>
        await ViewAsync(directory, await answer.ExecuteAsync(id, commentId, request with { Revision = Revision(request.Revision, http) }, cancellationToken),
            cancellationToken);

    public static async Task<Ok<PolicyView>> SubmitAsync(Guid id, PolicyActionRequest? request, HttpRequest http, SubmitPolicy submit, PolicyDirectory directory,
        CancellationToken cancellationToken) =>
        await ViewAsync(directory, await submit.ExecuteAsync(id, Revision(request?.Revision, http), cancellationToken), cancellationToken);

    public static async Task<Ok<PolicyView>> DecideAsync(Guid id, AgreementRequest request, HttpRequest http, DecideOnPolicy decide, PolicyDirectory directory,
        CancellationToken cancellationToken)
    {
        var policy = await decide.ExecuteAsync(id, request with { Revision = Revision(request.Revision, http) }, cancellationToken);
        return TypedResults.Ok(await directory.ViewAsync(policy, request.Version, cancellationToken));
    }

    public static async Task<Ok<PolicyView>> PublishAsync(Guid id, PolicyActionRequest? request, HttpRequest http, PublishPolicy publish, PolicyDirectory directory,
        CancellationToken cancellationToken) =>
        await ViewAsync(directory, await publish.ExecuteAsync(id, Revision(request?.Revision, http), cancellationToken), cancellationToken);

    public static async Task<Ok<PolicyView>> AcknowledgeAsync(Guid id, AcknowledgePolicy acknowledge, PolicyDirectory directory, CancellationToken cancellationToken)
    {
        var policy = await acknowledge.ExecuteAsync(id, cancellationToken);
        return TypedResults.Ok(await directory.ViewAsync(policy, policy.Published!.Number, cancellationToken));
    }

    public static async Task<Created<PolicyView>> NewVersionAsync(Guid id, PolicyActionRequest? request, HttpRequest http, StartPolicyVersion start,
        PolicyDirectory directory, CancellationToken cancellationToken)
    {
        var policy = await start.ExecuteAsync(id, Revision(request?.Revision, http), cancellationToken);
        var view = await directory.ViewAsync(policy, null, cancellationToken);
        return TypedResults.Created($"/api/v1/communications/policies/{id}?version={view.Version}", view);
    }

    public static async Task<FileContentHttpResult> PdfAsync(Guid id, int? version, PolicyDirectory directory, CancellationToken cancellationToken)
    {
        var view = await directory.GetAsync(id, version, cancellationToken);
        return TypedResults.File(PolicyPdf.Render(view), "application/pdf", $"policy-{id}-v{view.Version}.pdf");
    }

    private static async Task<Ok<PolicyView>> ViewAsync(PolicyDirectory directory, CommunicationPolicy policy, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(policy, null, cancellationToken));

    /// <summary>The revision a change is based on: the body field, else the If-Match header.</summary>
    private static int? Revision(int? body, HttpRequest request) => ComplaintsEndpoints.VersionOf(body, request);
}
