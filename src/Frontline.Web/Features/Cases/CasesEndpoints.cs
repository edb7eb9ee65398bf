using Frontline.Domain.Cases;
using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Frontline.Web.Features.Cases;

/// <summary>API of cases, their actions (authority-checked), referrals and customer updates, and the authority matrix.</summary>
public static class CasesEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", CreateCase).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("OpenCase").WithSummary("Open a case: the due date is the service target for its category and priority in business hours");
        cases.MapGet("/", ListCases).RequireAuthorization(p => p.RequireRole(CaseAccess.Readers))
            .WithName("ListCases").WithSummary("Cases in your scope, or a queue: mine, team, needs-update, overdue");
        cases.MapGet("/{id:guid}", GetCase).RequireAuthorization(p => p.RequireRole(CaseAccess.Readers))
            .WithName("GetCase").WithSummary("A case with its pauses, history, actions, referral chain and customer updates");
        cases.MapPatch("/{id:guid}", UpdateCase).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("UpdateCase").WithSummary("Edit summary, description, category, priority or owner (send the version you read)");
        cases.MapPost("/{id:guid}/status", ChangeStatus).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("ChangeCaseStatus").WithSummary("Move the case through its lifecycle; illegal moves answer 409 with the reason");
        cases.MapPost("/{id:guid}/actions", TakeAction).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("TakeCaseAction").WithSummary("Take an action within your authority: 201, or 403 naming the authority needed with a referral to make");
        cases.MapPost("/{id:guid}/referrals", Refer).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("ReferCase").WithSummary("Refer the case to a person or role, verbally (warm handover) or in writing");
        cases.MapPost("/{id:guid}/updates", RecordUpdate).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("RecordCustomerUpdate").WithSummary("Log what the customer was told, on which channel, and any constraint with its reason");

        var referrals = api.MapGroup("/referrals").WithTags("Cases");
        referrals.MapGet("/", ListReferrals).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("ListReferrals").WithSummary("Referrals to you or a role you hold (queue=mine), or sent by you (queue=sent)");
        referrals.MapGet("/{id:guid}", GetReferral).RequireAuthorization(p => p.RequireRole(CaseAccess.Readers)).WithName("GetReferral");
        referrals.MapPost("/{id:guid}/accept", AcceptReferral).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers)).WithName("AcceptReferral");
        referrals.MapPost("/{id:guid}/decline", DeclineReferral).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers)).WithName("DeclineReferral");
        referrals.MapPost("/{id:guid}/resolve", ResolveReferral).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("ResolveReferral").WithSummary("Resolve, optionally taking the referred action within YOUR authority");

        var matrix = api.MapGroup("/authority-matrix").WithTags("Cases");
        matrix.MapGet("/", GetAuthorityMatrix).RequireAuthorization(p => p.RequireRole(CaseAccess.Readers)).WithName("GetAuthorityMatrix");
        matrix.MapPut("/", PutAuthorityMatrix).RequireAuthorization(p => p.RequireRole(CaseAccess.MatrixEditors))
            .WithName("PutAuthorityMatrix").WithSummary("Replace the authority matrix (managers and administrators; send the version you read)");
        return api;
    }

    public static async Task<Created<CaseView>> CreateCase(OpenCaseRequest request, OpenCase open, CaseDirectory directory, CancellationToken cancellationToken)
    {
        var @case = await open.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{@case.Id}", await directory.GetAsync(@case.Id, cancellationToken));
    }

    public static async Task<Ok<List<CaseView>>> ListCases(CaseDirectory directory, string? queue, CaseStatus? status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(queue, status, cancellationToken));

    public static async Task<Ok<CaseDetailView>> GetCase(Guid id, CaseDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetDetailAsync(id, cancellationToken));

    public static async Task<Ok<CaseView>> UpdateCase(Guid id, UpdateCaseRequest request, EditCase edit, CaseDirectory directory, CancellationToken cancellationToken)
    {
        await edit.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Ok(await directory.GetAsync(id, cancellationToken));
    }

    public static async Task<Ok<CaseView>> ChangeStatus(Guid id, ChangeCaseStatusRequest request, ChangeCaseStatus change, CaseDirectory directory,
        CancellationToken cancellationToken)
    {
        await change.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Ok(await directory.GetAsync(id, cancellationToken));
    }

    public static async Task<Results<Created<CaseActionView>, ProblemHttpResult>> TakeAction(Guid id, TakeActionRequest request, TakeCaseAction take,
        CaseDirectory directory, CancellationToken cancellationToken)
    {
        var outcome = await take.ExecuteAsync(id, request, null, cancellationToken);
        var names = await directory.NamesAsync([outcome.Attempt.StaffId], cancellationToken);
        return outcome.Attempt.Allowed
            ? TypedResults.Created($"/api/v1/cases/{id}", CaseDirectory.ActionView(outcome.Attempt, names))
            : BeyondAuthority(outcome, $"/api/v1/cases/{id}/referrals");
    }

    /// <summary>403 naming the authority needed (grade and limit), with the referral to make filled in.</summary>
    public static ProblemHttpResult BeyondAuthority(ActionOutcome outcome, string referralHref)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Type = ProblemResponses.TypeFor(403),
            Title = "Beyond your authority",
            Detail = outcome.Attempt.Decision,
            Extensions =
            {
                ["code"] = "authority.exceeded",
                ["actionId"] = outcome.Attempt.Id,
                ["action"] = outcome.Attempt.Action,
                ["amountPence"] = outcome.Attempt.AmountPence,
                ["yourGrade"] = outcome.Attempt.StaffGrade,
                ["gradeNeeded"] = outcome.Attempt.GradeNeeded,
                ["limitPence"] = outcome.Attempt.LimitPence,
                ["referral"] = new { href = referralHref, suggested = outcome.Referral },
            },
        };
        return TypedResults.Problem(problem);
    }

    public static async Task<Created<ReferralView>> Refer(Guid id, ReferCaseRequest request, ReferCase refer, ReferralDirectory referrals,
        CancellationToken cancellationToken)
    {
        var referral = await refer.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/referrals/{referral.Id}", (await referrals.ViewsAsync([referral], cancellationToken))[0]);
    }

    public static async Task<Created<CustomerUpdateView>> RecordUpdate(Guid id, CustomerUpdateRequest request, RecordCustomerUpdate record,
        CaseDirectory directory, CancellationToken cancellationToken)
    {
        var u = await record.ExecuteAsync(id, request, cancellationToken);
        var names = await directory.NamesAsync([u.StaffId], cancellationToken);
        return TypedResults.Created($"/api/v1/cases/{id}", new CustomerUpdateView(u.Id, u.CaseId, u.StaffId, CaseDirectory.Name(names, u.StaffId),
            u.Channel, u.Message, u.ConstraintKind, u.ConstraintReason, CaseAccess.Instant(u.At)));
    }

    public static async Task<Ok<List<ReferralView>>> ListReferrals(ReferralDirectory referrals, string? queue, bool? includeClosed, CancellationToken cancellationToken) =>
        TypedResults.Ok(await referrals.ListAsync(queue, includeClosed ?? false, cancellationToken));

    public static async Task<Ok<ReferralView>> GetReferral(Guid id, ReferralDirectory referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(await referrals.GetAsync(id, cancellationToken));

    public static async Task<Ok<ReferralView>> AcceptReferral(Guid id, AcceptReferralRequest request, HandleReferral handle, ReferralDirectory referrals,
        CancellationToken cancellationToken) =>
        TypedResults.Ok((await referrals.ViewsAsync([await handle.AcceptAsync(id, request.Version, cancellationToken)], cancellationToken))[0]);

    public static async Task<Ok<ReferralView>> DeclineReferral(Guid id, DeclineReferralRequest request, HandleReferral handle, ReferralDirectory referrals,
        CancellationToken cancellationToken) =>
        TypedResults.Ok((await referrals.ViewsAsync([await handle.DeclineAsync(id, request, cancellationToken)], cancellationToken))[0]);

    public static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> ResolveReferral(Guid id, ResolveReferralRequest request, HandleReferral handle,
        ReferralDirectory referrals, CancellationToken cancellationToken)
    {
        var (referral, action) = await handle.ResolveAsync(id, request, cancellationToken);
        return action is { Attempt.Allowed: false }
            ? BeyondAuthority(action, $"/api/v1/cases/{referral.CaseId}/referrals")
            : TypedResults.Ok((await referrals.ViewsAsync([referral], cancellationToken))[0]);
    }

    public static async Task<Ok<AuthorityMatrixView>> GetAuthorityMatrix(AuthorityMatrixStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetAsync(cancellationToken));

    public static async Task<Ok<AuthorityMatrixView>> PutAuthorityMatrix(PutAuthorityMatrixRequest request, AuthorityMatrixStore store, CurrentStaff me,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.PutAsync(request.Version, request.Rules, me.Id, cancellationToken));
}
