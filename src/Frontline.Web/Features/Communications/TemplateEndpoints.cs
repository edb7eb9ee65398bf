using Frontline.Domain.Communications;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Quality;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Communications;

/// <summary>API of message templates: write (with the stored language check), approve, and fill in for a customer.</summary>
public static class TemplateEndpoints
{
    public static RouteGroupBuilder MapTemplateApi(this RouteGroupBuilder comms)
    {
        var templates = comms.MapGroup("/templates");
        templates.MapGet("/", ListAsync).WithName("ListTemplates").WithSummary("Templates, paged (q, kind)");
        templates.MapPost("/", CreateAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("CreateTemplate")
            .WithSummary("Write a template as draft version 1 (400 for unknown placeholders or unbalanced tags)");
        templates.MapGet("/{id:guid}", GetAsync).WithName("GetTemplate");
        templates.MapPut("/{id:guid}/draft", SaveDraftAsync).RequireAuthorization(CommunicationsAccess.Draft).WithName("SaveTemplateDraft");
        templates.MapPost("/{id:guid}/approve", ApproveAsync).RequireAuthorization(CommunicationsAccess.Agree).WithName("ApproveTemplate")
            .WithSummary("Approve the draft (409 while a variant fails a blocking check)");
        templates.MapPost("/{id:guid}/render", RenderAsync).WithName("UseTemplate")
            .WithSummary("Fill the approved version for a customer: the variant follows their recorded needs");
        return comms;
    }

    public static async Task<Ok<PagedResult<TemplateSummary>>> ListAsync(int? page, int? pageSize, string? q, MessageKind? kind, TemplateDirectory directory,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(ListQuery.From(page, pageSize, null, q), kind, cancellationToken));

    public static async Task<Created<TemplateView>> CreateAsync(TemplateRequest request, WriteTemplate write, CancellationToken cancellationToken)
    {
        var template = await write.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/communications/templates/{template.Id}", TemplateDirectory.View(template, template.Latest));
    }

    public static async Task<Ok<TemplateView>> GetAsync(Guid id, int? version, TemplateDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, version, cancellationToken));

    public static async Task<Ok<TemplateView>> SaveDraftAsync(Guid id, TemplateRequest request, HttpRequest http, WriteTemplate write,
        CancellationToken cancellationToken)
    {
        var (template, version) = await write.SaveDraftAsync(id, request with { Revision = ComplaintsEndpoints.VersionOf(request.Revision, http) }, cancellationToken);
        return TypedResults.Ok(TemplateDirectory.View(template, version));
    }

    public static async Task<Ok<TemplateView>> ApproveAsync(Guid id, ApproveTemplateRequest? request, HttpRequest http, ApproveTemplate approve,
        CancellationToken cancellationToken)
    {
        var (template, version) = await approve.ExecuteAsync(id, ComplaintsEndpoints.VersionOf(request?.Revision, http), cancellationToken);
        return TypedResults.Ok(TemplateDirectory.View(template, version));
    }

    public static async Task<Ok<RenderedMessage>> RenderAsync(Guid id, RenderTemplateRequest request, UseTemplate use, CancellationToken cancellationToken) =>
        TypedResults.Ok(await use.ExecuteAsync(id, request, cancellationToken));
}
