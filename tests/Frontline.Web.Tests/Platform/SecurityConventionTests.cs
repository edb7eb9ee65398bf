using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Platform;

/// <summary>Security by default: every API endpoint requires a signed-in caller unless it is on the short list.</summary>
public sealed class SecurityConventionTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    // Method and route: the token issue, and a customer answering a survey through its signed link.
    private static readonly (string Method, string Route)[] Anonymous =
        [("POST", "api/v1/auth/tokens"), ("GET", "api/v1/public/surveys/{token}"), ("POST", "api/v1/public/surveys/{token}/responses")];

    [Fact]
    public void EveryApiEndpoint_RequiresAuthorization_ExceptTokenIssue()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/') is { } route && (route.StartsWith("api/", StringComparison.Ordinal) || route.StartsWith("ui/", StringComparison.Ordinal)))
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(10);
        var open = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .Where(e => !Anonymous.Any(a => e.EndsWith(a.Route, StringComparison.Ordinal) && e.StartsWith(a.Method, StringComparison.Ordinal)))
            .ToList();
        open.ShouldBeEmpty();
    }
}
