namespace Frontline.Web.Features.Performance;

/// <summary>The Performance module: services and API endpoints.</summary>
public static class PerformanceModule
{
    public static IServiceCollection AddPerformance(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapPerformanceEndpoints(this RouteGroupBuilder api) => api;
}
