using Frontline.Domain.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Compliance;

/// <summary>API of the requirements register, risk and breaches (under <c>/api/v1/compliance</c>).</summary>
public static class ComplianceEndpoints
{
    public static RouteGroupBuilder MapComplianceApi(this RouteGroupBuilder api)
    {
        var compliance = api.MapGroup("/compliance").WithTags("Compliance");
        var manage = compliance.MapGroup("").RequireAuthorization(ComplianceAccess.ManageRegister);
        compliance.MapGet("/requirements", List).WithName("ComplianceRequirements")
            .WithSummary("The register (q, type, status, sort=citation|title|review|-risk); the starter register is there in a new database");
        manage.MapPost("/requirements", Create).WithName("ComplianceCreateRequirement").WithSummary("Add a requirement with its controls and measures");
        compliance.MapGet("/requirements/{id:guid}", Get).WithName("ComplianceRequirement").WithSummary("A requirement with its controls (each with its link), measures and risk");
        manage.MapPut("/requirements/{id:guid}", Update).WithName("ComplianceUpdateRequirement").WithSummary("Change a requirement (send version; stale → 409)");
        manage.MapPost("/requirements/{id:guid}/risk", Assess).WithName("ComplianceAssessRisk")
            .WithSummary("Record a dated risk assessment: inherent and residual likelihood × impact (1–5) with reasoning");
        compliance.MapGet("/requirements/{id:guid}/risk-history", RiskHistory).WithName("ComplianceRiskHistory").WithSummary("Every dated risk assessment, newest first");
        manage.MapGet("/requirements/{id:guid}/compliance", Compliance).WithName("ComplianceRequirementStatus")
            .WithSummary("compliant / at-risk / non-compliant for a period (from, to; default this quarter) with the figures and the failing records");
        manage.MapGet("/status", Status).WithName("ComplianceRegisterStatus").WithSummary("Every measured requirement's status for a period");
        compliance.MapGet("/risk/heat-map", HeatMap).WithName("ComplianceHeatMap")
            .WithSummary("5×5 grid of residual (basis=inherent for before controls) risk, and the register ordered by residual risk");

        var breaches = compliance.MapGroup("/breaches").WithTags("Compliance: breaches");
        breaches.MapGet("", Breaches).WithName("ComplianceBreaches").WithSummary("Breaches you may see (status, route, requirementId), newest first");
        breaches.MapPost("", Record).RequireAuthorization(ComplianceAccess.RecordBreaches).WithName("ComplianceRecordBreach")
            .WithSummary("Record a breach; a personal-data breach gets icoNotificationDueAt = detectedAt + 72 h");
        breaches.MapGet("/{id:guid}", Breach).WithName("ComplianceBreach")
            .WithSummary("A breach; once routed to disciplinary or grievance only the people concerned, their line managers, managers and compliance officers see it (404)");
        breaches.MapPatch("/{id:guid}", UpdateBreach).WithName("ComplianceUpdateBreach")
            .WithSummary("Customers affected and put right, root cause, FCA / ICO notification (send version)");
        breaches.MapPost("/{id:guid}/decision", Decide).WithName("ComplianceDecideBreach").WithSummary("Confirm a suspected breach, or dismiss it with a reason");
        breaches.MapPost("/{id:guid}/route", Route).WithName("ComplianceRouteBreach").WithSummary("Deal with it by coaching, disciplinary or grievance");
        breaches.MapPost("/{id:guid}/stages", Stage).WithName("ComplianceRecordStage")
            .WithSummary("Record the next formal stage (ACAS order: investigation, written notice, meeting, decision, appeal)");
        breaches.MapPost("/{id:guid}/actions", RaiseAction).WithName("ComplianceBreachAction").WithSummary("Raise a remediation action in the improvement-action register");
        breaches.MapPost("/{id:guid}/close", Close).WithName("ComplianceCloseBreach");
        breaches.MapGet("/{id:guid}/notice.pdf", Notice).WithName("ComplianceWrittenNoticePdf").WithSummary("The written notice to the employee, as PDF");
        return api;
    }

