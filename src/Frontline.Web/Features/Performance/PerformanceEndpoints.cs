using System.Globalization;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Performance.Analysis;
using Frontline.Web.Features.Performance.Charter;
using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Publishing;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Performance.Staffing;
using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Performance;

/// <summary>API of the Performance module: the measure catalogue, KPIs and their results, Erlang C and day plans (contract in issue 10: keep stable).</summary>
public static class PerformanceEndpoints
{
    public static RouteGroupBuilder MapPerformanceApi(this RouteGroupBuilder api)
    {
        var performance = api.MapGroup("/performance").WithTags("Performance").RequireAuthorization(PerformanceAccess.Read)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        performance.MapGet("/measures", () => TypedResults.Ok(MeasureCatalogue.All)).WithName("PerformanceMeasures")
            .WithSummary("The catalogue of measures over the platform's own data (available: computed now)");

        var kpis = performance.MapGroup("/kpis");
        kpis.MapGet("/", ListKpis).WithName("ListKpis").WithSummary("KPIs by name (includeRetired)");
        kpis.MapPost("/", CreateKpi).RequireAuthorization(PerformanceAccess.Design).WithName("CreateKpi")
            .WithSummary("Design a KPI: measure, purpose, filters, direction, frequency, targets with tolerance per level, review actions");
        kpis.MapGet("/{id:guid}", GetKpi).WithName("GetKpi").WithSummary("A KPI's current definition and its versions");
        kpis.MapPut("/{id:guid}", ReviseKpi).RequireAuthorization(PerformanceAccess.Design).WithName("ReviseKpi")
            .WithSummary("Save a new version, effective from a date (revision: the one you edited; stale: 409)").ProducesProblem(StatusCodes.Status409Conflict);
        kpis.MapGet("/{id:guid}/results", Results).WithName("KpiResults")
            .WithSummary("Results per period for a level (centre|team|individual), from the data as it stands, in your scope (from, to: YYYY-MM-DD)");

        kpis.MapPost("/{id:guid}/validations", Validate).RequireAuthorization(PerformanceAccess.Design).WithName("RunValidation")
            .WithSummary("Check the data of one whole period (periodStart) before publishing: completeness, accuracy, suitability");
        kpis.MapGet("/{id:guid}/validations", Validations).RequireAuthorization(PerformanceAccess.Design).WithName("ListValidations");
        kpis.MapGet("/{id:guid}/publications", Publications).WithName("ListPublications").WithSummary("Published periods (designers; results in them follow the rules)")
            .RequireAuthorization(PerformanceAccess.Design);
        var validations = performance.MapGroup("/validations").RequireAuthorization(PerformanceAccess.Design).ProducesProblem(StatusCodes.Status409Conflict);
        validations.MapGet("/{id:guid}", GetValidation).WithName("GetValidation");
        validations.MapPost("/{id:guid}/exclusions", Exclude).WithName("ExcludeRecords").WithSummary("Exclude contacts of the period from its figures, with a reason");
        validations.MapPost("/{id:guid}/accept", Accept).WithName("AcceptData").WithSummary("Accept the data as it stands, with a comment");
        validations.MapPost("/{id:guid}/publish", Publish).WithName("PublishResults")
            .WithSummary("Publish the period's results (once) and tell the people the KPI's distribution rules name, with the reason");
        performance.MapGet("/distributions", DistributionLog).RequireAuthorization(PerformanceAccess.Design).WithName("DistributionLog")
            .WithSummary("Who was told what, when, and who has not acknowledged (publicationId, unread)");
        performance.MapGet("/my-results", MyResults).WithName("MyResults").WithSummary("The results sent to you, with why");
        performance.MapPost("/distributions/{id:guid}/acknowledge", Acknowledge).WithName("AcknowledgeResult").WithSummary("Acknowledge a result sent to you");

        var charter = performance.MapGroup("/charter").ProducesProblem(StatusCodes.Status409Conflict);
        charter.MapGet("/", ListCharter).WithName("ListCharter").WithSummary("The service charter: aims, objectives and offers, with the KPIs measuring them and the policy they serve");
        charter.MapPost("/", AddCharterEntry).RequireAuthorization(PerformanceAccess.Design).WithName("AddCharterEntry")
            .WithSummary("Add an aim, a measurable objective (linked to at least one KPI) or a service offer");
        charter.MapGet("/{id:guid}", GetCharterEntry).WithName("GetCharterEntry");
        charter.MapPut("/{id:guid}", ReviseCharterEntry).RequireAuthorization(PerformanceAccess.Design).WithName("ReviseCharterEntry")
            .WithSummary("Rewrite or retire a line of the charter (revision or If-Match; stale: 409)");
        performance.MapGet("/case-targets", ListCaseTargets).WithName("ListCaseTargets")
            .WithSummary("Case service targets (business minutes) per priority, with category overrides");
        performance.MapPut("/case-targets", SetCaseTarget).RequireAuthorization(PerformanceAccess.Design).WithName("SetCaseTarget")
            .WithSummary("Set the first-response and resolution targets for a priority (and category); new cases get them, open cases keep theirs")
            .ProducesProblem(StatusCodes.Status409Conflict);

        kpis.MapGet("/{id:guid}/contacts", ResultContacts).WithName("ResultContacts")
            .WithSummary("The contacts behind a figure (periodStart, level, subject), in your scope; format=json|csv|xlsx");
        kpis.MapGet("/{id:guid}/reviews", Reviews).WithName("ListKpiReviews").WithSummary("Variance comments and the improvement actions raised from them, in your scope");
        kpis.MapPost("/{id:guid}/reviews", Review).RequireAuthorization(PerformanceAccess.Plan).WithName("ReviewResult")
            .WithSummary("Comment on a result's variance from target and optionally raise an improvement action");
        performance.MapGet("/scorecards/people/{id:guid}", PersonScorecard).WithName("PersonScorecard").WithSummary("A person's KPIs at a glance (asOf)");
        performance.MapGet("/scorecards/teams/{id:guid}", TeamScorecard).WithName("TeamScorecard").WithSummary("A team's KPIs at a glance (asOf)");

        performance.MapPost("/erlang-c", ErlangC).RequireAuthorization(PerformanceAccess.Plan).WithName("ErlangC")
            .WithSummary("Agents required for one interval (Erlang C), after shrinkage, and the figures they give, with a table around the answer");
        performance.MapPost("/day-plan", DayPlan).RequireAuthorization(PerformanceAccess.Plan).WithName("DayPlan")
            .WithSummary("Required agents per 15/30/60-minute interval from typed volumes or history (format=json|csv|xlsx)");
        return api;
    }

