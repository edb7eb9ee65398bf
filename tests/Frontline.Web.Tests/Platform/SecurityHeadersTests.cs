using System.Net;
using Frontline.Web.Features.Platform;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Platform;

/// <summary>Headers on every kind of answer, as Kestrel really sends them (a real port, so the Server header is Kestrel's to add).</summary>
public sealed class SecurityHeadersTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task EveryKindOfAnswer_CarriesTheSecurityHeaders_AndApiAnswersAreNotStored()
    {
        await app.CreateStaffAsync("hdr.admin.reader", ["Manager"], grade: 5);
        using var anonymous = app.Anonymous();
        using var api = await app.ClientForAsync("hdr.admin.reader");
        var answers = new Dictionary<string, HttpResponseMessage>(StringComparer.Ordinal)
        {
            ["page"] = await anonymous.GetAsync("/sign-in"),
            ["redirect to sign-in"] = await anonymous.GetAsync("/customers"),
            ["static file"] = await anonymous.GetAsync("/app.js"),
            ["health"] = await anonymous.GetAsync("/health/live"),
            ["api"] = await api.GetAsync("/api/v1/staff"),
            ["api 404"] = await api.GetAsync($"/api/v1/customers/{Guid.NewGuid()}"),
            ["api 401"] = await anonymous.GetAsync("/api/v1/staff"),
            ["api 400"] = await api.GetAsync("/api/v1/staff?page=-1"),
        };
        foreach (var (kind, answer) in answers)
        {
            var headers = answer.Headers;
            string One(string name) => headers.TryGetValues(name, out var values) ? string.Join(",", values)
                : answer.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";
            One("Content-Security-Policy").ShouldBe(SecurityHeaders.ContentSecurityPolicy, kind);
            One("Content-Security-Policy").ShouldContain("frame-ancestors 'none'", Case.Sensitive, kind);
            One("X-Content-Type-Options").ShouldBe("nosniff", kind);
            One("X-Frame-Options").ShouldBe("DENY", kind);
            One("Referrer-Policy").ShouldBe("same-origin", kind);
            headers.Contains("Server").ShouldBeFalse(kind);
            if (kind.StartsWith("api", StringComparison.Ordinal))
            {
                headers.CacheControl!.NoStore.ShouldBeTrue(kind);
            }
        }

        answers["api"].StatusCode.ShouldBe(HttpStatusCode.OK);
        answers["api 404"].StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answers["api 401"].StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void ThePolicyAllowsNoInlineScript()
    {
        var script = SecurityHeaders.ContentSecurityPolicy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        script.ShouldBe("script-src 'self'");
    }
}

/// <summary>Signing out is a form post with the antiforgery token: another site cannot sign someone out.</summary>
public sealed class SignOutTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused_AndTheSessionGoesOn_WithItTheSessionEnds()
    {
        await app.CreateStaffAsync("signout.agent", ["Agent"]);
        using var session = await app.SignInAsync("signout.agent", FrontlineAppFactory.StaffPassword);

        var forged = await session.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.GetAsync("/profile")).StatusCode.ShouldBe(HttpStatusCode.OK, "the forged sign-out must not end the session");

        var page = await session.GetStringAsync("/profile");
        var real = await session.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = CookieSessions.AntiforgeryToken(page),
        }));
        real.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        real.Headers.Location!.ToString().ShouldStartWith("/sign-in");
        (await session.GetAsync("/profile")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
