namespace Frontline.Web.Features.Communications;

/// <summary>The Communications module: services and API endpoints.</summary>
public static class CommunicationsModule
{
    public static IServiceCollection AddCommunications(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCommunicationsEndpoints(this RouteGroupBuilder api) => api;
}
