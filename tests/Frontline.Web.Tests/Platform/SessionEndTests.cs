using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Platform;

/// <summary>
/// PCI DSS 8.2.5 / ASVS 3.3: a browser session ends within a second of deactivation, role removal and password change
/// (the cookie is checked against the person's current state on every request).
/// </summary>
public sealed class SessionEndTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CookieSession_EndsAtOnce_WhenThePersonIsDeactivated()
    {
        var id = await app.CreateStaffAsync("session.leaver", ["Agent"]);
        using var session = await app.SignInAsync("session.leaver", FrontlineAppFactory.StaffPassword);
        (await session.GetAsync("/api/v1/auth/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await PatchStaffAsync(id, new { isActive = false });
        await ShouldEndWithinASecondAsync(session);
    }

    [Fact]
    public async Task CookieSession_EndsAtOnce_WhenARoleIsRemoved()
    {
        var team = await app.CreateTeamAsync("Session team");
        var id = await app.CreateStaffAsync("session.leader", ["TeamLeader", "Agent"], team);
        using var session = await app.SignInAsync("session.leader", FrontlineAppFactory.StaffPassword);
        (await session.GetAsync("/api/v1/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await PatchStaffAsync(id, new { roles = new[] { "Agent" } });
        await ShouldEndWithinASecondAsync(session);

        // Signing in again gives a working session.
        using var again = await app.SignInAsync("session.leader", FrontlineAppFactory.StaffPassword);
        (await again.GetAsync("/api/v1/auth/tokens")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CookieSession_EndsAtOnce_WhenThePasswordIsChangedElsewhere()
    {
        await app.CreateStaffAsync("session.mover", ["Agent"]);
        using var session = await app.SignInAsync("session.mover", FrontlineAppFactory.StaffPassword);
        using var api = await app.ClientForAsync("session.mover");
        (await session.GetAsync("/profile")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await api.PostAsJsonAsync("/api/v1/auth/password",
            new { currentPassword = FrontlineAppFactory.StaffPassword, newPassword = "Moved-pass-2026" });
        changed.IsSuccessStatusCode.ShouldBeTrue(await changed.Content.ReadAsStringAsync());
        await ShouldEndWithinASecondAsync(session);
    }

    [Fact]
    public async Task CookieSession_ThatChangedThePassword_Continues()
    {
        await app.CreateStaffAsync("session.self", ["Agent"]);
        using var session = await app.SignInAsync("session.self", FrontlineAppFactory.StaffPassword);
        var profile = await session.GetStringAsync("/profile");
        var changed = await session.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = CookieSessions.AntiforgeryToken(profile),
            ["currentPassword"] = FrontlineAppFactory.StaffPassword,
            ["newPassword"] = "Self-pass-2026",
            ["confirmPassword"] = "Self-pass-2026",
        }));
        changed.Headers.Location!.ToString().ShouldBe("/profile?passwordChanged=true");
        (await session.GetAsync("/profile")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task PatchStaffAsync(Guid id, object change)
    {
        using var admin = await app.AdminAsync();
        var current = await (await admin.GetAsync($"/api/v1/staff/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(change, FrontlineAppFactory.Json)!.AsObject();
        body["version"] = current.GetProperty("version").GetInt32();
        (await admin.PatchAsJsonAsync($"/api/v1/staff/{id}", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The very next request is refused: the API answers 401, a page sends the person to sign in.</summary>
    private static async Task ShouldEndWithinASecondAsync(HttpClient session)
    {
        var clock = Stopwatch.StartNew();
        (await session.GetAsync("/api/v1/auth/tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await session.GetAsync("/profile");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/sign-in");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }
}

/// <summary>The same in Chromium: a deactivated person's open browser is sent to the sign-in page on their next click.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionEndBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Browser_OfADeactivatedPerson_IsSentToSignIn_OnTheNextPage()
    {
        var id = await browser.App.CreateStaffAsync("browser.leaver", ["Agent"]);
        var page = await browser.SignedInPageAsync("browser.leaver", FrontlineAppFactory.StaffPassword);
        await page.GotoAsync("/profile");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        using var admin = await browser.App.AdminAsync();
        var current = await (await admin.GetAsync($"/api/v1/staff/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        (await admin.PatchAsJsonAsync($"/api/v1/staff/{id}", new { version = current.GetProperty("version").GetInt32(), isActive = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.GotoAsync("/profile");
        await page.WaitForURLAsync(url => url.Contains("/sign-in", StringComparison.Ordinal), new() { Timeout = 1000 });
    }
}
