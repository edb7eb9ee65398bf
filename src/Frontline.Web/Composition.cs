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
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Frontline API";
            document.Info.Description = "Contact-centre operations. Authenticate with 'Authorization: Bearer <token>' (POST /api/v1/auth/tokens).";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    public static WebApplication UseFrontline(this WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
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
        app.MapRazorComponents<App>().RequireAuthorization();
        return app;
    }
}
