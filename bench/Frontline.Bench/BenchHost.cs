using System.Diagnostics;
using System.Globalization;
using Frontline.Data;
using Frontline.Web;
using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Frontline.Bench;

/// <summary>
/// The application's services (no HTTP) on a database chosen by <c>--provider sqlite|postgres</c> and
/// <c>--connection</c>, migrated, so a benchmark can bulk-load data and time the real use-case classes
/// (server-side time, without HTTP).
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchHost(ServiceProvider services, DatabaseProvider provider)
    {
        _services = services;
        Provider = provider;
    }

    public DatabaseProvider Provider { get; }

    public IServiceProvider Services => _services;

    public static async Task<BenchHost> StartAsync(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Frontline"] = connectionString,
            ["Frontline:SeedDemo"] = "false",
            ["Frontline:AdminPassword"] = "Bench-admin-2026",
            // Scheduled jobs (draws, reminders, deliveries) would run beside the timed work: off, the bench times the use cases.
            ["Scheduler:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IWebHostEnvironment>(new BenchEnvironment());
        services.AddSingleton<IHostEnvironment>(sp => sp.GetRequiredService<IWebHostEnvironment>());
        services.AddFrontline(configuration);
        var provider_ = services.BuildServiceProvider();
        await PlatformModule.PrepareDatabaseAsync(provider_);
        // Background services run as in the application (on SQLite, the checkpointer that keeps the log short).
        foreach (var hosted in provider_.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        await using var scope = provider_.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        return new BenchHost(provider_, db.Provider);
    }

    /// <summary>Runs <paramref name="work"/> <paramref name="runs"/> times in fresh scopes and returns the timings in ms.</summary>
    public async Task<Percentiles> TimeAsync(int runs, Func<IServiceProvider, int, Task> work)
    {
        var timings = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            await using var scope = _services.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            await work(scope.ServiceProvider, i);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Percentiles.Of(timings);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }

    private sealed class BenchEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider WebRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
        public string ApplicationName { get; set; } = "Frontline.Web";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public string EnvironmentName { get; set; } = "Production";
    }
}

public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(List<double> timings)
    {
        timings.Sort();
        double At(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
        return new Percentiles(timings.Count, At(0.50), At(0.95), At(0.99), timings[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} p50={P50:0.00} ms p95={P95:0.00} ms p99={P99:0.00} ms max={Max:0.00} ms");
}
