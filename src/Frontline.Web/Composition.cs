using Frontline.Web.Components;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Cases.Workspace;
using Frontline.Web.Features.Catalogue;
using Frontline.Web.Features.Communications;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Compliance;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Performance;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Platform.Jobs;
using Frontline.Web.Features.Quality;
using Microsoft.AspNetCore.HttpOverrides;

namespace Frontline.Web;

/// <summary>
/// The host owns the API prefix and the cross-cutting policies; each module adds its services
/// (<c>AddX</c>) and maps its endpoint group (<c>MapXEndpoints</c>).
/// </summary>
public static class Composition
{
    public static IServiceCollection AddFrontline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatform(configuration);
        services.AddActions();
        services.AddPeople();
        services.AddCustomers();
        services.AddCatalogue();
        services.AddCases();
        services.AddComplaints();
        services.AddAgentWorkspace();
        services.AddQuality();
        services.AddCompliance();
        services.AddPerformance();
        services.AddCommunications();
        // Last: the scheduler is built from the jobs every module registered above.
        services.AddScheduler(configuration);

        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Frontline API";
            document.Info.Description = "Contact-centre operations. Authenticate with 'Authorization: Bearer <token>' (POST /api/v1/auth/tokens).";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// X-Forwarded-For/-Proto are believed only from the proxies listed in <c>Frontline:KnownProxies</c> (IP addresses,
    /// comma-separated) and <c>Frontline:KnownNetworks</c> (CIDR), one hop deep: with none listed, no forwarded header
    /// is believed, so the sign-in rate limit counts the real peer address and cannot be outrun by forging the header.
    /// </summary>
    public static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in List(configuration["Frontline:KnownProxies"]))
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        foreach (var network in List(configuration["Frontline:KnownNetworks"]))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        return options;

        static string[] List(string? value) => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static WebApplication UseFrontline(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedHeadersFrom(app.Configuration));
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only ever sent over HTTPS
        }

        app.UseExceptionHandler(error => error.Run(ProblemResponses.HandleExceptionAsync));
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLogging>();
        // The interactive API documentation is static files over /openapi/v1.json, open to anyone (like the document).
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "Frontline API v1");
            ui.RoutePrefix = "api-docs";
            ui.DocumentTitle = "Frontline API";
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        var api = app.MapGroup("/api/v1")
            .RequireAuthorization()
            .AddEndpointFilter<ValidationFilter>();
        api.MapPlatformEndpoints();
        api.MapActionsEndpoints();
        api.MapPeopleEndpoints();
        api.MapCustomersEndpoints();
        api.MapCatalogueEndpoints();
        api.MapCasesEndpoints();
        api.MapComplaintsEndpoints();
        api.MapQualityEndpoints();
        api.MapComplianceEndpoints();
        api.MapPerformanceEndpoints();
        api.MapCommunicationsEndpoints();

        app.MapAccountEndpoints();
        // htmx fragments for pages (HTML, cookie-authenticated, antiforgery-checked)
        var ui = app.MapGroup("/ui").RequireAuthorization();
        ui.MapPeopleFragments();
        ui.MapCustomersFragments();
        ui.MapCatalogueFragments();
        ui.MapCasesFragments();
        ui.MapComplaintsFragments();
        ui.MapCommunicationsFragments();
        app.MapRazorComponents<App>().RequireAuthorization();
        return app;
    }
}
