namespace Frontline.Web.Features.Cases;

/// <summary>The Cases module: services and API endpoints.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCasesEndpoints(this RouteGroupBuilder api) => api;
}
