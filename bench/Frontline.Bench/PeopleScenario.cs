using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.People.Development;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// <c>people --provider sqlite|postgres --connection "..." [--people 300] [--evaluations 1000000]</c>: a centre of 300
/// colleagues with a year of development plans (one a quarter each, two activities) and a year of submitted evaluations,
/// then times the centre's effectiveness report (every plan's QA score before and after, by method) against a plain-SQL
/// floor computing the same before/after counts and means in one statement.
/// </summary>
public static class PeopleScenario
{
    private static readonly DevelopmentMethod[] Methods = Enum.GetValues<DevelopmentMethod>();

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Scenarios.Option(args, "provider", "sqlite");
        var connection = Scenarios.Option(args, "connection", "Data Source=/tmp/frontline-bench-people.db");
        var people = int.Parse(Scenarios.Option(args, "people", "300"), CultureInfo.InvariantCulture);
        var evaluations = int.Parse(Scenarios.Option(args, "evaluations", "1000000"), CultureInfo.InvariantCulture);
        var postgres = provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
        await using var host = await BenchHost.StartAsync(provider, connection);
        var (managerId, staff) = await PrepareAsync(host, people);
        SignIn(host, managerId);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            var existing = await db.Set<Frontline.Domain.Quality.Evaluation>().CountAsync();
            if (existing < evaluations)
            {
                var started = Stopwatch.StartNew();
                await BulkLoadAsync(db, staff, evaluations - existing, postgres);
                Console.WriteLine($"loaded {evaluations - existing:N0} evaluations in {started.Elapsed.TotalSeconds:0.0} s");
            }
        }

        var report = await host.TimeAsync(5, async (services, _) =>
        {
            var view = await services.GetRequiredService<EffectivenessReport>().ReportAsync(new EffectivenessQuery(), CancellationToken.None);
            if (view.Plans.Count == 0)
            {
                throw new InvalidOperationException("No plans in the report.");
            }
        });
        Console.WriteLine($"effectiveness report, centre, {people} people ({provider}): {report}");

        var floor = await host.TimeAsync(5, (services, _) => FloorAsync(services.GetRequiredService<FrontlineDbContext>(), postgres));
        Console.WriteLine($"plain-SQL floor, same before/after figures ({provider}): {floor}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio (p50 report / p50 floor): {report.P50 / floor.P50:0.0}"));
        return 0;
    }

    private static void SignIn(BenchHost host, Guid managerId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, managerId.ToString()), new Claim(ClaimTypes.Name, "bench.people.manager"),
            new Claim(ClaimTypes.Role, Roles.Manager)], "bench");
        host.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    /// <summary>The manager, the colleagues in teams of 15, and four quarterly plans each (skipped when already there).</summary>
    private static async Task<(Guid Manager, List<Guid> Staff)> PrepareAsync(BenchHost host, int people)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var manager = await db.Set<StaffMember>().Where(s => s.Username == "bench.people.manager").Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
        if (manager is not null)
        {
            return (manager.Value, await db.Set<StaffMember>().Where(s => s.Username.StartsWith("bench.people.agent")).Select(s => s.Id).ToListAsync());
        }

        var now = DateTime.UtcNow;
        var boss = new StaffMember { Username = "bench.people.manager", DisplayName = "Bench Manager", Email = "bench.people.manager@example.test", RolesList = Roles.Manager, CreatedAt = now };
        db.Add(boss);
        var staff = new List<Guid>();
        Team? team = null;
        for (var i = 0; i < people; i++)
        {
            if (i % 15 == 0)
            {
                team = new Team { Name = $"Bench team {i / 15 + 1}" };
                db.Add(team);
            }

            var agent = new StaffMember
            {
                Username = $"bench.people.agent{i:000}", DisplayName = $"Agent {i:000}", Email = $"bench.people.agent{i:000}@example.test", RolesList = Roles.Agent,
                TeamId = team!.Id, CreatedAt = now,
            };
            db.Add(agent);
            staff.Add(agent.Id);
            for (var q = 0; q < 4; q++)
            {
                var start = new DateOnly(2025, 1 + (3 * q), 1).AddDays(i % 20);
                var plan = new DevelopmentPlan { StaffId = agent.Id, Title = $"Q{q + 1} plan", CreatedById = boss.Id, CreatedAt = now, UpdatedAt = now };
                plan.SetObjectives([new PlanObjective("Raise the QA score", "Customers get it right first time", "qa-score", null, 5)]);
                plan.AddActivity(Methods[(i + q) % Methods.Length], "Coaching", boss.Id, start, start.AddDays(20), null);
                plan.AddActivity(Methods[(i + q + 3) % Methods.Length], "Follow-up", boss.Id, start.AddDays(21), start.AddDays(34), null);
                db.Add(plan);
            }
        }

        await db.SaveChangesAsync();
        return (boss.Id, staff);
    }

    /// <summary>Multi-row INSERTs of submitted evaluations spread over 2025 (bypassing the audit trail: test data, not activity).</summary>
    private static async Task BulkLoadAsync(FrontlineDbContext db, List<Guid> staff, int count, bool postgres)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(7);
        var start = new DateTime(2024, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var minutes = (new DateTime(2026, 1, 31, 0, 0, 0, DateTimeKind.Utc) - start).TotalMinutes;
        string G(Guid g) => postgres ? $"'{g}'" : $"'{g.ToString().ToUpperInvariant()}'";
        string T(DateTime t) => postgres ? $"'{t:yyyy-MM-dd HH:mm:ss}+00'" : $"'{t:yyyy-MM-dd HH:mm:ss}'";
        var card = Guid.NewGuid();
        var version = Guid.NewGuid();
        for (var done = 0; done < count;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var b = 0; b < 20 && done < count; b++)
            {
                var sql = new StringBuilder("INSERT INTO \"QualityEvaluations\" (\"Id\",\"ScorecardId\",\"ScorecardVersionId\",\"ScorecardVersionNumber\",\"Subject\",\"AgentId\",\"EvaluatorId\",\"Method\",\"Status\",\"Score\",\"ScoreBeforeCritical\",\"Band\",\"CriticalFailed\",\"ComplianceCriticalFailed\",\"DevelopmentAreas\",\"CreatedAt\",\"UpdatedAt\",\"SubmittedAt\",\"Version\") VALUES ");
                var rows = Math.Min(500, count - done);
                for (var r = 0; r < rows; r++)
                {
                    var at = start.AddMinutes(random.NextDouble() * minutes);
                    var score = Math.Round(50 + (random.NextDouble() * 50), 2).ToString(CultureInfo.InvariantCulture);
                    sql.Append(r > 0 ? "," : "").Append(CultureInfo.InvariantCulture,
                        $"({G(Guid.CreateVersion7(new DateTimeOffset(at)))},{G(card)},{G(version)},1,'Contact',{G(staff[random.Next(staff.Count)])},{G(card)},'RemoteReview','Submitted',{score},{score},'meets','[]',FALSE,'[]',{T(at)},{T(at)},{T(at)},1)");
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync();
                done += rows;
            }

            await transaction.CommitAsync();
            if (done % 100_000 < 10_000)
            {
                Console.WriteLine($"  {done:N0}");
            }
        }

        await using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE";
        await analyse.ExecuteNonQueryAsync();
    }

    /// <summary>The floor: every plan's before and after window (30 days) as a VALUES list joined to the evaluations, one statement.</summary>
    private static async Task FloorAsync(FrontlineDbContext db, bool postgres)
    {
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Include(p => p.Activities).ToListAsync();
        var rule = new EffectivenessRule();
        string G(Guid g) => postgres ? $"'{g}'::uuid" : $"'{g.ToString().ToUpperInvariant()}'";
        string T(DateTime t) => postgres ? $"'{t:yyyy-MM-dd HH:mm:ss}+00'::timestamptz" : $"'{t:yyyy-MM-dd HH:mm:ss}'";
        var values = string.Join(",", plans.SelectMany((p, i) => new[] { (Window: rule.Before(p.StartsOn), Key: 2 * i), (Window: rule.After(p.EndsOn!.Value), Key: (2 * i) + 1) }
            .Select(w => $"({w.Key},{G(p.StaffId)},{T(w.Window.Start)},{T(w.Window.End)})")));
        var sql = $"WITH w(k, agent, s, e) AS (VALUES {values}) SELECT w.k, COUNT(q.\"Score\"), AVG(q.\"Score\") FROM w LEFT JOIN \"QualityEvaluations\" q " +
            "ON q.\"AgentId\" = w.agent AND q.\"SubmittedAt\" >= w.s AND q.\"SubmittedAt\" < w.e GROUP BY w.k";
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        if (rows != plans.Count * 2)
        {
            throw new InvalidOperationException($"The floor returned {rows} windows for {plans.Count} plans.");
        }
    }
}
