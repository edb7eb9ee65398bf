using Frontline.Domain.Quality.Audits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>API of audits of working practices (CC33 1.2, 4.2).</summary>
public static class AuditsEndpoints
{
    public static RouteGroupBuilder MapAuditsApi(this RouteGroupBuilder quality)
    {
        var read = quality.MapGroup("").RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Readers)).WithTags("Quality: audits");
        var write = quality.MapGroup("").RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Analysts)).WithTags("Quality: audits");
        read.MapGet("/audit-programme", Programme).WithName("QualityAuditProgramme").WithSummary("Planned audits, next due first (overdue=true for the overdue ones)");
        write.MapPost("/audit-programme", Plan).WithName("QualityPlanAudit").WithSummary("Add a practice to the audit programme");
        write.MapPut("/audit-programme/{id:guid}", Replan).WithName("QualityUpdatePlannedAudit").WithSummary("Change a planned audit (send version)");
        read.MapGet("/audit-checklists", Checklists).WithName("QualityAuditChecklists");
        write.MapPost("/audit-checklists", CreateChecklist).WithName("QualityCreateAuditChecklist");
        read.MapGet("/audits", List).WithName("QualityListAudits").WithSummary("Audits, newest first (status=in-progress|closed)");
        write.MapPost("/audits", Start).WithName("QualityStartAudit").WithSummary("Start an audit from a checklist or a planned audit");
        read.MapGet("/audits/{id:guid}", Get).WithName("QualityGetAudit");
        write.MapPut("/audits/{id:guid}/items/{itemId:guid}", RecordFinding).WithName("QualityRecordAuditFinding")
            .WithSummary("Evidence and finding of an item; minor and major findings raise an improvement action");
        write.MapPost("/audits/{id:guid}/close", Close).WithName("QualityCloseAudit").WithSummary("Write the report and close the audit");
        read.MapGet("/audits/{id:guid}/report.pdf", Report).WithName("QualityAuditReportPdf").WithSummary("The audit report as PDF");
        return quality;
    }

    public static async Task<Ok<List<PlannedAuditView>>> Programme(bool? overdue, AuditDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ProgrammeAsync(overdue == true, cancellationToken));

    public static async Task<Created<PlannedAuditView>> Plan(PlanAuditRequest request, PlanAudit plan, AuditDirectory directory, CancellationToken cancellationToken)
    {
        var planned = await plan.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/audit-programme/{planned.Id}", await directory.PlannedAsync(planned.Id, cancellationToken));
    }

    public static async Task<Ok<PlannedAuditView>> Replan(Guid id, PlanAuditRequest request, PlanAudit plan, AuditDirectory directory,
        CancellationToken cancellationToken)
    {
        var planned = await plan.UpdateAsync(id, request, cancellationToken);
        return TypedResults.Ok(await directory.PlannedAsync(planned.Id, cancellationToken));
    }

    public static async Task<Ok<List<ChecklistView>>> Checklists(AuditDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ChecklistsAsync(cancellationToken));

    public static async Task<Created<ChecklistView>> CreateChecklist(ChecklistRequest request, SaveChecklist save, CancellationToken cancellationToken)
    {
        var checklist = await save.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/audit-checklists/{checklist.Id}", AuditDirectory.View(checklist));
    }

    public static async Task<Ok<List<AuditSummary>>> List(AuditStatus? status, AuditDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.AuditsAsync(status, 500, cancellationToken));

    public static async Task<Created<AuditView>> Start(StartAuditRequest request, StartAudit start, AuditDirectory directory, CancellationToken cancellationToken)
    {
        var audit = await start.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/audits/{audit.Id}", await directory.ViewAsync(audit, cancellationToken));
    }

    public static async Task<Ok<AuditView>> Get(Guid id, AuditDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<AuditView>> RecordFinding(Guid id, Guid itemId, RecordFindingRequest request, RecordAuditFinding record, AuditDirectory directory,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await record.ExecuteAsync(id, itemId, request, cancellationToken), cancellationToken));

    public static async Task<Ok<AuditView>> Close(Guid id, CloseAuditRequest request, CloseAudit close, AuditDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ViewAsync(await close.ExecuteAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<FileContentHttpResult> Report(Guid id, AuditDirectory directory, CancellationToken cancellationToken)
    {
        var audit = await directory.GetAsync(id, cancellationToken);
        return TypedResults.File(AuditReportPdf.Render(audit), "application/pdf", $"audit-{audit.StartedAt:yyyy-MM-dd}-{id.ToString()[..8]}.pdf");
    }
}
