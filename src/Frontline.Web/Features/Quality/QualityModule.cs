namespace Frontline.Web.Features.Quality;

/// <summary>The Quality module: services and API endpoints.</summary>
public static class QualityModule
{
    public static IServiceCollection AddQuality(this IServiceCollection services) => services.AddQualityOperations();

    public static RouteGroupBuilder MapQualityEndpoints(this RouteGroupBuilder api) => api.MapQualityOperationsApi();
}
