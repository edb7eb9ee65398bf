using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.People;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// <c>complaints --provider sqlite|postgres --connection "..." [--count 1000000]</c>: bulk-loads complaints over three
/// years (2024–2026), then times the dashboard figures for a year, the complaints return for a half-year and
/// recording a complaint (with its clocks) from 8 concurrent workers.
/// </summary>
public static class ComplaintsScenario
{
    private static readonly string[] Groups = ["current-accounts", "credit-cards", "savings", "home-finance", "investments", "insurance-pure-protection"];
    private static readonly string[] Causes = ["unsuitable-advice", "terms-disputed-sums-charges", "general-admin-customer-service", "arrears-related", "other"];
    private static readonly string[] Channels = ["phone", "email", "letter", "web-chat", "web-form"];
    private static readonly string[] RootCauses = ["process-failure", "staff-error", "system-failure", "unclear-communication"];
    private static readonly string[] Outcomes = ["Upheld", "PartiallyUpheld", "NotUpheld"];

    private const int WarmUpCreates = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Scenarios.Option(args, "provider", "sqlite");
        var connection = Scenarios.Option(args, "connection", "Data Source=/tmp/frontline-bench-complaints.db");
        var count = int.Parse(Scenarios.Option(args, "count", "1000000"), CultureInfo.InvariantCulture);
        var perWorker = int.Parse(Scenarios.Option(args, "creates-per-worker", "150"), CultureInfo.InvariantCulture);
        var workerCount = int.Parse(Scenarios.Option(args, "workers", "8"), CultureInfo.InvariantCulture);
        await using var host = await BenchHost.StartAsync(provider, connection);
        var (managerId, customerId) = await PrepareAsync(host);
        SignIn(host, managerId);

