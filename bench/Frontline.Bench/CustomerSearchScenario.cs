using System.Diagnostics;
using System.Globalization;
using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// Customer search over a large book: bulk-loads <c>--count</c> generated customers (default 1,000,000), then
/// times <see cref="CustomerDirectory.SearchAsync"/> (server-side, no HTTP) for each search kind with typical
/// partial queries and reports p50/p95/p99 per kind. Target: p95 ≤ 20 ms for every kind.
/// <code>
/// dotnet run -c Release --project bench/Frontline.Bench -- customer-search --provider sqlite [--count 1000000] [--runs 300]
/// dotnet run -c Release --project bench/Frontline.Bench -- customer-search --provider postgres --connection "Host=...;Database=bench"
/// </code>
/// </summary>
public static class CustomerSearchScenario
{
    private const int BatchSize = 20_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Scenarios.Option(args, "provider", "sqlite");
        var count = int.Parse(Scenarios.Option(args, "count", "1000000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Scenarios.Option(args, "runs", "300"), CultureInfo.InvariantCulture);
        var connection = Scenarios.Option(args, "connection",
            provider == "sqlite" ? $"Data Source={Path.Combine(Path.GetTempPath(), $"frontline-bench-customers-{Environment.ProcessId}.db")}" : "");
        await using var host = await BenchHost.StartAsync(provider == "sqlite" ? "Sqlite" : "Postgres", connection);

        var samples = await LoadAsync(host, count);
        var random = new Random(7);
        var queries = new Dictionary<CustomerSearchKind, Func<Customer, string>>
        {
            // Partial, as an agent types them: a reference without its last digits, an outward code and sector,
            // a mobile's first seven digits, an email up to the start of its domain, the start of a surname or a full name.
            [CustomerSearchKind.Reference] = c => c.Reference[..^2],
            [CustomerSearchKind.Postcode] = c => c.Postcode![..^2],
            [CustomerSearchKind.Phone] = c => c.Phones[0][..7],
            [CustomerSearchKind.Email] = c => c.Email![..(c.Email!.IndexOf('@') + 4)],
            [CustomerSearchKind.Name] = c => random.Next(2) == 0 ? c.LastName[..Math.Min(4, c.LastName.Length)] : $"{c.FirstName} {c.LastName}",
        };

        Console.WriteLine($"customer-search on {host.Provider}, {count:N0} customers, {runs} searches per kind (limit {CustomerDirectory.DefaultLimit})");
        var failed = false;
        foreach (var (kind, make) in queries)
        {
            var terms = samples.Where(c => c.Email is not null).Select(make).ToList();
            await host.TimeAsync(20, (services, i) => Search(services, terms[i % terms.Count], kind));
            var timings = await host.TimeAsync(runs, (services, i) => Search(services, terms[(i * 7) % terms.Count], kind));
            failed |= timings.P95 > 20;
            Console.WriteLine($"  {kind.ToString().ToLowerInvariant(),-10} {timings}{(timings.P95 > 20 ? "   ABOVE TARGET" : "")}");
        }

        return failed ? 1 : 0;
    }

    private static async Task Search(IServiceProvider services, string query, CustomerSearchKind kind)
    {
        var result = await services.GetRequiredService<CustomerDirectory>().SearchAsync(query, null, CancellationToken.None);
        if (result.Kind != kind || result.Items.Count == 0)
        {
            throw new InvalidOperationException($"'{query}' was searched as {result.Kind} with {result.Items.Count} results; expected {kind}.");
        }
    }

    /// <summary>Bulk-loads the customers (one audit summary per batch) unless already there; returns a sample of them.</summary>
    private static async Task<List<Customer>> LoadAsync(BenchHost host, int count)
    {
        var samples = new List<Customer>();
        var createdAt = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            if (await db.Set<Customer>().CountAsync() >= count)
            {
                Console.WriteLine("customers already loaded");
                return Enumerable.Range(1, count).Where(n => n % 997 == 0).Select(n => CustomerGenerator.Create(new Random(n), n, createdAt)).ToList();
            }
        }

        var stopwatch = Stopwatch.StartNew();
        for (var start = 1; start <= count; start += BatchSize)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            db.AuditEachRecord = false;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < start + BatchSize && n <= count; n++)
            {
                // Each customer from its own seed, so a sample can be re-made without reloading.
                var customer = CustomerGenerator.Create(new Random(n), n, createdAt);
                db.Add(customer);
                if (n % 997 == 0)
                {
                    samples.Add(customer);
                }
            }

            await db.SaveChangesAsync();
            if (start % 200_000 == 1)
            {
                Console.WriteLine($"  loaded {start + BatchSize - 1:N0} in {stopwatch.Elapsed.TotalSeconds:0} s");
            }
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            await db.Database.ExecuteSqlRawAsync(db.Provider == DatabaseProvider.Postgres ? "ANALYZE \"Customers\"" : "ANALYZE");
        }

        Console.WriteLine($"loaded {count:N0} customers in {stopwatch.Elapsed.TotalSeconds:0} s ({count / stopwatch.Elapsed.TotalSeconds:N0}/s)");
        return samples;
    }
}
