using System.Net;
using System.Net.Http.Json;
using Frontline.Data.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Web.Tests.Platform;

/// <summary>The real password hasher, counting how often it verifies a password.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<StaffAccount>
{
    private readonly PasswordHasher<StaffAccount> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(StaffAccount user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(StaffAccount user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class CountingHasherFactory : FrontlineAppFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IPasswordHasher<StaffAccount>>();
            services.AddSingleton<IPasswordHasher<StaffAccount>>(Hasher);
        });
    }
}

/// <summary>
/// Unknown and known users get the same answer after the same work: a password hash is verified for both (a dummy hash
/// for an unknown user), so the answer's timing does not tell which usernames exist. Counted, not timed: a wall-clock
/// comparison is at the mercy of the machine's load.
/// </summary>
public sealed class PasswordCheckTimingTests(CountingHasherFactory app) : IClassFixture<CountingHasherFactory>
{
    [Fact]
    public async Task TokenEndpoint_UnknownAndKnownUser_SameAnswer_AndBothVerifyAPasswordHash()
    {
        await app.CreateStaffAsync("timing.known", ["Agent"]);
        using var client = app.Anonymous();
        async Task<(int Verifications, string Detail)> TryAsync(string username)
        {
            var before = app.Hasher.Verifications;
            var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username, password = "Not-the-password-1", name = "x", expiresInDays = 1 });
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
            return (app.Hasher.Verifications - before, problem.GetProperty("detail").GetString()!);
        }

        var known = await TryAsync("timing.known");
        var unknown = await TryAsync("timing.nobody");
        unknown.Detail.ShouldBe(known.Detail);
        known.Verifications.ShouldBe(1);
        unknown.Verifications.ShouldBe(1);
    }
}
