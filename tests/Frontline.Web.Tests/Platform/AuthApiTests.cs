using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Platform;

public sealed class AuthApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task IssueToken_RightCredentials_ReturnsTokenThatAuthenticates()
    {
        using var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/tokens",
            new { username = "admin", password = FrontlineAppFactory.AdminPassword, name = "cti", expiresInDays = 7 });
        var body = await response.ReadJsonAsync(HttpStatusCode.Created);
        var token = body.GetProperty("token").GetString()!;
        token.ShouldStartWith("flt_");
        body.GetProperty("expiresAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(6));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/v1/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task IssueToken_WrongPassword_Answers401Problem()
    {
        using var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = "wrong-password", name = "x", expiresInDays = 1 });
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_WithoutToken_Answers401Problem()
    {
        using var client = app.Anonymous();
        var problem = await (await client.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString()!.ShouldContain("token");
    }

    [Fact]
    public async Task Api_WithUnknownToken_Answers401()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "flt_not-a-real-token");
        var problem = await (await client.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString()!.ShouldContain("not recognised");
    }

    [Fact]
    public async Task RevokedToken_IsRefused()
    {
        using var anonymous = app.Anonymous();
        var issued = await (await anonymous.PostAsJsonAsync("/api/v1/auth/tokens",
            new { username = "admin", password = FrontlineAppFactory.AdminPassword, name = "to revoke", expiresInDays = 1 })).ReadJsonAsync(HttpStatusCode.Created);
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("token").GetString());
        (await client.DeleteAsync($"/api/v1/auth/tokens/{issued.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var problem = await (await client.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString()!.ShouldContain("revoked");
    }

    [Fact]
    public async Task ExpiredToken_IsRefused()
    {
        var token = await app.TokenForAsync("admin"); // issued for 30 days
        app.Clock.Set(DateTimeOffset.UtcNow.AddDays(31));
        try
        {
            using var client = app.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var problem = await (await client.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            problem.GetProperty("detail").GetString()!.ShouldContain("expired");
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task IssueToken_UnknownField_Answers400NamingTheField()
    {
        using var client = app.Anonymous();
        var response = await client.PostAsync("/api/v1/auth/tokens", new StringContent(
            """{"username":"admin","password":"x","name":"t","expiresInDays":1,"scope":"all"}""", System.Text.Encoding.UTF8, "application/json"));
        await response.ShouldBeValidationProblemAsync("scope");
    }

    [Fact]
    public async Task IssueToken_WrongType_Answers400()
    {
        using var client = app.Anonymous();
        var response = await client.PostAsync("/api/v1/auth/tokens", new StringContent(
            """{"username":"admin","password":"x","name":"t","expiresInDays":"soon"}""", System.Text.Encoding.UTF8, "application/json"));
        await response.ShouldBeValidationProblemAsync("expiresInDays");
    }

    [Fact]
    public async Task IssueToken_ExpiryOutOfRange_Answers400()
    {
        using var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = "x", name = "t", expiresInDays = 5000 });
        await response.ShouldBeValidationProblemAsync("expiresInDays");
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount()
    {
        await app.CreateStaffAsync("lockme", ["Agent"]);
        using var client = app.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "lockme", password = "wrong-password", name = "x", expiresInDays = 1 }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // The fifth failure locks the account...
        (await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "lockme", password = "wrong-password", name = "x", expiresInDays = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Locked);

        // ...and even the right password is refused while locked.
        var locked = await client.PostAsJsonAsync("/api/v1/auth/tokens",
            new { username = "lockme", password = FrontlineAppFactory.StaffPassword, name = "x", expiresInDays = 1 });
        var problem = await locked.ShouldBeProblemAsync(HttpStatusCode.Locked);
        problem.GetProperty("detail").GetString()!.ShouldContain("locked");
    }
}

public sealed class PasswordAndPageErrorTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task ChangePassword_WrongCurrent_Is400_RightCurrent_ChangesIt()
    {
        await app.CreateStaffAsync("changer", ["Agent"]);
        using var client = await app.ClientForAsync("changer");
        await (await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = "nope-nope-nope", newPassword = "Another-pass-2026" }))
            .ShouldBeValidationProblemAsync("currentPassword");
        await (await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = FrontlineAppFactory.StaffPassword, newPassword = "weak" }))
            .ShouldBeValidationProblemAsync("newPassword");
        (await client.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = FrontlineAppFactory.StaffPassword, newPassword = "Another-pass-2026" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var anonymous = app.Anonymous();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "changer", password = FrontlineAppFactory.StaffPassword, name = "x", expiresInDays = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "changer", password = "Another-pass-2026", name = "x", expiresInDays = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
