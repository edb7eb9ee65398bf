using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Performance;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Performance;

public sealed class PerformanceApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    // Monday 2 March 2026, 10:00 UTC (GMT: the UK date is the same).
    private static readonly DateTime Day = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static object ErlangExample(double? calls = 100, double occupancy = 0.85, double shrinkage = 0.3) => new
    {
        callsPerInterval = calls, intervalSeconds = 1800, ahtSeconds = 180, targetAnswerSeconds = 20, targetServiceLevel = 0.8, maxOccupancy = occupancy, shrinkage,
    };

    [Fact]
    public async Task ErlangC_TheSharedExample_Gives14Agents_20AfterShrinkage_WithItsFigures()
    {
        await app.CreateStaffAsync("perf.erl.mgr", ["Manager"]);
        using var manager = await app.ClientForAsync("perf.erl.mgr");

        var result = await (await manager.PostAsJsonAsync("/api/v1/performance/erlang-c", ErlangExample())).ReadJsonAsync(HttpStatusCode.OK);

        result.GetProperty("agents").GetInt32().ShouldBe(14);
        result.GetProperty("agentsAfterShrinkage").GetInt32().ShouldBe(20);
        result.GetProperty("trafficErlangs").GetDouble().ShouldBe(10, 1e-12);
        Math.Round(result.GetProperty("waitProbability").GetDouble(), 7).ShouldBe(0.1741319);
        Math.Round(result.GetProperty("serviceLevel").GetDouble(), 7).ShouldBe(0.8883500);
        Math.Round(result.GetProperty("asaSeconds").GetDouble(), 8).ShouldBe(7.83593701);
        Math.Round(result.GetProperty("occupancy").GetDouble(), 7).ShouldBe(0.7142857);
        var table = result.GetProperty("table").EnumerateArray().ToList();
        table.Select(l => l.GetProperty("agents").GetInt32()).ShouldContain(11);
        Math.Round(table.Single(l => l.GetProperty("agents").GetInt32() == 12).GetProperty("serviceLevel").GetDouble(), 6).ShouldBe(0.640158);
    }

    [Theory]
    [InlineData(0, 0.85, 0.3, "callsPerInterval")]
    [InlineData(-3, 0.85, 0.3, "callsPerInterval")]
    [InlineData(100, 1.2, 0.3, "maxOccupancy")]
    [InlineData(100, 0.85, 1, "shrinkage")]
    [InlineData(5_000_000, 0.85, 0.3, "callsPerInterval")]
    public async Task ErlangC_BadInput_IsAProblemNamingTheField(double calls, double occupancy, double shrinkage, string field)
    {
        var user = $"perf.erl.{field}.{(calls < 0 ? "neg" : calls > 1000 ? "big" : calls == 0 ? "zero" : "ok")}";
        await app.CreateStaffAsync(user, ["TeamLeader"]);
        using var leader = await app.ClientForAsync(user);

        await (await leader.PostAsJsonAsync("/api/v1/performance/erlang-c", ErlangExample(calls, occupancy, shrinkage))).ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task ErlangC_MissingField_IsAValidationProblem_AndAgentsMayNotPlan()
    {
        await app.CreateStaffAsync("perf.erl.tl", ["TeamLeader"]);
        await app.CreateStaffAsync("perf.erl.agent", ["Agent"]);
        using var leader = await app.ClientForAsync("perf.erl.tl");
        using var agent = await app.ClientForAsync("perf.erl.agent");

        await (await leader.PostAsJsonAsync("/api/v1/performance/erlang-c", ErlangExample(calls: null))).ShouldBeValidationProblemAsync("callsPerInterval");
        (await agent.PostAsJsonAsync("/api/v1/performance/erlang-c", ErlangExample())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DayPlan_TypedVolumes_GiveAgentsPerInterval_AndExportAsCsv()
    {
        await app.CreateStaffAsync("perf.plan.mgr", ["Manager"]);
        using var manager = await app.ClientForAsync("perf.plan.mgr");
        var request = new { date = "2026-03-16", intervalMinutes = 30, source = "typed", start = "08:00", volumes = new[] { 100.0, 50, 0 }, ahtSeconds = 180 };

        var plan = await (await manager.PostAsJsonAsync("/api/v1/performance/day-plan", request)).ReadJsonAsync(HttpStatusCode.OK);
        var rows = plan.GetProperty("intervals").EnumerateArray().ToList();
        rows.Count.ShouldBe(48);
        var eight = rows.Single(r => r.GetProperty("start").GetString() == "08:00");
        eight.GetProperty("agents").GetInt32().ShouldBe(14);
        eight.GetProperty("agentsAfterShrinkage").GetInt32().ShouldBe(20);
        rows.Single(r => r.GetProperty("start").GetString() == "09:00").GetProperty("agents").GetInt32().ShouldBe(0);
        plan.GetProperty("peakAgents").GetInt32().ShouldBe(20);

        var csv = await (await manager.PostAsJsonAsync("/api/v1/performance/day-plan?format=csv", request)).Content.ReadAsStringAsync();
        csv.ShouldStartWith("interval_start,calls,traffic_erlangs,agents,agents_after_shrinkage");
        csv.ShouldContain("08:00,100,10,14,20,");
    }

    [Fact]
    public async Task DayPlan_FromHistory_AveragesTheSameWeekday()
    {
        app.Clock.Set(Now);
        await app.CreateStaffAsync("perf.hist.mgr", ["Manager"]);
        using var manager = await app.ClientForAsync("perf.hist.mgr");
        // Mondays 23 Feb and 16 Feb 2026 at 07:10 UTC (07:10 UK): 3 then 1 contacts on queue "perf-hist" → average 2 in the 07:00 interval.
        for (var i = 0; i < 3; i++)
        {
            await app.ContactAsync(null, null, new DateTime(2026, 2, 23, 7, 10, 0, DateTimeKind.Utc), 5, "perf-hist");
        }

        await app.ContactAsync(null, null, new DateTime(2026, 2, 16, 7, 10, 0, DateTimeKind.Utc), 5, "perf-hist");

        var plan = await (await manager.PostAsJsonAsync("/api/v1/performance/day-plan",
            new { date = "2026-03-02", intervalMinutes = 60, source = "history", weeks = 2, queue = "perf-hist" })).ReadJsonAsync(HttpStatusCode.OK);

        var seven = plan.GetProperty("intervals").EnumerateArray().Single(r => r.GetProperty("start").GetString() == "07:00");
        seven.GetProperty("calls").GetDouble().ShouldBe(2);
        seven.GetProperty("agents").GetInt32().ShouldBeGreaterThan(0);
        plan.GetProperty("ahtSeconds").GetDouble().ShouldBe(200);
    }

    [Fact]
    public async Task Kpi_Create_Returns201WithIdAndVersion_AndStaleRevisionIs409()
    {
        await app.CreateStaffAsync("perf.kpi.mgr", ["Manager"]);
        using var manager = await app.ClientForAsync("perf.kpi.mgr");
        await app.ContactAsync(null, null, Day, 5, "perf-q");

        var created = await (await manager.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi(queue: "perf-q", effectiveFrom: "2026-01-01")))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("version").GetInt32().ShouldBe(1);
        created.GetProperty("purpose").GetString()!.ShouldContain("Callers who wait long");
        created.GetProperty("targets").GetArrayLength().ShouldBe(3);
        var revision = created.GetProperty("revision").GetInt32();

        var revised = await (await manager.PutAsJsonAsync($"/api/v1/performance/kpis/{id}",
            WithRevision(PerformanceTestData.ServiceLevelKpi("Service level 85/20", "perf-q", 0.85), revision, "2026-03-01"))).ReadJsonAsync(HttpStatusCode.OK);
        revised.GetProperty("version").GetInt32().ShouldBe(2);
        revised.GetProperty("versions").GetArrayLength().ShouldBe(2);

        await (await manager.PutAsJsonAsync($"/api/v1/performance/kpis/{id}", WithRevision(PerformanceTestData.ServiceLevelKpi(queue: "perf-q"), revision, "2026-03-02")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData(-0.05, 0.8, null, "targets[0].tolerance")] // tolerance on the wrong side
    [InlineData(0.05, 80, null, "targets[0].target")] // a percentage where a fraction is meant
    [InlineData(0.05, 0.8, "no-such-queue", "filters.queue")] // a filter naming an unknown queue
    public async Task Kpi_BadDefinition_IsAProblem_AndNothingIsSaved(double tolerance, double target, string? queue, string field)
    {
        var user = "perf.bad." + field.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        await app.CreateStaffAsync(user, ["Manager"]);
        using var manager = await app.ClientForAsync(user);
        var before = await app.WithDbAsync(db => db.Set<Kpi>().CountAsync());

        await (await manager.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("Bad " + field, queue, target, tolerance)))
            .ShouldBeValidationProblemAsync(field);

        (await app.WithDbAsync(db => db.Set<Kpi>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Kpi_UnknownMeasureAndMissingFields_AreProblems_AndOnlyDesignersCreate()
    {
        await app.CreateStaffAsync("perf.kpi2.mgr", ["Manager"]);
        await app.CreateStaffAsync("perf.kpi2.tl", ["TeamLeader"]);
        using var manager = await app.ClientForAsync("perf.kpi2.mgr");
        using var leader = await app.ClientForAsync("perf.kpi2.tl");

        await (await manager.PostAsJsonAsync("/api/v1/performance/kpis", new { name = "X", purpose = "Y", measure = "speed", direction = "higher-is-better", frequency = "daily",
            targets = new[] { new { level = "centre", target = 0.8, tolerance = 0.05 } } })).ShouldBeValidationProblemAsync("measure");
        await (await manager.PostAsJsonAsync("/api/v1/performance/kpis", new { name = "X" })).ShouldBeValidationProblemAsync("purpose");
        (await leader.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Results_AtEveryLevel_WithBands_AndEachRoleSeesOnlyItsScope()
    {
        app.Clock.Set(Now);
        var teamA = await app.CreateTeamAsync("perf.scope team A");
        var teamB = await app.CreateTeamAsync("perf.scope team B");
        var leaderA = await app.CreateStaffAsync("perf.scope.tla", ["TeamLeader"], teamA);
        await SetLeaderAsync(teamA, leaderA);
        var a1 = await app.CreateStaffAsync("perf.scope.a1", ["Agent"], teamA);
        var a2 = await app.CreateStaffAsync("perf.scope.a2", ["Agent"], teamA);
        var b1 = await app.CreateStaffAsync("perf.scope.b1", ["Agent"], teamB);
        await app.CreateStaffAsync("perf.scope.mgr", ["Manager"]);
        const string queue = "perf-scope";
        // a1: 4 answered, 3 within 20 s → 0.75 (amber at 0.8 ± 0.1). a2: 2 answered, both within → 1.0 (green). b1: 2 answered, none within → 0 (red).
        foreach (var wait in new[] { 5.0, 10, 20, 45 })
        {
            await app.ContactAsync(a1, teamA, Day, wait, queue);
        }

        foreach (var wait in new[] { 1.0, 2 })
        {
            await app.ContactAsync(a2, teamA, Day, wait, queue);
        }

        foreach (var wait in new[] { 30.0, 60 })
        {
            await app.ContactAsync(b1, teamB, Day, wait, queue);
        }

        await app.ContactAsync(null, null, Day, null, queue); // abandoned in queue: counts at centre level only
        using var manager = await app.ClientForAsync("perf.scope.mgr");
        var id = (await (await manager.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("Scope SL", queue)))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var url = $"/api/v1/performance/kpis/{id}/results?from=2026-03-02&to=2026-03-02&level=";

        var centre = (await (await manager.GetAsync(url + "centre")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single();
        centre.GetProperty("periodStart").GetString().ShouldBe("2026-03-02");
        centre.GetProperty("value").GetDouble().ShouldBe(5.0 / 9, 1e-9); // 5 within 20 s of 8 answered + 1 abandoned
        centre.GetProperty("count").GetInt32().ShouldBe(9);
        centre.GetProperty("band").GetString().ShouldBe("red");

        var teams = Items(await (await manager.GetAsync(url + "team")).ReadJsonAsync(HttpStatusCode.OK));
        teams[teamA.ToString()].GetProperty("value").GetDouble().ShouldBe(5.0 / 6, 1e-9);
        teams[teamA.ToString()].GetProperty("band").GetString().ShouldBe("green");
        teams[teamB.ToString()].GetProperty("band").GetString().ShouldBe("red");

        var people = Items(await (await manager.GetAsync(url + "individual")).ReadJsonAsync(HttpStatusCode.OK));
        people.Keys.ShouldBe([a1.ToString(), a2.ToString(), b1.ToString()], ignoreOrder: true);
        people[a1.ToString()].GetProperty("band").GetString().ShouldBe("amber");
        people[a1.ToString()].GetProperty("value").GetDouble().ShouldBe(0.75);
        people[a2.ToString()].GetProperty("band").GetString().ShouldBe("green");
        people[a1.ToString()].GetProperty("reliable").GetBoolean().ShouldBeFalse(); // 4 contacts < 30

        using var agent = await app.ClientForAsync("perf.scope.a1");
        Items(await (await agent.GetAsync(url + "individual")).ReadJsonAsync(HttpStatusCode.OK)).Keys.ShouldBe([a1.ToString()]);
        Items(await (await agent.GetAsync(url + "team")).ReadJsonAsync(HttpStatusCode.OK)).Keys.ShouldBe([teamA.ToString()]);
        await (await agent.GetAsync(url + "centre")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var leader = await app.ClientForAsync("perf.scope.tla");
        Items(await (await leader.GetAsync(url + "individual")).ReadJsonAsync(HttpStatusCode.OK)).Keys.ShouldBe([a1.ToString(), a2.ToString()], ignoreOrder: true);
        Items(await (await leader.GetAsync(url + "team")).ReadJsonAsync(HttpStatusCode.OK)).Keys.ShouldBe([teamA.ToString()]);

        using var other = await app.ClientForAsync("perf.scope.b1");
        Items(await (await other.GetAsync(url + "individual")).ReadJsonAsync(HttpStatusCode.OK)).Keys.ShouldBe([b1.ToString()]);
    }

    [Fact]
    public async Task Results_APeriodWithNoData_IsAClearProblem()
    {
        await app.CreateStaffAsync("perf.nodata.mgr", ["Manager"]);
        using var manager = await app.ClientForAsync("perf.nodata.mgr");
        await app.ContactAsync(null, null, Day, 5, "perf-nodata");
        var id = (await (await manager.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("No data SL", "perf-nodata")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var problem = await (await manager.GetAsync($"/api/v1/performance/kpis/{id}/results?from=2025-01-01&to=2025-01-31&level=centre"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString()!.ShouldContain("No data");
        await (await manager.GetAsync($"/api/v1/performance/kpis/{id}/results?from=2025-01-31&to=2025-01-01")).ShouldBeValidationProblemAsync("to");
        await (await manager.GetAsync($"/api/v1/performance/kpis/{id}/results?level=galaxy")).ShouldBeValidationProblemAsync("level");
    }

    private static Dictionary<string, JsonElement> Items(JsonElement results) =>
        results.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("subject").GetString()!, i => i);

    private static Dictionary<string, object?> WithRevision(object kpi, int revision, string effectiveFrom)
    {
        var json = JsonSerializer.SerializeToElement(kpi, FrontlineAppFactory.Json);
        var map = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        map["revision"] = revision;
        map["effectiveFrom"] = effectiveFrom;
        return map;
    }

    private Task SetLeaderAsync(Guid teamId, Guid leaderId) => app.WithDbAsync(async db =>
    {
        var team = await db.Set<Frontline.Domain.People.Team>().SingleAsync(t => t.Id == teamId);
        team.TeamLeaderId = leaderId;
        await db.SaveChangesAsync();
        return 0;
    });
}
