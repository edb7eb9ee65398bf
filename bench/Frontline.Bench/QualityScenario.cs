using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Domain.Quality.Sampling;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Quality;
using Frontline.Web.Features.Quality.Dashboard;
using Frontline.Web.Features.Quality.Sampling;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// <c>quality --provider sqlite|postgres --connection "..." [--contacts 10000000] [--evaluations 1000000] [--agents 300]</c>:
/// bulk-loads a quarter (Q1 2026) of contacts and submitted evaluations for 300 agents in 10 teams, then times, each
/// beside a floor measured in the same run on the same engine (plain SQL through the same driver):
/// a weekly sampling draw for all agents (floor: reading the week's candidate contacts), the quality dashboard for the
/// quarter (floor: the two heaviest aggregates, scores by agent and criteria averages), and saving a submitted
/// evaluation from 8 workers (floor: inserting the evaluation row and its answers in one transaction).
/// </summary>
public static class QualityScenario
{
    private static readonly DateTime QuarterStart = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime QuarterEnd = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    private sealed record Setup(Guid AnalystId, Guid PlanId, ScorecardView Card, IReadOnlyList<(Guid Agent, Guid Team)> Agents);

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Scenarios.Option(args, "provider", "sqlite");
        var connection = Scenarios.Option(args, "connection", "Data Source=/tmp/frontline-bench-quality.db");
        var contacts = int.Parse(Scenarios.Option(args, "contacts", "10000000"), CultureInfo.InvariantCulture);
        var evaluations = int.Parse(Scenarios.Option(args, "evaluations", "1000000"), CultureInfo.InvariantCulture);
        var agentCount = int.Parse(Scenarios.Option(args, "agents", "300"), CultureInfo.InvariantCulture);
        var workerCount = int.Parse(Scenarios.Option(args, "workers", "8"), CultureInfo.InvariantCulture);
        var perWorker = int.Parse(Scenarios.Option(args, "saves-per-worker", "60"), CultureInfo.InvariantCulture);
        var postgres = provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
        await using var host = await BenchHost.StartAsync(provider, connection);
        var setup = await PrepareAsync(host, agentCount);
        SignIn(host, setup.AnalystId);

        var (haveContacts, haveEvaluations) = await CountsAsync(host);
        if (haveContacts < contacts)
        {
            var started = Stopwatch.StartNew();
            await LoadContactsAsync(host, contacts - haveContacts, setup.Agents, postgres);
            Console.WriteLine($"loaded {contacts - haveContacts:N0} contacts in {started.Elapsed.TotalSeconds:0.0} s");
        }

        if (haveEvaluations < evaluations)
        {
            var started = Stopwatch.StartNew();
            await LoadEvaluationsAsync(host, evaluations - haveEvaluations, setup, postgres);
            Console.WriteLine($"loaded {evaluations - haveEvaluations:N0} evaluations in {started.Elapsed.TotalSeconds:0.0} s");
        }

        await ExecuteAsync(host, "ANALYZE");
        Console.WriteLine($"data ({provider}): {Math.Max(contacts, haveContacts):N0} contacts, {Math.Max(evaluations, haveEvaluations):N0} evaluations, {setup.Agents.Count} agents");

        // 1. Weekly draws: each run draws a week of the quarter not drawn before (a drawn week is refused).
        var drawn = await DrawnWeeksAsync(host, setup.PlanId);
        var weeks = Enumerable.Range(0, 13).Select(w => DateOnly.FromDateTime(QuarterStart).AddDays(4 + (7 * w))) // 2026-01-05 is a Monday
            .Where(w => !drawn.Contains(w)).Take(3).ToList();
        var agentIds = setup.Agents.Select(a => a.Agent).ToList();
        if (weeks.Count > 0)
        {
            var draw = await host.TimeAsync(weeks.Count, (services, i) =>
                services.GetRequiredService<DrawSample>().ExecuteAsync(setup.PlanId, new DrawRequest(weeks[i]), null, CancellationToken.None));
            var floor = await host.TimeAsync(weeks.Count, (services, i) => ReadWeekAsync(services, agentIds, weeks[i]));
            Report($"weekly draw, {setup.Agents.Count} agents ({provider})", draw, floor, "≤ 2 s");
        }
        else
        {
            Console.WriteLine("weekly draw: every week of the quarter is drawn already (use a fresh database to time it again)");
        }

