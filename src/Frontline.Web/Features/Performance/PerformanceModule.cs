using Frontline.Web.Features.Performance.Analysis;
using Frontline.Web.Features.Performance.Charter;
using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Publishing;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Performance.Staffing;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Web.Features.Performance;

/// <summary>The Performance module: KPIs with targets and tolerance bands, results against them, Erlang C staffing.</summary>
public static class PerformanceModule
{
    public static IServiceCollection AddPerformance(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(PerformanceAccess.Design, p => p.RequireRole(PerformanceAccess.Designers))
            .AddPolicy(PerformanceAccess.Plan, p => p.RequireRole(PerformanceAccess.Planners))
            .AddPolicy(PerformanceAccess.Read, p => p.RequireRole(PerformanceAccess.Readers));
        services.AddScoped<PerformanceScope>();
        services.AddScoped<CalculateStaffing>();
        services.AddScoped<PlanDay>();
        services.AddScoped<KpiChecks>();
        services.AddScoped<KpiDirectory>();
        services.AddScoped<CreateKpi>();
        services.AddScoped<ReviseKpi>();
        services.AddScoped<KpiCalculator>();
        services.AddScoped<ResultDirectory>();
        services.AddScoped<RunValidation>();
        services.AddScoped<ValidationDirectory>();
        services.AddScoped<ReviewData>();
        services.AddScoped<PublishResults>();
        services.AddScoped<PublicationDirectory>();
        services.AddScoped<CharterDirectory>();
        services.AddScoped<IServiceObjectives>(sp => sp.GetRequiredService<CharterDirectory>());
        services.AddScoped<AddCharterEntry>();
        services.AddScoped<ReviseCharterEntry>();
        services.AddScoped<CaseTargetDirectory>();
        services.AddScoped<ICaseServiceTargets>(sp => sp.GetRequiredService<CaseTargetDirectory>());
        services.AddScoped<SetCaseTarget>();
        services.AddScoped<ListResultContacts>();
        services.AddScoped<ReviewResult>();
        services.AddScoped<ReviewDirectory>();
        services.AddScoped<GetScorecard>();
        services.AddScoped<Platform.IDemoSeeder, PerformanceDemoSeeder>();

        // Communications' read-only seam (one file in its folder); registered here until Communications registers it itself.
        services.TryAddScoped<Communications.IPolicyTitles, Communications.PolicyTitles>();
        return services;
    }

    public static RouteGroupBuilder MapPerformanceEndpoints(this RouteGroupBuilder api) => api.MapPerformanceApi();
}
