namespace Frontline.Web.Features.Catalogue;

/// <summary>The Catalogue module: services and API endpoints.</summary>
public static class CatalogueModule
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCatalogueEndpoints(this RouteGroupBuilder api) => api;

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCatalogueFragments(this RouteGroupBuilder ui) => ui;
}
