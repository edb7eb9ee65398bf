namespace Frontline.Web.Features.Customers;

/// <summary>The Customers module: services and API endpoints.</summary>
public static class CustomersModule
{
    public static IServiceCollection AddCustomers(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapCustomersEndpoints(this RouteGroupBuilder api) => api;

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCustomersFragments(this RouteGroupBuilder ui) => ui;
}
