namespace Frontline.Web.Features.Compliance;

/// <summary>The Compliance module: services and API endpoints.</summary>
public static class ComplianceModule
{
    public static IServiceCollection AddCompliance(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapComplianceEndpoints(this RouteGroupBuilder api) => api;
}
