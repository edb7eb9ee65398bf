using Frontline.Web.Features.Catalogue.Pages;
using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// The Catalogue &amp; knowledge module: products in approved wording with eligibility, fees, disclosures and
/// competitor comparison; knowledge articles with approval, history, review dates and read-and-acknowledge.
/// </summary>
public static class CatalogueModule
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddScoped<ProductCatalogue>();
        services.AddScoped<ManageProducts>();
        services.AddScoped<ConfirmDisclosures>();
        services.AddScoped<IContactDisclosures, ContactDisclosures>();
        services.AddScoped<KnowledgeBase>();
        services.AddScoped<ManageArticles>();
        services.AddScoped<Acknowledgements>();
        services.AddScoped<IDemoSeeder, CatalogueDemoSeeder>();
        return services;
    }

    /// <summary>Routes: <c>/api/v1/products/...</c> and <c>/api/v1/knowledge/...</c>.</summary>
    public static RouteGroupBuilder MapCatalogueEndpoints(this RouteGroupBuilder api) =>
        api.MapProductEndpoints().MapKnowledgeEndpoints();

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCatalogueFragments(this RouteGroupBuilder ui)
    {
        // Search as you type on /knowledge.
        ui.MapGet("/knowledge/articles", (string? q, string? status) =>
            new RazorComponentResult<ArticleTable>(new { Query = q, Status = KnowledgeEndpoints.ParseStatus(status) }));
        return ui;
    }
}
