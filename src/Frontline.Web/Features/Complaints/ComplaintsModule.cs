namespace Frontline.Web.Features.Complaints;

/// <summary>The Complaints module: services and API endpoints.</summary>
public static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapComplaintsEndpoints(this RouteGroupBuilder api) => api;

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapComplaintsFragments(this RouteGroupBuilder ui) => ui;
}
