using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Quality.Sampling;

/// <summary>API of spot-check sampling (CC32 2.1, CCTC9 3.1). The plan and draw contracts are from issue 8: keep stable.</summary>
public static class SamplingEndpoints
{
    public static RouteGroupBuilder MapSamplingApi(this RouteGroupBuilder quality)
    {
        var read = quality.MapGroup("/sampling-plans").RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Readers)).WithTags("Quality: sampling");
        var write = quality.MapGroup("/sampling-plans").RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Analysts)).WithTags("Quality: sampling");
        read.MapGet("/", List).WithName("QualityListSamplingPlans");
        write.MapPost("/", Create).WithName("QualityCreateSamplingPlan").WithSummary("A spot-check plan: who, how many per person per period, which contacts, evaluators");
        read.MapGet("/{id:guid}", Get).WithName("QualityGetSamplingPlan");
        write.MapPost("/{id:guid}/draws", Draw).WithName("QualityDrawSample")
            .WithSummary("Draw the period's sample reproducibly (seed recorded) and assign it to the evaluators");
        write.MapPost("/scheduled-draws", RunScheduled).WithName("QualityRunScheduledDraws")
            .WithSummary("Run the automatic draw now (as its daily job does): every active plan draws the period just ended, once");
        read.MapGet("/{id:guid}/draws/{drawId:guid}", GetDraw).WithName("QualityGetDraw");
        read.MapGet("/{id:guid}/coverage", Coverage).WithName("QualitySamplingCoverage").WithSummary("Assigned, done and overdue, per evaluator and per person");
        quality.MapGet("/assignments/mine", Queue).RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Readers)).WithTags("Quality: sampling")
            .WithName("QualityMyAssignments").WithSummary("The caller's evaluation queue (done=true to include completed)");
        return quality;
    }

    public static async Task<Ok<List<PlanView>>> List(SamplingDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.PlansAsync(cancellationToken));

    public static async Task<Created<PlanView>> Create(CreatePlanRequest request, CreateSamplingPlan create, CancellationToken cancellationToken)
    {
        var plan = await create.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/sampling-plans/{plan.Id}", SamplingDirectory.View(plan));
    }

    public static async Task<Ok<PlanView>> Get(Guid id, SamplingDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.PlanAsync(id, cancellationToken));

    public static async Task<Created<DrawView>> Draw(Guid id, DrawRequest request, DrawSample draw, SamplingDirectory directory, CurrentStaff me,
        CancellationToken cancellationToken)
    {
        var drawn = await draw.ExecuteAsync(id, request, me.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/sampling-plans/{id}/draws/{drawn.Id}", await directory.DrawAsync(drawn, cancellationToken));
    }

    public static async Task<Ok<ScheduledDrawsView>> RunScheduled(ScheduledSamplingDraws draws, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ScheduledDrawsView(await draws.RunAsync(cancellationToken)));

    public static async Task<Ok<DrawView>> GetDraw(Guid id, Guid drawId, SamplingDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.DrawAsync(id, drawId, cancellationToken));

    public static async Task<Ok<CoverageView>> Coverage(Guid id, SamplingDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.CoverageAsync(id, cancellationToken));

    public static async Task<Ok<List<AssignmentView>>> Queue(bool? done, SamplingDirectory directory, CurrentStaff me, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.QueueAsync(me.Id, done == true, cancellationToken));
}
