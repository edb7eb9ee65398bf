using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Frontline.Data;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Performance.Publishing;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Performance.Staffing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// <c>performance --provider sqlite|postgres --connection "..." [--count 10000000]</c>: bulk-loads phone contacts over 2026
/// (10 teams of 20 agents, 4 queues, 8 % abandoned, unique call-log references), then, for March 2026, times each
/// queue/handling KPI (monthly) at centre, team and agent level through <see cref="KpiCalculator"/> against a hand-written
/// SQL aggregate of the same figure on the same engine (printing both and the ratio), the validation run for the month,
/// and a 48-interval Erlang C day plan from typed volumes.
/// </summary>
public static class PerformanceScenario
{
    private const int Teams = 10;
    private const int AgentsPerTeam = 20;
    private static readonly string[] Queues = ["general", "billing", "cards", "fraud"];

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Scenarios.Option(args, "provider", "sqlite");
        var connection = Scenarios.Option(args, "connection", "Data Source=/tmp/frontline-bench-performance.db");
        var count = int.Parse(Scenarios.Option(args, "count", "10000000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Scenarios.Option(args, "runs", "3"), CultureInfo.InvariantCulture);
        var postgres = provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
        await using var host = await BenchHost.StartAsync(provider, connection);
        var manager = await PrepareAsync(host);
        SignIn(host, manager);

        long existing;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            existing = await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Set<Frontline.Domain.Cases.Contact>().LongCountAsync();
        }

        if (existing < count)
        {
            var started = Stopwatch.StartNew();
            await BulkLoadAsync(host, count - (int)existing, (int)existing, postgres);
            Console.WriteLine($"loaded {count - existing:N0} contacts in {started.Elapsed.TotalSeconds:0.0} s");
        }

        var kpis = await KpisAsync(host, manager);
        var from = new DateOnly(2026, 3, 1);
        var to = new DateOnly(2026, 3, 31);
        foreach (var kpi in kpis)
        {
            foreach (var level in new[] { KpiLevel.Centre, KpiLevel.Team, KpiLevel.Individual })
            {
                var figures = 0;
                var ours = await host.TimeAsync(runs, async (services, _) =>
                    figures = (await services.GetRequiredService<KpiCalculator>().ComputeAsync(kpi, from, to, level, null, CancellationToken.None)).Count);
                var floorRows = 0;
                var floor = await host.TimeAsync(runs, async (services, _) =>
                    floorRows = await FloorAsync(services.GetRequiredService<FrontlineDbContext>(), kpi.Definition, level, from, to, postgres));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kpi.Name}, March 2026, {level.ToString().ToLowerInvariant()} ({provider}): KPI p50 {ours.P50:0.0} ms ({figures} figures) · hand SQL p50 {floor.P50:0.0} ms ({floorRows} rows) · ratio {ours.P50 / floor.P50:0.00}"));
            }
        }

        var validation = await host.TimeAsync(runs, (services, _) =>
            services.GetRequiredService<RunValidation>().ExecuteAsync(kpis[0].Id, new RunValidationRequest(from), CancellationToken.None));
        Console.WriteLine($"validation run, March 2026 ({provider}): {validation}");

