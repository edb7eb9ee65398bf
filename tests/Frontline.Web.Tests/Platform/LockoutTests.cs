using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Frontline.Web.Tests.Platform;

/// <summary>ASVS 2.2 / PCI DSS 8.3.4: lockouts that cannot be outrun, and sign-in answers that say nothing about the account.</summary>
public sealed class LockoutTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task TwentyConcurrentWrongPasswords_LockTheAccount_AndTheRightPasswordIsThenRefused()
    {
        var id = await app.CreateStaffAsync("burst.target", ["Agent"]);
        var attempts = Enumerable.Range(0, 20).Select(async i =>
        {
            using var client = app.Anonymous();
            return (await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "burst.target", password = $"wrong-{i}", name = "x", expiresInDays = 1 })).StatusCode;
        });
        var answers = await Task.WhenAll(attempts);
        answers.ShouldAllBe(s => s == HttpStatusCode.Unauthorized || s == (HttpStatusCode)423);
        answers.ShouldContain((HttpStatusCode)423);

        var lockedUntil = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync());
        lockedUntil.ShouldNotBeNull();
        lockedUntil.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        using var right = app.Anonymous();
        await (await right.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "burst.target", password = FrontlineAppFactory.StaffPassword, name = "x", expiresInDays = 1 }))
            .ShouldBeProblemAsync((HttpStatusCode)423);
    }

    [Fact]
    public async Task SignInForm_DeactivatedAccount_SaysSoOnlyAfterTheRightPassword()
    {
        var id = await app.CreateStaffAsync("form.leaver", ["Agent"]);
        using (var admin = await app.AdminAsync())
        {
            var current = await (await admin.GetAsync($"/api/v1/staff/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            (await admin.PatchAsJsonAsync($"/api/v1/staff/{id}", new { version = current.GetProperty("version").GetInt32(), isActive = false }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await SignInErrorAsync("form.leaver", "Wrong-password-1")).ShouldBe(await SignInErrorAsync("form.nobody", "Wrong-password-1"));
        (await SignInErrorAsync("form.leaver", FrontlineAppFactory.StaffPassword)).ShouldContain("deactivated");
    }

    [Fact]
    public async Task SignInPage_ShowsOnlyKnownMessages()
    {
        using var client = app.Anonymous();
        var page = await client.GetStringAsync("/sign-in?error=" + Uri.EscapeDataString("Your account is suspended: call 0900 123 456"));
        page.ShouldNotContain("call 0900");
        page.ShouldNotContain("sign-in-error");
        (await client.GetStringAsync("/sign-in?error=wrong")).ShouldContain("The username or password is wrong.");
    }

    [Fact]
    public void ForwardedHeaders_AreBelievedOnlyFromConfiguredProxies()
    {
        var none = Frontline.Web.Composition.ForwardedHeadersFrom(new ConfigurationBuilder().Build());
        none.KnownProxies.ShouldBeEmpty();
        none.KnownIPNetworks.ShouldBeEmpty();
        var configured = Frontline.Web.Composition.ForwardedHeadersFrom(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Frontline:KnownProxies"] = "10.0.0.5, 10.0.0.6",
            ["Frontline:KnownNetworks"] = "192.168.0.0/24",
        }).Build());
        configured.KnownProxies.Select(p => p.ToString()).ShouldBe(["10.0.0.5", "10.0.0.6"]);
        configured.KnownIPNetworks.ShouldHaveSingleItem();
        configured.ForwardLimit.ShouldBe(1);
        configured.ForwardedHeaders.ShouldBe(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    private async Task<string> SignInErrorAsync(string username, string password)
    {
        using var client = app.Anonymous();
        var form = await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = CookieSessions.AntiforgeryToken(form),
            ["username"] = username,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/sign-in?");
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location[(location.IndexOf('?', StringComparison.Ordinal))..])["error"].ToString();
    }
}
