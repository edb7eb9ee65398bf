using Frontline.Domain.People.Development;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.People.Development;

/// <summary>API of knowledge checks, briefings and effectiveness (issue 12), mapped with the rest of the development area.</summary>
public static class DevelopmentMoreEndpoints
{
    public static RouteGroupBuilder MapKnowledgeBriefingEffectivenessEndpoints(this RouteGroupBuilder people)
    {
        people.MapGet("/knowledge-checks", ListChecks).WithName("ListKnowledgeChecks").WithSummary("Active knowledge checks (no questions, no answers)");
        people.MapPost("/knowledge-checks", CreateCheck).RequireAuthorization(DevelopmentAccess.WriteKnowledgeChecks).WithName("CreateKnowledgeCheck")
            .WithSummary("Write a check: title, about, skill, pass mark (%), single- and multiple-choice questions (trainers and managers)");
        people.MapGet("/knowledge-checks/{id:guid}", GetCheck).RequireAuthorization(DevelopmentAccess.WriteKnowledgeChecks).WithName("GetKnowledgeCheck")
            .WithSummary("The check with its answer key (trainers and managers only)");
        people.MapPost("/knowledge-checks/{id:guid}/retire", RetireCheck).RequireAuthorization(DevelopmentAccess.WriteKnowledgeChecks).WithName("RetireKnowledgeCheck");
        people.MapPost("/knowledge-checks/{id:guid}/attempts", StartAttempt).WithName("StartKnowledgeCheckAttempt")
            .WithSummary("Start an attempt: the questions and options shuffled, never the answers");
        people.MapGet("/knowledge-check-attempts/{id:guid}", GetAttempt).WithName("GetKnowledgeCheckAttempt")
            .WithSummary("An attempt (the colleague and their supporters; others 404); the marking only once submitted");
        people.MapPost("/knowledge-check-attempts/{id:guid}/submit", SubmitAttempt).WithName("SubmitKnowledgeCheckAttempt")
            .WithSummary("Submit answers once ([{questionId, options:[numbers]}]); a fail is evidence of a need in the check's skill");
        people.MapGet("/{staffId:guid}/knowledge-check-attempts", PersonAttempts).WithName("ListKnowledgeCheckAttempts");

        people.MapGet("/briefings", ListBriefings).WithName("ListBriefings");
        people.MapPost("/briefings", PlanBriefing).WithName("PlanBriefing")
            .WithSummary("Brief a team you lead or colleagues you support on requirements or procedures (CC32 3.2)");
        people.MapGet("/briefings/{id:guid}", GetBriefing).WithName("GetBriefing");
        people.MapPost("/briefings/{id:guid}/attendance", RecordAttendance).WithName("RecordBriefingAttendance")
            .WithSummary("Who attended (the presenter, the author, the team's leader; send the version you read, stale → 409)");
        people.MapPost("/briefings/{id:guid}/acknowledge", AcknowledgeBriefing).WithName("AcknowledgeBriefing")
            .WithSummary("A colleague in the audience acknowledges they understood, once");

        people.MapGet("/{staffId:guid}/development-plans/{id:guid}/effectiveness", PlanEffectiveness).WithName("PlanEffectiveness")
            .WithSummary("The plan's measures before it started and after its activities ended, the change, observations and whether each objective was met");
        people.MapGet("/development/effectiveness", Report).WithName("EffectivenessReport")
            .WithSummary("Plans in your sight (?teamId, staffId, method) with their headline before/after, and which methods produced improvement for whom");
        return people;
    }

    public static async Task<Ok<List<KnowledgeCheckSummary>>> ListChecks(bool? includeRetired, KnowledgeChecks checks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await checks.ListAsync(includeRetired ?? false, cancellationToken));

    public static async Task<Created<KnowledgeCheckView>> CreateCheck(KnowledgeCheckRequest request, KnowledgeChecks checks, CancellationToken cancellationToken)
    {
        var view = await checks.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/people/knowledge-checks/{view.Id}", view);
    }

    public static async Task<Ok<KnowledgeCheckView>> GetCheck(Guid id, KnowledgeChecks checks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await checks.GetForAuthorAsync(id, cancellationToken));

    public static async Task<Ok<KnowledgeCheckView>> RetireCheck(Guid id, VersionRequest request, KnowledgeChecks checks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await checks.RetireAsync(id, request.Version, cancellationToken));

    public static async Task<Created<AttemptView>> StartAttempt(Guid id, StartAttemptRequest? request, TakeKnowledgeCheck take, CancellationToken cancellationToken)
    {
        var view = await take.StartAsync(id, request ?? new StartAttemptRequest(null), cancellationToken);
        return TypedResults.Created($"/api/v1/people/knowledge-check-attempts/{view.Id}", view);
    }

    public static async Task<Ok<AttemptView>> GetAttempt(Guid id, TakeKnowledgeCheck take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await take.GetAsync(id, cancellationToken));

    public static async Task<Ok<AttemptView>> SubmitAttempt(Guid id, SubmitAttemptRequest request, TakeKnowledgeCheck take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await take.SubmitAsync(id, request, cancellationToken));

    public static async Task<Ok<List<AttemptSummary>>> PersonAttempts(Guid staffId, TakeKnowledgeCheck take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await take.HistoryAsync(staffId, cancellationToken));

    public static async Task<Ok<List<BriefingSummary>>> ListBriefings(Briefings briefings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await briefings.ListAsync(cancellationToken));

    public static async Task<Created<BriefingView>> PlanBriefing(BriefingRequest request, Briefings briefings, CancellationToken cancellationToken)
    {
        var view = await briefings.PlanAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/people/briefings/{view.Id}", view);
    }

    public static async Task<Ok<BriefingView>> GetBriefing(Guid id, Briefings briefings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await briefings.GetAsync(id, cancellationToken));

    public static async Task<Ok<BriefingView>> RecordAttendance(Guid id, AttendanceRequest request, Briefings briefings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await briefings.RecordAttendanceAsync(id, request, cancellationToken));

    public static async Task<Ok<BriefingView>> AcknowledgeBriefing(Guid id, AcknowledgeBriefingRequest? request, Briefings briefings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await briefings.AcknowledgeAsync(id, request ?? new AcknowledgeBriefingRequest(null), cancellationToken));

    public static async Task<Ok<PlanEffectiveness>> PlanEffectiveness(Guid staffId, Guid id, int? windowDays, int? minObservations, EffectivenessReport report,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await report.ForPlanAsync(staffId, id, new EffectivenessQuery(windowDays, minObservations), cancellationToken));

    public static async Task<Ok<EffectivenessReportView>> Report(Guid? teamId, Guid? staffId, DevelopmentMethod? method, int? windowDays, int? minObservations,
        EffectivenessReport report, CancellationToken cancellationToken) =>
        TypedResults.Ok(await report.ReportAsync(new EffectivenessQuery(windowDays, minObservations, teamId, staffId, method), cancellationToken));
}

/// <summary>A change that only needs the version the caller read.</summary>
public sealed record VersionRequest(int? Version);