    public static async Task<Ok<RequirementList>> List(string? q, string? type, string? status, string? sort, RequirementDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ListAsync(q, ComplianceText.Parse<RequirementType>(type, "type"),
            ComplianceText.Parse<RequirementStatus>(status, "status"), sort, cancellationToken));

    public static async Task<Created<RequirementView>> Create(RequirementRequest request, SaveRequirement save, RequirementDirectory directory,
        CancellationToken cancellationToken)
    {
        var requirement = await save.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/compliance/requirements/{requirement.Id}", await directory.ViewAsync(requirement, cancellationToken));
    }

    public static async Task<Ok<RequirementView>> Get(Guid id, RequirementDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<RequirementView>> Update(Guid id, RequirementRequest request, SaveRequirement save, RequirementDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ViewAsync(await save.UpdateAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<RequirementView>> Assess(Guid id, RiskRequest request, AssessRisk assess, RequirementDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ViewAsync(await assess.ExecuteAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<List<RiskChangeView>>> RiskHistory(Guid id, RequirementDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.RiskHistoryAsync(id, cancellationToken));

    public static async Task<Ok<RequirementCompliance>> Compliance(Guid id, DateOnly? from, DateOnly? to, RegisterStatus status,
        CancellationToken cancellationToken) => TypedResults.Ok(await status.ForRequirementAsync(id, from, to, cancellationToken));

    public static async Task<Ok<List<RequirementCompliance>>> Status(DateOnly? from, DateOnly? to, RegisterStatus status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await status.ForPeriodAsync(from, to, cancellationToken));

    public static async Task<Ok<HeatMapView>> HeatMap(string? basis, RequirementDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.HeatMapAsync(basis == "inherent", cancellationToken));

    public static async Task<Ok<List<BreachSummary>>> Breaches(string? status, string? route, Guid? requirementId, BreachDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ListAsync(ComplianceText.Parse<BreachStatus>(status, "status"),
            ComplianceText.Parse<BreachRoute>(route, "route"), requirementId, cancellationToken));

    public static async Task<Created<BreachView>> Record(RecordBreachRequest request, RecordBreach record, BreachDirectory directory,
        CancellationToken cancellationToken)
    {
        var breach = await record.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/compliance/breaches/{breach.Id}", await directory.ViewAsync(breach, cancellationToken));
    }

    public static async Task<Ok<BreachView>> Breach(Guid id, BreachDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<BreachView>> UpdateBreach(Guid id, UpdateBreachRequest request, HandleBreach handle, BreachDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ViewAsync(await handle.UpdateAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<BreachView>> Decide(Guid id, DecideBreachRequest request, HandleBreach handle, BreachDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ViewAsync(await handle.DecideAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<BreachView>> Route(Guid id, RouteBreachRequest request, HandleBreach handle, BreachDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ViewAsync(await handle.RouteAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<BreachView>> Stage(Guid id, StageRequest request, HandleBreach handle, BreachDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.ViewAsync(await handle.RecordStageAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Created<BreachView>> RaiseAction(Guid id, BreachActionRequest request, HandleBreach handle, BreachDirectory directory,
        CancellationToken cancellationToken)
    {
        var actionId = await handle.RaiseActionAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/actions/{actionId}", await directory.GetAsync(id, cancellationToken));
    }

    public static async Task<Ok<BreachView>> Close(Guid id, HandleBreach handle, BreachDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await handle.CloseAsync(id, cancellationToken), cancellationToken));

    public static async Task<FileContentHttpResult> Notice(Guid id, BreachDirectory directory, CancellationToken cancellationToken)
    {
        var breach = await directory.GetAsync(id, cancellationToken);
        return TypedResults.File(WrittenNoticePdf.Render(breach), "application/pdf", $"written-notice-{id.ToString()[..8]}.pdf");
    }
}
