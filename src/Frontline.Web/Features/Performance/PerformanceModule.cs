using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Publishing;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Performance.Staffing;

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
        return services;
    }

    public static RouteGroupBuilder MapPerformanceEndpoints(this RouteGroupBuilder api) => api.MapPerformanceApi();
}