        int existing;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            existing = await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Set<Frontline.Domain.Complaints.Complaint>().CountAsync();
        }

        if (existing < count)
        {
            var started = Stopwatch.StartNew();
            await BulkLoadAsync(host, count - existing, customerId, postgres: provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine($"loaded {count - existing:N0} complaints in {started.Elapsed.TotalSeconds:0.0} s");
        }

        var year = await host.TimeAsync(5, (services, _) =>
            services.GetRequiredService<ComplaintAnalysis>().ComputeAsync(new AnalysisFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), CancellationToken.None));
        Console.WriteLine($"dashboard figures, year 2025 ({provider}): {year}");

        var half = await host.TimeAsync(5, (services, _) =>
            services.GetRequiredService<ComplaintsReturn>().BuildCsvAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), CancellationToken.None));
        Console.WriteLine($"complaints return, H1 2025 ({provider}): {half}");

        var timings = new List<double>();
        var workers = Enumerable.Range(0, workerCount).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            // The first creates of each worker JIT-compile the write path and fill the caches: warm-up, not timed.
            for (var i = -WarmUpCreates; i < perWorker; i++)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var record = scope.ServiceProvider.GetRequiredService<RecordComplaint>();
                var started = Stopwatch.GetTimestamp();
                await record.ExecuteAsync(new CreateComplaintRequest(customerId, DateTimeOffset.UtcNow.AddMinutes(-5), "phone", "Bench complaint",
                    "credit-cards", "other"), CancellationToken.None);
                if (i >= 0)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            return mine;
        })).ToList();
        foreach (var worker in workers)
        {
            timings.AddRange(await worker);
        }

        Console.WriteLine($"record complaint, {workerCount} concurrent ({provider}): {Percentiles.Of(timings)}");
        return 0;
    }

    /// <summary>The use cases read the signed-in staff member from the HTTP context: sign a manager in for the run.</summary>
    private static void SignIn(BenchHost host, Guid managerId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, managerId.ToString()), new Claim(ClaimTypes.Name, "bench.manager"),
            new Claim(ClaimTypes.Role, Roles.Manager), new Claim(ClaimTypes.Role, Roles.ComplaintsHandler)], "bench");
        host.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    private static async Task<(Guid Manager, Guid Customer)> PrepareAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var manager = await db.Set<Frontline.Domain.People.StaffMember>().Where(s => s.Username == "bench.manager").Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
        manager ??= (await scope.ServiceProvider.GetRequiredService<CreateStaffMember>().ExecuteAsync(new NewStaffMember("bench.manager", "Bench Manager",
            "bench.manager@example.test", "Bench-pass-2026", [Roles.Manager, Roles.ComplaintsHandler], null, null, 6), CancellationToken.None)).Id;
        var customer = await db.Set<Customer>().Where(c => c.Reference == "BENCH-1").Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
        if (customer is null)
        {
            var created = new Customer { Reference = "BENCH-1", FirstName = "Bench", LastName = "Customer", CreatedAt = DateTime.UtcNow };
            db.Add(created);
            await db.SaveChangesAsync();
            customer = created.Id;
        }

        return (manager.Value, customer.Value);
    }

    /// <summary>Multi-row INSERTs of generated complaints (bypassing the audit trail: this is test data, not activity).</summary>
    private static async Task BulkLoadAsync(BenchHost host, int count, Guid customerId, bool postgres)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(42);
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2026, 10, 31, 0, 0, 0, DateTimeKind.Utc);
        var span = (end - start).TotalMinutes;
        string Guid_(Guid g) => postgres ? $"'{g}'" : $"'{g.ToString().ToUpperInvariant()}'";
        string Instant(DateTime t) => postgres ? $"'{t:yyyy-MM-dd HH:mm:ss}+00'" : $"'{t:yyyy-MM-dd HH:mm:ss}'";
        string Day(DateOnly d) => $"'{d:yyyy-MM-dd}'";
        const int batch = 500;
        for (var done = 0; done < count;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var b = 0; b < 20 && done < count; b++)
            {
                var sql = new StringBuilder("INSERT INTO \"Complaints\" (\"Id\",\"CustomerId\",\"ComplainantType\",\"ReceivedAt\",\"Division\",\"Channel\",\"Description\",\"AboutKind\",\"ProductGroup\",\"CauseCategory\",\"RulePackId\",\"IsVulnerable\",\"Status\",\"ReceivedOn\",\"SummaryResolutionBy\",\"FinalResponseDue\",\"FinalResponseAlertDate\",\"RespondedAt\",\"RespondedOn\",\"RespondedWithinSummaryWindow\",\"RespondedWithinFinalDeadline\",\"ClosedAt\",\"ReopenedCount\",\"TimeBarReasons\",\"Outcome\",\"RootCause\",\"LearningPoints\",\"OmbudsmanReferredAt\",\"OmbudsmanOutcome\",\"RedressTotalPence\",\"CreatedAt\",\"UpdatedAt\",\"Version\") VALUES ");
                var rows = Math.Min(batch, count - done);
                for (var r = 0; r < rows; r++)
                {
                    var received = start.AddMinutes(random.NextDouble() * span);
                    var on = DateOnly.FromDateTime(received);
                    var src = on.AddDays(on.DayOfWeek switch { DayOfWeek.Wednesday or DayOfWeek.Thursday or DayOfWeek.Friday => 5, DayOfWeek.Saturday => 4, _ => 3 });
                    var due = on.AddDays(56);
                    var respondedDays = random.Next(100) switch { < 35 => random.Next(0, 3), < 90 => random.Next(3, 56), _ => random.Next(57, 90) };
                    var respondedOn = on.AddDays(respondedDays);
                    var open = respondedOn > new DateOnly(2026, 11, 1);
                    var outcome = Outcomes[random.Next(Outcomes.Length)];
                    var redress = outcome == "NotUpheld" ? 0 : random.Next(0, 50_000);
                    var ombudsman = !open && random.Next(100) < 3;
                    var status = open ? "Investigating" : ombudsman ? "ReferredToOmbudsman" : "Closed";
                    var respondedAt = respondedOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
                    if (r > 0)
                    {
                        sql.Append(',');
                    }

                    sql.Append(CultureInfo.InvariantCulture, $"({Guid_(Guid.CreateVersion7(new DateTimeOffset(received)))},{Guid_(customerId)},'Consumer',{Instant(received)},'england-and-wales',")
                        .Append(CultureInfo.InvariantCulture, $"'{Channels[random.Next(Channels.Length)]}','Generated complaint','service','{Groups[random.Next(Groups.Length)]}','{Causes[random.Next(Causes.Length)]}','fca-disp',FALSE,")
                        .Append(CultureInfo.InvariantCulture, $"'{status}',{Day(on)},{Day(src)},{Day(due)},{Day(due)},")
                        .Append(open ? "NULL,NULL,NULL,NULL,NULL," : $"{Instant(respondedAt)},{Day(respondedOn)},{(respondedOn <= src ? "TRUE" : "FALSE")},{(respondedOn <= due ? "TRUE" : "FALSE")},{Instant(respondedAt)},")
                        .Append(CultureInfo.InvariantCulture, $"0,'[]',{(open ? "NULL" : $"'{outcome}'")},{(open ? "NULL" : $"'{RootCauses[random.Next(RootCauses.Length)]}'")},")
                        .Append(open ? "'[]'" : "'[\"Explain charges before the statement\"]'")
                        .Append(CultureInfo.InvariantCulture, $",{(ombudsman ? Instant(respondedAt.AddDays(30)) : "NULL")},{(ombudsman ? "'not upheld'" : "NULL")},{(open ? 0 : redress)},{Instant(received)},{Instant(received)},1)");
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync();
                done += rows;
            }

            await transaction.CommitAsync();
            if (done % 100_000 < batch * 20)
            {
                Console.WriteLine($"  {done:N0}");
            }
        }

        await using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE";
        await analyse.ExecuteNonQueryAsync();
    }
}
