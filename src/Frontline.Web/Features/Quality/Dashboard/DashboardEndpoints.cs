using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Quality.Dashboard;

/// <summary>API of the quality dashboard: the figures for a period, and the evaluations behind any figure (json, csv, xlsx).</summary>
public static class DashboardEndpoints
{
    public static readonly string[] Viewers = [Roles.QualityAnalyst, Roles.Manager, Roles.TeamLeader, Roles.ComplianceOfficer, Roles.Administrator, Roles.Agent];

    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder quality)
    {
        var dashboard = quality.MapGroup("/dashboard").RequireAuthorization(p => p.RequireRole(Viewers)).WithTags("Quality: dashboard");
        dashboard.MapGet("/", Figures).WithName("QualityDashboard")
            .WithSummary("Scores by agent, team, scorecard, criterion and month; critical failures; disputes; alignment; coverage; CSAT/NPS (from, to: YYYY-MM-DD)");
        dashboard.MapGet("/evaluations", Evaluations).WithName("QualityDashboardEvaluations")
            .WithSummary("The evaluations behind a figure (agentId, teamId, scorecardId, band, year+month; format=json|csv|xlsx)");
        return quality;
    }

    public static async Task<Ok<DashboardFigures>> Figures(string? from, string? to, Guid? teamId, Guid? agentId, Guid? scorecardId, QualityDashboard dashboard,
        TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dashboard.ComputeAsync(QualityDashboard.Parse(from, to, teamId, agentId, scorecardId, null, null, null, clock.Today()), cancellationToken));

    public static async Task<IResult> Evaluations(string? from, string? to, Guid? teamId, Guid? agentId, Guid? scorecardId, string? band, int? year, int? month,
        string? format, QualityDashboard dashboard, TimeProvider clock, CancellationToken cancellationToken)
    {
        var filter = QualityDashboard.Parse(from, to, teamId, agentId, scorecardId, band, year, month, clock.Today());
        var rows = await dashboard.EvaluationsAsync(filter, format is "csv" or "xlsx" ? 100_000 : 1000, cancellationToken);
        return format switch
        {
            "csv" => TypedResults.File(DashboardExports.Csv(rows), "text/csv", $"evaluations-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv"),
            "xlsx" => TypedResults.File(DashboardExports.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"evaluations-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.xlsx"),
            null or "json" => TypedResults.Ok(rows),
            _ => throw new DomainException("dashboard.format", "Use json, csv or xlsx.", DomainErrorKind.Invalid, "format"),
        };
    }
}
