using System.Globalization;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Complaints;

/// <summary>API of the Complaints module (contract in issue 4: keep stable).</summary>
public static class ComplaintsEndpoints
{
    public static readonly string[] Readers =
        [Roles.Agent, Roles.TeamLeader, Roles.ComplaintsHandler, Roles.Manager, Roles.ComplianceOfficer, Roles.QualityAnalyst, Roles.Administrator];

    public static readonly string[] Recorders = [Roles.Agent, Roles.TeamLeader, Roles.ComplaintsHandler, Roles.Manager];

    public static readonly string[] Handlers = [Roles.ComplaintsHandler, Roles.Manager];

    public static readonly string[] Analysts = [Roles.ComplaintsHandler, Roles.Manager, Roles.ComplianceOfficer, Roles.TeamLeader, Roles.Administrator];

    public static readonly string[] SettingsEditors = [Roles.Manager, Roles.ComplianceOfficer, Roles.Administrator];

    public static RouteGroupBuilder MapComplaintsApi(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/complaints").WithTags("Complaints");
        complaints.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(Recorders)).WithName("CreateComplaint")
            .WithSummary("Record a complaint; answers its clocks");
        complaints.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Readers)).WithName("ListComplaints")
            .WithSummary("The complaints queue in your scope, nearest clock first");
        complaints.MapGet("/alerts", Alerts).RequireAuthorization(p => p.RequireRole(Readers)).WithName("ComplaintAlerts")
            .WithSummary("Complaints in your scope approaching or past a clock (team leaders: their team's)");
        complaints.MapGet("/{id:guid}", Get).RequireAuthorization(p => p.RequireRole(Readers)).WithName("GetComplaint");
        complaints.MapPatch("/{id:guid}", Update).RequireAuthorization(p => p.RequireRole(Handlers)).WithName("UpdateComplaint")
            .WithSummary("Edit details and findings (send version or If-Match)");
        complaints.MapPost("/{id:guid}/lifecycle", Move).RequireAuthorization(p => p.RequireRole(Handlers)).WithName("MoveComplaint");
        complaints.MapPost("/{id:guid}/options", AddOption).RequireAuthorization(p => p.RequireRole(Handlers)).WithName("AddComplaintOption");
        complaints.MapPost("/{id:guid}/options/{optionId:guid}/agree", AgreeOption).RequireAuthorization(p => p.RequireRole(Handlers))
            .WithName("AgreeComplaintOption");
        complaints.MapPost("/{id:guid}/redress", AddRedress).RequireAuthorization(p => p.RequireRole(Handlers)).WithName("AddComplaintRedress");
        complaints.MapPost("/{id:guid}/referrals/{referralId:guid}/respond", RespondToReferral).RequireAuthorization(p => p.RequireRole(Handlers))
            .WithName("RespondToComplaintReferral");
        complaints.MapPost("/{id:guid}/remedial-actions", AddRemedialAction).RequireAuthorization(p => p.RequireRole(Handlers))
            .WithName("AddRemedialAction");
        complaints.MapPatch("/{id:guid}/remedial-actions/{actionId:guid}", CompleteRemedialAction).RequireAuthorization(p => p.RequireRole(Handlers))
            .WithName("CompleteRemedialAction");
        complaints.MapPost("/{id:guid}/letters", IssueLetter).RequireAuthorization(p => p.RequireRole(Handlers)).WithName("IssueComplaintLetter");
        complaints.MapGet("/{id:guid}/letters/{letterId:guid}", DownloadLetter).RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("DownloadComplaintLetter");
        complaints.MapGet("/return", Return).RequireAuthorization(p => p.RequireRole(Analysts)).WithName("ComplaintsReturn")
            .WithSummary("The FCA complaints return for a period, as CSV");
        complaints.MapGet("/analysis", Analysis).RequireAuthorization(p => p.RequireRole(Analysts)).WithName("ComplaintsAnalysis");
        complaints.MapGet("/analysis/complaints", DrillDown).RequireAuthorization(p => p.RequireRole(Analysts)).WithName("ComplaintsDrillDown")
            .WithSummary("The complaints behind a figure (format=json|csv|xlsx)");
        complaints.MapGet("/taxonomies", Taxonomies).RequireAuthorization(p => p.RequireRole(Readers)).WithName("ComplaintTaxonomies");
        complaints.MapPost("/taxonomies", AddTaxonomyEntry).RequireAuthorization(p => p.RequireRole(SettingsEditors)).WithName("AddComplaintTaxonomyEntry");
        complaints.MapGet("/letter-templates/{kind}", GetTemplate).RequireAuthorization(p => p.RequireRole(Handlers.Concat(SettingsEditors).ToArray()))
            .WithName("GetComplaintLetterTemplate");
        complaints.MapPut("/letter-templates/{kind}", PutTemplate).RequireAuthorization(p => p.RequireRole(SettingsEditors))
            .WithName("UpdateComplaintLetterTemplate");
        complaints.MapPost("/imports/cfpb", StartImport).RequireAuthorization(p => p.RequireRole(SettingsEditors)).WithName("StartCfpbImport")
            .WithSummary("Import the historical CFPB sample in the background (limit= for a part)");
        complaints.MapGet("/imports/{importId:guid}", ImportStatus).RequireAuthorization(p => p.RequireRole(SettingsEditors)).WithName("CfpbImportProgress");
        complaints.MapPut("/settings", PutSettings).RequireAuthorization(p => p.RequireRole(SettingsEditors)).WithName("UpdateComplaintSettings");

        var packs = api.MapGroup("/rule-packs").WithTags("Complaints");
        packs.MapGet("/", ListRulePacks).WithName("ListRulePacks");
        packs.MapGet("/{id}/clocks", Clocks).WithName("RulePackClocks")
            .WithSummary("The clocks of a hypothetical complaint received at any instant");
        packs.MapPut("/{id}/settings", PutRulePackSettings).RequireAuthorization(p => p.RequireRole(SettingsEditors)).WithName("UpdateRulePackSettings");
        return api;
    }

    /// <summary>The version an update is based on: the body field, else the If-Match header (<c>"3"</c>, <c>W/"3"</c> or <c>3</c>).</summary>
    public static int? VersionOf(int? body, HttpRequest request)
    {
        if (body is not null)
        {
            return body;
        }

        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return int.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    public static async Task<Created<ComplaintView>> Create(CreateComplaintRequest request, RecordComplaint record, ComplaintStore store,
        CancellationToken cancellationToken)
    {
        var complaint = await record.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/{complaint.Id}", await store.ToViewAsync(complaint, cancellationToken));
    }

    public static async Task<Ok<List<ComplaintSummary>>> List(ComplaintQueue queue, string? status, string? due, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queue.ListAsync(status, due, 500, cancellationToken));

    public static async Task<Ok<ComplaintAlerts>> Alerts(ComplaintQueue queue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queue.AlertsAsync(cancellationToken));

    public static async Task<Ok<ComplaintView>> Get(Guid id, ComplaintStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ToViewAsync(await store.LoadAsync(id, cancellationToken), cancellationToken));

    public static async Task<Ok<ComplaintView>> Update(Guid id, UpdateComplaintRequest request, HttpRequest http, UpdateComplaint update,
        ComplaintStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ToViewAsync(await update.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken), cancellationToken));

    public static async Task<Ok<ComplaintView>> Move(Guid id, LifecycleRequest request, HttpRequest http, MoveComplaint move, ComplaintStore store,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ToViewAsync(await move.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken), cancellationToken));

    public static async Task<Created<ComplaintView>> AddOption(Guid id, AddOptionRequest request, HttpRequest http, PutThingsRight work,
        ComplaintStore store, CancellationToken cancellationToken)
    {
        var (complaint, option) = await work.AddOptionAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/{id}#option-{option.Id}", await store.ToViewAsync(complaint, cancellationToken));
    }

    public static async Task<Ok<ComplaintView>> AgreeOption(Guid id, Guid optionId, AgreeOptionRequest request, HttpRequest http, PutThingsRight work,
        ComplaintStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ToViewAsync(await work.AgreeOptionAsync(id, optionId, request with { Version = VersionOf(request.Version, http) }, cancellationToken), cancellationToken));

    public static async Task<Created<ComplaintView>> AddRedress(Guid id, AddRedressRequest request, HttpRequest http, PutThingsRight work,
        ComplaintStore store, CancellationToken cancellationToken)
    {
        var (complaint, redress) = await work.AddRedressAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/{id}#redress-{redress.Id}", await store.ToViewAsync(complaint, cancellationToken));
    }

    public static async Task<Ok<ComplaintView>> RespondToReferral(Guid id, Guid referralId, HttpRequest http, PutThingsRight work, ComplaintStore store,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ToViewAsync(await work.RespondToReferralAsync(id, referralId, VersionOf(null, http), cancellationToken), cancellationToken));

    public static async Task<Created<ComplaintView>> AddRemedialAction(Guid id, AddRemedialActionRequest request, HttpRequest http, PutThingsRight work,
        ComplaintStore store, CancellationToken cancellationToken)
    {
        var (complaint, actionId) = await work.AddRemedialActionAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/{id}#action-{actionId}", await store.ToViewAsync(complaint, cancellationToken));
    }

    public static async Task<Ok<ComplaintView>> CompleteRemedialAction(Guid id, Guid actionId, CompleteRemedialActionRequest request, HttpRequest http,
        PutThingsRight work, ComplaintStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ToViewAsync(await work.CompleteRemedialActionAsync(id, actionId, request with { Version = VersionOf(request.Version, http) },
            cancellationToken), cancellationToken));

    public static async Task<Created<LetterIssued>> IssueLetter(Guid id, IssueLetterRequest request, HttpRequest http, IssueComplaintLetter issue,
        CancellationToken cancellationToken)
    {
        var (complaint, letter) = await issue.ExecuteAsync(id, request with { Version = VersionOf(request.Version, http) }, cancellationToken);
        var href = $"/api/v1/complaints/{id}/letters/{letter.Id}";
        return TypedResults.Created(href, new LetterIssued(letter.Id, ComplaintNames.Slug(letter.Kind), letter.IssuedAt, href, complaint.Version,
            ComplaintNames.Slug(complaint.Status)));
    }

    public static async Task<FileContentHttpResult> DownloadLetter(Guid id, Guid letterId, ComplaintStore store, CancellationToken cancellationToken)
    {
        var complaint = await store.LoadAsync(id, cancellationToken);
        var letter = complaint.Letters.SingleOrDefault(l => l.Id == letterId) ?? throw DomainException.NotFound("letter");
        return TypedResults.File(letter.Pdf, "application/pdf", $"{ComplaintNames.Slug(letter.Kind)}-{IssueComplaintLetter.Reference(complaint)}.pdf");
    }

    public static async Task<FileContentHttpResult> Return(string? periodStart, string? periodEnd, ComplaintsReturn report, CancellationToken cancellationToken)
    {
        var filter = AnalysisFilter.Parse(periodStart, periodEnd, null, null, null, null, "periodStart", "periodEnd");
        var csv = await report.BuildCsvAsync(filter.From, filter.To, cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv",
            $"complaints-return-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv");
    }

    public static async Task<Ok<AnalysisFigures>> Analysis(string? from, string? to, Guid? teamId, string? productGroup, string? cause, string? channel,
        ComplaintAnalysis analysis, CancellationToken cancellationToken) =>
        TypedResults.Ok(await analysis.ComputeAsync(AnalysisFilter.Parse(from, to, teamId, productGroup, cause, channel), cancellationToken));

    public static async Task<IResult> DrillDown(string? from, string? to, Guid? teamId, string? productGroup, string? cause, string? channel, string? figure,
        string? format, ComplaintAnalysis analysis, CancellationToken cancellationToken)
    {
        var filter = AnalysisFilter.Parse(from, to, teamId, productGroup, cause, channel);
        var rows = await analysis.DrillDownAsync(filter, figure ?? "received", format is "csv" or "xlsx" ? 100_000 : 1_000, cancellationToken);
        return format switch
        {
            "csv" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ComplaintExports.Csv(rows)), "text/csv", "complaints.csv"),
            "xlsx" => TypedResults.File(ComplaintExports.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "complaints.xlsx"),
            null or "json" => TypedResults.Ok(rows),
            _ => throw new DomainException("analysis.format", "Use json, csv or xlsx.", DomainErrorKind.Invalid, "format"),
        };
    }

    public static async Task<Ok<List<TaxonomyEntryView>>> Taxonomies(ComplaintReferenceData reference, CancellationToken cancellationToken) =>
        TypedResults.Ok((await reference.GetAsync(cancellationToken)).Taxonomy
            .Select(t => new TaxonomyEntryView(t.Id, t.Kind, t.Code, t.Label, t.Parent, t.Active)).ToList());

    public static async Task<Created<TaxonomyEntryView>> AddTaxonomyEntry(AddTaxonomyEntryRequest request, ComplaintSettingsEditor editor,
        CancellationToken cancellationToken)
    {
        var t = await editor.AddTaxonomyEntryAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/complaints/taxonomies#{t.Id}", new TaxonomyEntryView(t.Id, t.Kind, t.Code, t.Label, t.Parent, t.Active));
    }

    public static async Task<Ok<LetterTemplateView>> GetTemplate(string kind, ComplaintSettingsEditor editor, CancellationToken cancellationToken)
    {
        var letterKind = ParseKind(kind);
        return TypedResults.Ok(new LetterTemplateView(ComplaintNames.Slug(letterKind), await editor.TemplateAsync(letterKind, cancellationToken), []));
    }

    public static async Task<Ok<LetterTemplateView>> PutTemplate(string kind, UpdateLetterTemplateRequest request, ComplaintSettingsEditor editor,
        CancellationToken cancellationToken)
    {
        var letterKind = ParseKind(kind);
        var missing = await editor.UpdateTemplateAsync(letterKind, request.Body, cancellationToken);
        return TypedResults.Ok(new LetterTemplateView(ComplaintNames.Slug(letterKind), await editor.TemplateAsync(letterKind, cancellationToken), missing));
    }

    public static async Task<NoContent> PutSettings(UpdateComplaintSettingsRequest request, ComplaintSettingsEditor editor, CancellationToken cancellationToken)
    {
        await editor.UpdateSettingsAsync(request, cancellationToken);
        return TypedResults.NoContent();
    }

    public static Accepted<ImportView> StartImport(int? limit, CfpbImport import, CurrentStaff me)
    {
        if (limit is < 1)
        {
            throw new DomainException("import.limit", "The limit is at least 1.", DomainErrorKind.Invalid, "limit");
        }

        var progress = import.Start(me.Id, limit);
        return TypedResults.Accepted($"/api/v1/complaints/imports/{progress.Id}", ImportView.Of(progress));
    }

    public static Ok<ImportView> ImportStatus(Guid importId, CfpbImport import) =>
        TypedResults.Ok(ImportView.Of(import.Find(importId) ?? throw new DomainException("import.not-found", CfpbImport.UnknownImport, DomainErrorKind.NotFound)));

    public static async Task<Ok<List<RulePackView>>> ListRulePacks(ComplaintReferenceData reference, CancellationToken cancellationToken) =>
        TypedResults.Ok((await reference.GetAsync(cancellationToken)).Packs.Select(ComplaintClockService.ToView).ToList());

    public static async Task<Ok<ComplaintClocksView>> Clocks(string id, string? receivedAt, string? division, string? receiptOnNonBusinessDay,
        ComplaintClockService clocks, CancellationToken cancellationToken)
    {
        if (!DateTimeOffset.TryParse(receivedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            throw new DomainException("clocks.received-at", "Give receivedAt as an ISO-8601 instant, e.g. 2026-01-05T10:00:00Z.", DomainErrorKind.Invalid, "receivedAt");
        }

        // The clocks run up to a year and a half ahead (8 weeks, 35 business days, extensions): keep every sum inside the calendar.
        if (instant.Year is < 1900 or > 9000)
        {
            throw new DomainException("clocks.received-at", "receivedAt must be between the years 1900 and 9000.", DomainErrorKind.Invalid, "receivedAt");
        }

        return TypedResults.Ok(await clocks.PreviewAsync(id, instant, division, receiptOnNonBusinessDay, cancellationToken));
    }

    public static async Task<Ok<RulePackView>> PutRulePackSettings(string id, UpdateRulePackSettingsRequest request, ComplaintSettingsEditor editor,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ComplaintClockService.ToView(await editor.UpdateRulePackAsync(id, request, cancellationToken)));

    private static LetterKind ParseKind(string kind) => ComplaintNames.TryParse<LetterKind>(kind, out var k) ? k : throw DomainException.NotFound("letter template");
}

public sealed record ImportView(Guid Id, int Total, int Processed, int Imported, int Percent, bool Finished, string? Error, IReadOnlyList<UnmappedRow> Unmapped)
{
    public static ImportView Of(ImportProgress p) => new(p.Id, p.Total, p.Processed, p.Imported, p.Percent, p.Finished, p.Error, [.. p.Unmapped]);
}

public sealed record LetterIssued(Guid Id, string Kind, DateTime IssuedAt, string Href, int ComplaintVersion, string ComplaintStatus);

public sealed record TaxonomyEntryView(Guid Id, string Kind, string Code, string Label, string? Parent, bool Active);

public sealed record LetterTemplateView(string Kind, string Body, IReadOnlyList<string> MissingContent);
