using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Web.Tests.Infrastructure;

/// <summary>
/// The whole application on a fresh database of the configured provider (see <see cref="TestDatabase"/>),
/// migrated as at start-up, with an <c>admin</c> account and no demo data unless asked for.
/// Use one per test class (<c>IClassFixture</c>); tests create the staff and records they need.
/// </summary>
public class FrontlineAppFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-pass-2026";
    public const string StaffPassword = "Staff-pass-2026";

    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    public TestClock Clock { get; } = new();

    public string Provider => _database.Provider;

    /// <summary>The scheduler (cluster) name of this host; a node joining this host's database takes the same one.</summary>
    public virtual string SchedulerName => "Frontline-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(ConnectionString)))[..16];

    /// <summary>The database this host runs on (a <see cref="RestartedAppFactory"/> starts another host over it).</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>Seed the demo centre (slower); off by default.</summary>
    protected virtual bool SeedDemo => false;

    /// <summary>Serve on a real Kestrel port (for Chromium); off by default (in-memory test server).</summary>
    protected virtual bool UseRealServer => false;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, static web assets (Bootstrap, htmx from npm) must be wired explicitly.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Frontline", _database.ConnectionString);
        // Quartz registers schedulers process-wide by name: each test host is its own cluster (see SchedulerName).
        builder.UseSetting("Scheduler:Name", SchedulerName);
        builder.UseSetting("Frontline:SeedDemo", SeedDemo ? "true" : "false");
        builder.UseSetting("Frontline:AdminPassword", AdminPassword);
        builder.UseSetting("Frontline:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Frontline:DataDirectory", SeedDataDirectory);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
        if (UseRealServer)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The seed data shipped in the web project (the demo call log and the like).</summary>
    public static string SeedDataDirectory => Path.Combine(AppContext.BaseDirectory, "seed");

    /// <summary>The base address of the real server (only with <see cref="UseRealServer"/>).</summary>
    public string ServerAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => UseRealServer
        // The in-memory handler cannot reach Kestrel: browser tests set up data through the real port.
        ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ServerAddress) }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client authenticated with a personal access token of <paramref name="username"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string username, string? password = null)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(username, password));
        return client;
    }

    public Task<HttpClient> AdminAsync() => ClientForAsync("admin", AdminPassword);

    public async Task<string> TokenForAsync(string username, string? password = null)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (_tokens.TryGetValue(username, out var cached))
            {
                return cached;
            }

            using var client = Anonymous();
            var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new
            {
                username,
                password = password ?? (username == "admin" ? AdminPassword : StaffPassword),
                name = "tests",
                expiresInDays = 30, // tests move the clock on by days (scheduled work, deadlines)
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            _tokens[username] = token;
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <summary>Creates a team through the API; returns its id.</summary>
    public async Task<Guid> CreateTeamAsync(string name, Guid? teamLeaderId = null)
    {
        using var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/teams", new { name, teamLeaderId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Creates a staff member through the API with <see cref="StaffPassword"/>; returns their id.</summary>
    public async Task<Guid> CreateStaffAsync(string username, string[] roles, Guid? teamId = null, int grade = 1, Guid? lineManagerId = null)
    {
        using var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username,
            displayName = $"Test {username}",
            email = $"{username}@example.test",
            password = StaffPassword,
            roles,
            teamId,
            lineManagerId,
            grade,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<Guid>>> _ensuredStaff = new();

    /// <summary>
    /// A staff member with one role, created on first use and reused after (for tests that visit many pages as one
    /// person); agents and team leaders get a team of their own.
    /// </summary>
    public Task<Guid> EnsureStaffAsync(string username, string role) =>
        _ensuredStaff.GetOrAdd(username, _ => new Lazy<Task<Guid>>(async () =>
        {
            Guid? team = role is "Agent" or "TeamLeader" ? await CreateTeamAsync($"Team of {username}") : null;
            return await CreateStaffAsync(username, [role], team);
        })).Value;

    /// <summary>Runs <paramref name="work"/> with a database context of the app (for setup and assertions).</summary>
    public async Task<T> WithDbAsync<T>(Func<FrontlineDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FrontlineDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}

/// <summary>
/// The application started again over the database of <paramref name="previous"/>, as after a restart or on a second node
/// (its own fresh database goes unused).
/// </summary>
public sealed class RestartedAppFactory(FrontlineAppFactory previous) : FrontlineAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Frontline", previous.ConnectionString);
        builder.UseSetting("Scheduler:Name", previous.SchedulerName);
    }
}

/// <summary>The application with the demo centre seeded.</summary>
public sealed class DemoAppFactory : FrontlineAppFactory
{
    protected override bool SeedDemo => true;
}

/// <summary>The application on a real loopback port, for Chromium.</summary>
public class BrowserAppFactory : FrontlineAppFactory
{
    protected override bool UseRealServer => true;
}