        // 2. The quality dashboard for the quarter, centre-wide.
        var filter = new DashboardFilter(DateOnly.FromDateTime(QuarterStart), DateOnly.FromDateTime(QuarterEnd).AddDays(-1), null, null, null, null, null, null);
        await host.TimeAsync(1, (services, _) => services.GetRequiredService<QualityDashboard>().ComputeAsync(filter, CancellationToken.None)); // warm-up
        var dashboard = await host.TimeAsync(5, (services, _) => services.GetRequiredService<QualityDashboard>().ComputeAsync(filter, CancellationToken.None));
        var dashboardFloor = await host.TimeAsync(5, (services, _) => DashboardFloorAsync(services));
        Report($"quality dashboard, quarter ({provider})", dashboard, dashboardFloor, "≤ 1 s");

        // 3. Saving a submitted evaluation, 8 workers, each on contacts of its own.
        var free = await FreeContactsAsync(host, workerCount * (perWorker + 5) * 2);
        var saves = await ConcurrentAsync(workerCount, perWorker, async (services, worker, i) =>
        {
            var contactId = free[(worker * (perWorker + 5)) + i + 5];
            await services.GetRequiredService<StartEvaluation>().ExecuteAsync(new CreateEvaluationRequest(setup.Card.Id, contactId, Answers(setup.Card, i),
                "Clear and polite.", null, true), CancellationToken.None);
        }, host);
        var saveFloor = await ConcurrentAsync(workerCount, perWorker, (services, _, i) => InsertEvaluationFloorAsync(services, setup, postgres, i), host);
        Report($"save a submitted evaluation, {workerCount} concurrent ({provider})", saves, saveFloor, "p99 ≤ 50 ms");
        return 0;
    }

    private static void Report(string what, Percentiles frontline, Percentiles floor, string target) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: Frontline {frontline}\n    floor {floor}\n    ratio p50 {frontline.P50 / floor.P50:0.0}× p99 {frontline.P99 / floor.P99:0.0}× (target {target})"));

    private static List<AnswerRequest> Answers(ScorecardView card, int seed) =>
        [.. card.Sections.SelectMany(s => s.Criteria).Select((c, n) => new AnswerRequest(c.Id, JsonSerializer.SerializeToElement((seed + n) % 4 == 0 ? "no" : "yes")))];

    /// <summary>Runs <paramref name="work"/> from <paramref name="workers"/> concurrent workers, 5 untimed warm-ups each, and returns the timings.</summary>
    private static async Task<Percentiles> ConcurrentAsync(int workers, int perWorker, Func<IServiceProvider, int, int, Task> work, BenchHost host)
    {
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>();
            for (var i = -5; i < perWorker; i++)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                await work(scope.ServiceProvider, worker, i);
                if (i >= 0)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            return mine;
        })).ToList();
        var all = new List<double>();
        foreach (var task in tasks)
        {
            all.AddRange(await task);
        }

        return Percentiles.Of(all);
    }

    private static void SignIn(BenchHost host, Guid analystId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, analystId.ToString()), new Claim(ClaimTypes.Name, "bench.qa"),
            new Claim(ClaimTypes.Role, Roles.QualityAnalyst), new Claim(ClaimTypes.Role, Roles.Manager)], "bench");
        host.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    /// <summary>Teams, agents, the analyst, a published phone scorecard and a weekly plan covering every team (made once, found after).</summary>
    private static async Task<Setup> PrepareAsync(BenchHost host, int agentCount)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FrontlineDbContext>();
        var staff = db.Set<Domain.People.StaffMember>();
        var analystId = await staff.Where(s => s.Username == "bench.qa").Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
        if (analystId is null)
        {
            analystId = (await services.GetRequiredService<CreateStaffMember>().ExecuteAsync(new NewStaffMember("bench.qa", "Bench Analyst",
                "bench.qa@example.test", "Bench-pass-2026", [Roles.QualityAnalyst, Roles.Manager], null, null, 5), CancellationToken.None)).Id;
        }

        SignIn(host, analystId.Value);
        var agents = await staff.Where(s => s.Username.StartsWith("bench.agent.") && s.TeamId != null).Select(s => new { s.Id, Team = s.TeamId!.Value }).ToListAsync();
        if (agents.Count < agentCount)
        {
            // Staff records only (no sign-in accounts): agents are evaluated here, they do not sign in.
            var teams = Enumerable.Range(1, 10).Select(t => new Domain.People.Team { Name = $"Bench team {t}" }).ToList();
            db.AddRange(teams);
            for (var a = agents.Count; a < agentCount; a++)
            {
                var member = new Domain.People.StaffMember
                {
                    Username = $"bench.agent.{a}", DisplayName = $"Bench Agent {a}", Email = $"bench.agent.{a}@example.test", RolesList = Roles.Agent,
                    TeamId = teams[a % teams.Count].Id, Grade = 1, CreatedAt = QuarterStart.AddDays(-400),
                };
                db.Add(member);
                agents.Add(new { member.Id, Team = member.TeamId!.Value });
            }

            await db.SaveChangesAsync();
        }

        var card = await db.Set<Scorecard>().Where(s => s.Name == "Bench phone card").Select(s => (Guid?)s.Id).SingleOrDefaultAsync() is { } cardId
            ? await services.GetRequiredService<ScorecardDirectory>().GetAsync(cardId, null, CancellationToken.None)
            : await CreateCardAsync(services);
        var planId = await db.Set<SamplingPlan>().Where(p => p.Name == "Bench weekly checks").Select(p => (Guid?)p.Id).SingleOrDefaultAsync();
        if (planId is null)
        {
            var teamIds = agents.Select(a => a.Team).Distinct().ToList();
            planId = (await services.GetRequiredService<CreateSamplingPlan>().ExecuteAsync(new CreatePlanRequest("Bench weekly checks", teamIds, 5, SamplingPeriod.Week,
                null, [analystId.Value]), CancellationToken.None)).Id;
        }

        return new Setup(analystId.Value, planId.Value, card, [.. agents.Take(agentCount).Select(a => (a.Id, a.Team))]);
    }

    private static async Task<ScorecardView> CreateCardAsync(IServiceProvider services)
    {
        CriterionRequest YesNo(string text, Criticality? critical = null) => new(text, null, CriterionKind.YesNo, null, 1, false, critical, null);
        var created = await services.GetRequiredService<CreateScorecard>().ExecuteAsync(new ScorecardRequest("Bench phone card", ["phone"], null,
        [
            new SectionRequest("Opening and ID&V", 1, [YesNo("Greeting"), YesNo("ID&V before account details", Criticality.Compliance), YesNo("Need understood")]),
            new SectionRequest("Resolution and rapport", 1, [YesNo("Resolved accurately"), YesNo("Used the customer's name"), YesNo("Checked understanding")]),
        ]), CancellationToken.None);
        return await services.GetRequiredService<PublishScorecard>().ExecuteAsync(created.Id, null, CancellationToken.None);
    }

    private static async Task<(int Contacts, int Evaluations)> CountsAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        return (await db.Set<Domain.Cases.Contact>().CountAsync(), await db.Set<Evaluation>().CountAsync());
    }

    private static async Task<HashSet<DateOnly>> DrawnWeeksAsync(BenchHost host, Guid planId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return [.. await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Set<SamplingDraw>().Where(d => d.PlanId == planId).Select(d => d.PeriodStart).ToListAsync()];
    }

    private static async Task<List<Guid>> FreeContactsAsync(BenchHost host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        // The newest contacts: the bulk-loaded evaluations name no contact, so none of these has been evaluated.
        return await db.Set<Domain.Cases.Contact>().OrderByDescending(c => c.CreatedAt).Select(c => c.Id).Take(count).ToListAsync();
    }

    private static async Task ExecuteAsync(BenchHost host, string sql)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private static string G(Guid g, bool postgres) => postgres ? $"'{g}'" : $"'{g.ToString().ToUpperInvariant()}'";

    private static string T(DateTime t, bool postgres) =>
        postgres ? $"'{t:yyyy-MM-dd HH:mm:ss.ffffff}+00'" : $"'{t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')}'";

    /// <summary>Multi-row INSERTs of contacts over the quarter, spread over the agents (test data, not activity: no audit).</summary>
    private static async Task LoadContactsAsync(BenchHost host, int count, IReadOnlyList<(Guid Agent, Guid Team)> agents, bool postgres)
    {
        var random = new Random(7);
        var span = (QuarterEnd - QuarterStart).TotalSeconds;
        await BatchInsertAsync(host, count, "INSERT INTO \"Contacts\" (\"Id\",\"AgentId\",\"TeamId\",\"Channel\",\"Direction\",\"Queue\",\"OfferedAt\",\"QueuedAt\",\"AnsweredAt\",\"EndedAt\",\"Outcome\",\"CreatedAt\",\"Version\") VALUES ",
            (sql, _) =>
            {
                var (agent, team) = agents[random.Next(agents.Count)];
                var offered = QuarterStart.AddSeconds(random.NextDouble() * (span - 3600));
                var answered = offered.AddSeconds(5 + random.Next(120));
                sql.Append(CultureInfo.InvariantCulture, $"({G(Guid.CreateVersion7(new DateTimeOffset(offered)), postgres)},{G(agent, postgres)},{G(team, postgres)},'phone','inbound','general',")
                    .Append(CultureInfo.InvariantCulture, $"{T(offered, postgres)},{T(offered.AddSeconds(5), postgres)},{T(answered, postgres)},{T(answered.AddSeconds(60 + random.Next(900)), postgres)},'resolved',{T(offered, postgres)},1)");
            });
    }

    /// <summary>Submitted evaluations over the quarter with their answers, scored by the scorecard's rule (equal weights, yes = 1).</summary>
    private static async Task LoadEvaluationsAsync(BenchHost host, int count, Setup setup, bool postgres)
    {
        var random = new Random(11);
        var span = (QuarterEnd - QuarterStart).TotalSeconds;
        var criteria = setup.Card.Sections.SelectMany(s => s.Criteria.Select(c => (Section: s.Id, Criterion: c))).ToList();
        var answers = new StringBuilder();
        await BatchInsertAsync(host, count, "INSERT INTO \"QualityEvaluations\" (\"Id\",\"ScorecardId\",\"ScorecardVersionId\",\"ScorecardVersionNumber\",\"Subject\",\"Channel\",\"WorkAt\",\"AgentId\",\"TeamId\",\"EvaluatorId\",\"Method\",\"Status\",\"Score\",\"ScoreBeforeCritical\",\"Band\",\"CriticalFailed\",\"ComplianceCriticalFailed\",\"DevelopmentAreas\",\"CreatedAt\",\"UpdatedAt\",\"SubmittedAt\",\"Version\") VALUES ",
            (sql, _) =>
            {
                var (agent, team) = setup.Agents[random.Next(setup.Agents.Count)];
                var submitted = QuarterStart.AddSeconds(random.NextDouble() * span);
                var id = Guid.CreateVersion7(new DateTimeOffset(submitted));
                var points = criteria.Select(_ => random.Next(100) < 85 ? 1 : 0).ToList();
                var criticalFailed = criteria.Select((c, n) => (c, n)).Where(x => x.c.Criterion.Critical is not null && points[x.n] == 0).Select(x => x.c.Criterion.Id).ToList();
                var before = Math.Round(100.0 * ((points.Take(3).Average() + points.Skip(3).Average()) / 2), 2, MidpointRounding.AwayFromZero);
                var score = criticalFailed.Count > 0 ? 0 : before;
                var band = criticalFailed.Count > 0 ? "fail" : score >= 90 ? "excellent" : score >= 75 ? "good" : score >= 60 ? "needs-improvement" : "unsatisfactory";
                var failed = "[" + string.Join(",", criticalFailed.Select(c => $"\"{c}\"")) + "]";
                sql.Append(CultureInfo.InvariantCulture, $"({G(id, postgres)},{G(setup.Card.Id, postgres)},{G(setup.Card.VersionId, postgres)},{setup.Card.Version},'Contact','phone',{T(submitted.AddDays(-2), postgres)},")
                    .Append(CultureInfo.InvariantCulture, $"{G(agent, postgres)},{G(team, postgres)},{G(setup.AnalystId, postgres)},'RemoteReview','Submitted',{score},{before},'{band}','{failed}',{(criticalFailed.Count > 0 ? "TRUE" : "FALSE")},'[]',")
                    .Append(CultureInfo.InvariantCulture, $"{T(submitted, postgres)},{T(submitted, postgres)},{T(submitted, postgres)},1)");
                for (var n = 0; n < criteria.Count; n++)
                {
                    answers.Append(answers.Length == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                        $"({G(Guid.CreateVersion7(), postgres)},{G(id, postgres)},{G(criteria[n].Criterion.Id, postgres)},{G(criteria[n].Criterion.Key, postgres)},{G(criteria[n].Section, postgres)},FALSE,{points[n]},1)");
                }
            },
            () =>
            {
                var sql = "INSERT INTO \"QualityEvaluationAnswers\" (\"Id\",\"EvaluationId\",\"CriterionId\",\"CriterionKey\",\"SectionId\",\"NotApplicable\",\"Points\",\"MaxPoints\") VALUES " + answers;
                answers.Clear();
                return sql;
            });
    }

    /// <summary>Commits every 20 statements of 500 rows; <paramref name="after"/> adds a dependent statement to each.</summary>
    private static async Task BatchInsertAsync(BenchHost host, int count, string insert, Action<StringBuilder, int> row, Func<string>? after = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        const int batch = 500;
        for (var done = 0; done < count;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var b = 0; b < 20 && done < count; b++)
            {
                var sql = new StringBuilder(insert);
                var rows = Math.Min(batch, count - done);
                for (var r = 0; r < rows; r++)
                {
                    sql.Append(r == 0 ? "" : ",");
                    row(sql, done + r);
                }

                await RunAsync(connection, transaction, sql.ToString());
                if (after is not null)
                {
                    await RunAsync(connection, transaction, after());
                }

                done += rows;
            }

            await transaction.CommitAsync();
            if (done % 500_000 < batch * 20)
            {
                Console.WriteLine($"  {done:N0}");
            }
        }
    }

    private static async Task RunAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The floor of a draw: reading the week's contacts of every agent (the candidates the draw chooses from).</summary>
    private static async Task ReadWeekAsync(IServiceProvider services, IReadOnlyList<Guid> agentIds, DateOnly monday)
    {
        var db = services.GetRequiredService<FrontlineDbContext>();
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var from = monday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var chunk in agentIds.Chunk(200))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"Id\", \"AgentId\" FROM \"Contacts\" WHERE \"AgentId\" IN ({string.Join(",", chunk.Select(a => G(a, postgres)))}) AND \"CreatedAt\" >= @from AND \"CreatedAt\" < @to";
            AddParameter(command, "from", from);
            AddParameter(command, "to", from.AddDays(7));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
    }

    /// <summary>The dashboard's two heaviest figures in plain SQL: average score by agent, and average points by criterion, for the quarter.</summary>
    private static async Task DashboardFloorAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<FrontlineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            "SELECT \"AgentId\", COUNT(*), AVG(\"Score\") FROM \"QualityEvaluations\" WHERE \"SubmittedAt\" >= @from AND \"SubmittedAt\" < @to GROUP BY \"AgentId\"",
            "SELECT a.\"CriterionKey\", COUNT(*), AVG(CAST(a.\"Points\" AS REAL) / a.\"MaxPoints\") FROM \"QualityEvaluationAnswers\" a JOIN \"QualityEvaluations\" e ON e.\"Id\" = a.\"EvaluationId\" " +
            "WHERE e.\"SubmittedAt\" >= @from AND e.\"SubmittedAt\" < @to AND a.\"NotApplicable\" = FALSE GROUP BY a.\"CriterionKey\"",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            AddParameter(command, "from", QuarterStart);
            AddParameter(command, "to", QuarterEnd);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The floor of a save: the evaluation row and its six answers inserted in one transaction through the same driver.</summary>
    private static async Task InsertEvaluationFloorAsync(IServiceProvider services, Setup setup, bool postgres, int i)
    {
        var db = services.GetRequiredService<FrontlineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        var (agent, team) = setup.Agents[Math.Abs(i) % setup.Agents.Count];
        await RunAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO \"QualityEvaluations\" (\"Id\",\"ScorecardId\",\"ScorecardVersionId\",\"ScorecardVersionNumber\",\"Subject\",\"Channel\",\"AgentId\",\"TeamId\",\"EvaluatorId\",\"Method\",\"Status\",\"Score\",\"ScoreBeforeCritical\",\"Band\",\"CriticalFailed\",\"ComplianceCriticalFailed\",\"DevelopmentAreas\",\"CreatedAt\",\"UpdatedAt\",\"SubmittedAt\",\"Version\") VALUES ({G(id, postgres)},{G(setup.Card.Id, postgres)},{G(setup.Card.VersionId, postgres)},1,'Contact','phone',{G(agent, postgres)},{G(team, postgres)},{G(setup.AnalystId, postgres)},'RemoteReview','Submitted',83.33,83.33,'good','[]',FALSE,'[]',{T(now, postgres)},{T(now, postgres)},{T(now, postgres)},1)"));
        var values = string.Join(",", setup.Card.Sections.SelectMany(s => s.Criteria.Select(c =>
            $"({G(Guid.CreateVersion7(), postgres)},{G(id, postgres)},{G(c.Id, postgres)},{G(c.Key, postgres)},{G(s.Id, postgres)},FALSE,1,1)")));
        await RunAsync(connection, transaction, "INSERT INTO \"QualityEvaluationAnswers\" (\"Id\",\"EvaluationId\",\"CriterionId\",\"CriterionKey\",\"SectionId\",\"NotApplicable\",\"Points\",\"MaxPoints\") VALUES " + values);
        await transaction.CommitAsync();
    }
}