        var volumes = Enumerable.Range(0, 48).Select(i => 20.0 + (60 * Math.Sin(Math.PI * i / 48))).ToList();
        await host.TimeAsync(3, (services, _) => services.GetRequiredService<PlanDay>()
            .ExecuteAsync(new DayPlanRequest(new DateOnly(2026, 3, 2), 30, "typed", volumes, "00:00", AhtSeconds: 240), CancellationToken.None)); // warm-up
        var plan = await host.TimeAsync(50, (services, _) => services.GetRequiredService<PlanDay>()
            .ExecuteAsync(new DayPlanRequest(new DateOnly(2026, 3, 2), 30, "typed", volumes, "00:00", AhtSeconds: 240), CancellationToken.None));
        Console.WriteLine($"Erlang C day plan, 48 intervals: {plan}");
        return 0;
    }

    /// <summary>The same figure as one hand-written statement per level: GROUP BY team or agent, one copy per call-log reference.</summary>
    private static async Task<int> FloorAsync(FrontlineDbContext db, KpiDefinition definition, KpiLevel level, DateOnly from, DateOnly to, bool postgres)
    {
        var (fromUtc, toUtc) = KpiCalculator.Instants(from, to);
        string Secs(string a, string b) => postgres ? $"EXTRACT(EPOCH FROM (\"{a}\" - \"{b}\"))" : $"(unixepoch(\"{a}\", 'subsec') - unixepoch(\"{b}\", 'subsec'))";
        var t = definition.Parameters.ThresholdSeconds.ToString(CultureInfo.InvariantCulture);
        var figure = definition.Measure switch
        {
            MeasureCatalogue.ServiceLevel => $"SUM(CASE WHEN \"AnsweredAt\" IS NOT NULL AND {Secs("AnsweredAt", "QueuedAt")} <= {t} THEN 1.0 ELSE 0 END) / COUNT(*)",
            MeasureCatalogue.AverageSpeedOfAnswer => $"AVG(CASE WHEN \"AnsweredAt\" IS NOT NULL THEN {Secs("AnsweredAt", "QueuedAt")} END)",
            MeasureCatalogue.AbandonmentRate => "SUM(CASE WHEN \"AnsweredAt\" IS NULL THEN 1.0 ELSE 0 END) / COUNT(*)",
            _ => $"AVG(CASE WHEN \"AnsweredAt\" IS NOT NULL AND \"EndedAt\" IS NOT NULL THEN {Secs("EndedAt", "AnsweredAt")} + CASE WHEN \"WrapEndedAt\" > \"EndedAt\" THEN {Secs("WrapEndedAt", "EndedAt")} ELSE 0 END END)",
        };
        var key = level switch { KpiLevel.Team => "\"TeamId\"", KpiLevel.Individual => "\"AgentId\"", _ => "NULL" };
        var sql = $"""
            SELECT {key}, {figure} FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY "ExternalReference" ORDER BY "Id") AS copy FROM "Contacts"
                WHERE "OfferedAt" >= @from AND "OfferedAt" < @to AND "Channel" = 'phone' AND "QueuedAt" IS NOT NULL) c
            WHERE copy = 1 {(level == KpiLevel.Centre ? "" : $"AND {key} IS NOT NULL GROUP BY {key}")}
            """;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in new[] { ("@from", fromUtc), ("@to", toUtc) })
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    private static async Task<List<Kpi>> KpisAsync(BenchHost host, Guid manager)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var existing = await db.Set<Kpi>().Include(k => k.Versions).Where(k => k.Name.StartsWith("Bench ")).OrderBy(k => k.Name).ToListAsync();
        if (existing.Count > 0)
        {
            return existing;
        }

        (string Name, string Measure, KpiDirection Direction, double Target, double Tolerance)[] designs =
        [
            ("Bench 1 service level", MeasureCatalogue.ServiceLevel, KpiDirection.HigherIsBetter, 0.8, 0.05),
            ("Bench 2 ASA", MeasureCatalogue.AverageSpeedOfAnswer, KpiDirection.LowerIsBetter, 20, 10),
            ("Bench 3 abandonment", MeasureCatalogue.AbandonmentRate, KpiDirection.LowerIsBetter, 0.05, 0.03),
            ("Bench 4 AHT", MeasureCatalogue.AverageHandlingTime, KpiDirection.LowerIsBetter, 300, 60),
        ];
        var kpis = designs.Select(d => Kpi.Create(new KpiDefinition(d.Name, "Bench", d.Measure, new MeasureParameters(20), new KpiFilters(Channel: "phone"), d.Direction,
            KpiFrequency.Monthly, [new(KpiLevel.Centre, d.Target, d.Tolerance), new(KpiLevel.Team, d.Target, d.Tolerance), new(KpiLevel.Individual, d.Target, d.Tolerance)],
            []), new DateOnly(2026, 1, 1), manager, DateTime.UtcNow)).ToList();
        db.AddRange(kpis);
        await db.SaveChangesAsync();
        return kpis;
    }

    private static void SignIn(BenchHost host, Guid managerId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, managerId.ToString()), new Claim(ClaimTypes.Name, "bench.perf"),
            new Claim(ClaimTypes.Role, Roles.Manager)], "bench");
        host.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    private static async Task<Guid> PrepareAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var manager = await db.Set<Frontline.Domain.People.StaffMember>().Where(s => s.Username == "bench.perf").Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
        return manager ?? (await scope.ServiceProvider.GetRequiredService<CreateStaffMember>().ExecuteAsync(new NewStaffMember("bench.perf", "Bench Performance",
            "bench.perf@example.test", "Bench-pass-2026", [Roles.Manager], null, null, 6), CancellationToken.None)).Id;
    }

    /// <summary>Multi-row INSERTs of generated contacts (bypassing the audit trail: test data, not activity). Agents and teams are ids only.</summary>
    private static async Task BulkLoadAsync(BenchHost host, int count, int offset, bool postgres)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(42 + offset);
        var teams = Enumerable.Range(1, Teams).Select(i => new Guid($"7ea70000-0000-7000-8000-{i:000000000000}")).ToArray();
        var agents = Enumerable.Range(1, Teams * AgentsPerTeam).Select(i => new Guid($"a9e70000-0000-7000-8000-{i:000000000000}")).ToArray();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var seconds = (new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalSeconds;
        string G(Guid g) => postgres ? $"'{g}'" : $"'{g.ToString().ToUpperInvariant()}'";
        string I(DateTime t) => postgres ? $"'{t:yyyy-MM-dd HH:mm:ss}+00'" : $"'{t:yyyy-MM-dd HH:mm:ss}'";
        const int batch = 1000;
        for (var done = 0; done < count;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var b = 0; b < 20 && done < count; b++)
            {
                var sql = new StringBuilder("INSERT INTO \"Contacts\" (\"Id\",\"AgentId\",\"TeamId\",\"Channel\",\"Direction\",\"Queue\",\"OfferedAt\",\"QueuedAt\",\"AnsweredAt\",\"EndedAt\",\"WrapEndedAt\",\"Outcome\",\"ExternalReference\",\"CreatedAt\",\"Version\") VALUES ");
                var rows = Math.Min(batch, count - done);
                for (var r = 0; r < rows; r++)
                {
                    var offered = start.AddSeconds(Math.Floor(random.NextDouble() * seconds));
                    var queued = offered.AddSeconds(random.Next(5, 40));
                    var agent = random.Next(agents.Length);
                    var abandoned = random.Next(100) < 8;
                    var answered = queued.AddSeconds(random.Next(0, 90));
                    var ended = abandoned ? queued.AddSeconds(random.Next(1, 120)) : answered.AddSeconds(random.Next(60, 600));
                    var wrap = abandoned ? "NULL" : I(ended.AddSeconds(random.Next(0, 60)));
                    sql.Append(r > 0 ? "," : "").Append(CultureInfo.InvariantCulture,
                        $"({G(Guid.CreateVersion7(new DateTimeOffset(offered)))},{(abandoned ? "NULL" : G(agents[agent]))},{(abandoned ? "NULL" : G(teams[agent / AgentsPerTeam]))},'phone','inbound','{Queues[random.Next(Queues.Length)]}',{I(offered)},{I(queued)},{(abandoned ? "NULL" : I(answered))},{I(ended)},{wrap},'{(abandoned ? "abandoned-in-queue" : "resolved")}','BENCH-{offset + done + r}',{I(offered)},0)");
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync();
                done += rows;
            }

            await transaction.CommitAsync();
        }

        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }
}
