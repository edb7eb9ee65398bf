namespace Frontline.Web.Features.Cases;

/// <summary>The Cases module: services and API endpoints.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCasesEndpoints(this RouteGroupBuilder api) => api;

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCasesFragments(this RouteGroupBuilder ui) => ui;
}
