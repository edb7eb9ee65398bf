namespace Frontline.Web.Features.Complaints;

/// <summary>The Complaints module: services and API endpoints.</summary>
public static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapComplaintsEndpoints(this RouteGroupBuilder api) => api;
}