    public static async Task<Ok<List<KpiSummary>>> ListKpis(bool? includeRetired, KpiDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(includeRetired ?? false, cancellationToken));

    public static async Task<Created<KpiView>> CreateKpi(KpiRequest request, CreateKpi create, CancellationToken cancellationToken)
    {
        var view = await create.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/performance/kpis/{view.Id}", view);
    }

    public static async Task<Ok<KpiView>> GetKpi(Guid id, KpiDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<KpiView>> ReviseKpi(Guid id, KpiRequest request, HttpRequest http, ReviseKpi revise, CancellationToken cancellationToken) =>
        TypedResults.Ok(await revise.ExecuteAsync(id, request with { Revision = Complaints.ComplaintsEndpoints.VersionOf(request.Revision, http) }, cancellationToken));

    public static async Task<Ok<KpiResults>> Results(Guid id, string? from, string? to, string? level, ResultDirectory results, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var today = Quality.QualityOpsAccess.Today(clock);
        var end = ParseDate(to, "to") ?? today;
        var start = ParseDate(from, "from") ?? end.AddDays(-30);
        return TypedResults.Ok(await results.GetAsync(id, start, end, ParseLevel(level), cancellationToken));
    }

    public static async Task<Created<ValidationRunView>> Validate(Guid id, RunValidationRequest request, RunValidation run, CancellationToken cancellationToken)
    {
        var view = await run.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/performance/validations/{view.Id}", view);
    }

    public static async Task<Ok<List<ValidationRunView>>> Validations(Guid id, ValidationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ForKpiAsync(id, cancellationToken));

    public static async Task<Ok<ValidationRunView>> GetValidation(Guid id, ValidationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<ValidationRunView>> Exclude(Guid id, ExcludeRequest request, ReviewData review, CancellationToken cancellationToken) =>
        TypedResults.Ok(await review.ExcludeAsync(id, request, cancellationToken));

    public static async Task<Ok<ValidationRunView>> Accept(Guid id, AcceptRequest request, ReviewData review, CancellationToken cancellationToken) =>
        TypedResults.Ok(await review.AcceptAsync(id, request, cancellationToken));

    public static async Task<Created<PublicationView>> Publish(Guid id, int? revision, PublishResults publish, CancellationToken cancellationToken)
    {
        var view = await publish.ExecuteAsync(id, revision, cancellationToken);
        return TypedResults.Created($"/api/v1/performance/kpis/{view.KpiId}/publications#{view.Id}", view);
    }

    public static async Task<Ok<List<PublicationView>>> Publications(Guid id, PublicationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ForKpiAsync(id, cancellationToken));

    public static async Task<Ok<List<DistributionView>>> DistributionLog(Guid? publicationId, bool? unread, PublicationDirectory directory,
        CancellationToken cancellationToken) => TypedResults.Ok(await directory.LogAsync(publicationId, unread ?? false, cancellationToken));

    public static async Task<Ok<List<DistributionView>>> MyResults(PublicationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.MineAsync(cancellationToken));

    public static async Task<Ok<DistributionView>> Acknowledge(Guid id, PublicationDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.AcknowledgeAsync(id, cancellationToken));

    public static async Task<Ok<List<CharterView>>> ListCharter(bool? includeRetired, CharterDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(includeRetired ?? false, cancellationToken));

    public static async Task<Created<CharterView>> AddCharterEntry(CharterRequest request, AddCharterEntry add, CancellationToken cancellationToken)
    {
        var view = await add.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/performance/charter/{view.Id}", view);
    }

    public static async Task<Ok<CharterView>> GetCharterEntry(Guid id, CharterDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<CharterView>> ReviseCharterEntry(Guid id, CharterRequest request, HttpRequest http, ReviseCharterEntry revise,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await revise.ExecuteAsync(id, request with { Revision = Complaints.ComplaintsEndpoints.VersionOf(request.Revision, http) }, cancellationToken));

    public static async Task<Ok<List<CaseTargetView>>> ListCaseTargets(CaseTargetDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(cancellationToken));

    public static async Task<Ok<CaseTargetView>> SetCaseTarget(CaseTargetRequest request, HttpRequest http, SetCaseTarget set, CancellationToken cancellationToken) =>
        TypedResults.Ok(await set.ExecuteAsync(request with { Revision = Complaints.ComplaintsEndpoints.VersionOf(request.Revision, http) }, cancellationToken));

    public static async Task<IResult> ResultContacts(Guid id, string? periodStart, string? level, Guid? subject, string? format, int? page, int? pageSize,
        ListResultContacts list, CancellationToken cancellationToken)
    {
        var start = ParseDate(periodStart, "periodStart")
            ?? throw new DomainException("drill-down.period", "Say which period (periodStart, YYYY-MM-DD).", DomainErrorKind.Invalid, "periodStart");
        var export = format is "csv" or "xlsx";
        var paging = export ? new Quality.ListQuery(1, Analysis.ListResultContacts.MaxExportRows, null, null) : Quality.ListQuery.From(page, pageSize, null, null);
        var result = await list.ExecuteAsync(id, start, ParseLevel(level), subject, paging.Page, paging.PageSize, cancellationToken);
        var name = $"contacts-{result.PeriodStart:yyyy-MM-dd}-{result.Level.ToString().ToLowerInvariant()}";
        return format switch
        {
            "csv" => TypedResults.File(ResultContactExports.Csv(result), "text/csv", name + ".csv"),
            "xlsx" => TypedResults.File(ResultContactExports.Xlsx(result), TableExport.XlsxContentType, name + ".xlsx"),
            null or "json" => TypedResults.Ok(result),
            _ => throw new DomainException("drill-down.format", "Use json, csv or xlsx.", DomainErrorKind.Invalid, "format"),
        };
    }

    public static async Task<Ok<List<ReviewView>>> Reviews(Guid id, ReviewDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ForKpiAsync(id, cancellationToken));

    public static async Task<Created<ReviewView>> Review(Guid id, ReviewRequest request, ReviewResult review, CancellationToken cancellationToken)
    {
        var view = await review.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/performance/kpis/{id}/reviews#{view.Id}", view);
    }

    public static async Task<Ok<Scorecard>> PersonScorecard(Guid id, string? asOf, GetScorecard get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.ExecuteAsync(KpiLevel.Individual, id, ParseDate(asOf, "asOf"), cancellationToken));

    public static async Task<Ok<Scorecard>> TeamScorecard(Guid id, string? asOf, GetScorecard get, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.ExecuteAsync(KpiLevel.Team, id, ParseDate(asOf, "asOf"), cancellationToken));

    public static Ok<ErlangCResponse> ErlangC(ErlangCRequest request, CalculateStaffing calculate) => TypedResults.Ok(calculate.Execute(request));

    public static async Task<IResult> DayPlan(DayPlanRequest request, string? format, PlanDay plan, CancellationToken cancellationToken)
    {
        var result = await plan.ExecuteAsync(request, cancellationToken);
        return format switch
        {
            "csv" => TypedResults.File(DayPlanExports.Csv(result), "text/csv", $"day-plan-{result.Date:yyyy-MM-dd}.csv"),
            "xlsx" => TypedResults.File(DayPlanExports.Xlsx(result), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"day-plan-{result.Date:yyyy-MM-dd}.xlsx"),
            null or "json" => TypedResults.Ok(result),
            _ => throw new DomainException("day-plan.format", "Use json, csv or xlsx.", DomainErrorKind.Invalid, "format"),
        };
    }

    public static DateOnly? ParseDate(string? text, string field) => string.IsNullOrWhiteSpace(text)
        ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new DomainException("date.format", $"{field}: '{text}' is not a date (YYYY-MM-DD).", DomainErrorKind.Invalid, field);

    public static KpiLevel ParseLevel(string? level) => level switch
    {
        null or "" or "centre" => KpiLevel.Centre,
        "team" => KpiLevel.Team,
        "individual" => KpiLevel.Individual,
        _ => throw new DomainException("results.level", "level is centre, team or individual.", DomainErrorKind.Invalid, "level"),
    };
}
