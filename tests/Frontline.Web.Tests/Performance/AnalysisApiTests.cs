using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Performance;

/// <summary>Analysis against targets: the contacts behind a figure (and their export), variance reviews raising improvement actions, scorecards — each in the reader's scope.</summary>
public sealed class AnalysisApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTime Day = new(2026, 3, 3, 10, 0, 0, DateTimeKind.Utc);
    private const string Queue = "perf-an";

    private async Task<(Guid Kpi, Guid TeamA, Guid LeaderA, Guid A1, Guid A2)> ArrangeAsync(string prefix)
    {
        app.Clock.Set(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var leaderA = await app.CreateStaffAsync($"{prefix}.tla", ["TeamLeader"]);
        var leaderB = await app.CreateStaffAsync($"{prefix}.tlb", ["TeamLeader"]);
        var teamA = await app.CreateTeamAsync($"{prefix} team A", leaderA);
        var teamB = await app.CreateTeamAsync($"{prefix} team B", leaderB);
        var a1 = await app.CreateStaffAsync($"{prefix}.a1", ["Agent"], teamA);
        var a2 = await app.CreateStaffAsync($"{prefix}.a2", ["Agent"], teamA);
        var b1 = await app.CreateStaffAsync($"{prefix}.b1", ["Agent"], teamB);
        await app.CreateStaffAsync($"{prefix}.mgr", ["Manager"]);
        await app.ContactAsync(a1, teamA, Day, 5, Queue);
        await app.ContactAsync(a1, teamA, Day.AddMinutes(5), 50, Queue);
        await app.ContactAsync(a2, teamA, Day.AddMinutes(10), 5, Queue);
        await app.ContactAsync(b1, teamB, Day, 5, Queue);
        using var mgr = await app.ClientForAsync($"{prefix}.mgr");
        var kpi = (await (await mgr.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi($"{prefix} SL", Queue, effectiveFrom: "2026-01-01")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (kpi, teamA, leaderA, a1, a2);
    }

    [Fact]
    public async Task DrillDown_ListsTheContactsBehindAFigure_ExportsThem_AndKeepsToTheReadersScope()
    {
        var (kpi, teamA, _, a1, a2) = await ArrangeAsync("perf.dd");
        using var leaderA = await app.ClientForAsync("perf.dd.tla");
        using var leaderB = await app.ClientForAsync("perf.dd.tlb");
        using var agent = await app.ClientForAsync("perf.dd.a1");
        var url = $"/api/v1/performance/kpis/{kpi}/contacts?periodStart=2026-03-03";

        var mine = await (await agent.GetAsync($"{url}&level=individual&subject={a1}")).ReadJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("total").GetInt32().ShouldBe(2);
        mine.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("waitSeconds").GetDouble()).ShouldBe([5.0, 50.0]);
        var team = await (await leaderA.GetAsync($"{url}&level=team&subject={teamA}")).ReadJsonAsync(HttpStatusCode.OK);
        team.GetProperty("total").GetInt32().ShouldBe(3); // the figure's count: 2 of 3 within 20 s
        (await (await leaderA.GetAsync($"/api/v1/performance/kpis/{kpi}/results?from=2026-03-03&to=2026-03-03&level=team")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Single().GetProperty("count").GetInt32().ShouldBe(3);

        await (await agent.GetAsync($"{url}&level=individual&subject={a2}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.GetAsync($"{url}&level=centre")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderB.GetAsync($"{url}&level=team&subject={teamA}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderB.GetAsync($"{url}&level=individual&subject={a1}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderA.GetAsync($"/api/v1/performance/kpis/{kpi}/contacts?level=team&subject={teamA}")).ShouldBeValidationProblemAsync("periodStart");

        var csv = await leaderA.GetAsync($"{url}&level=individual&subject={a1}&format=csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldStartWith("contact_id,external_reference,agent");
        lines.Skip(1).Select(l => l.Split(',')[9]).ShouldBe(["5", "50"]);
        var xlsx = await leaderA.GetAsync($"{url}&level=team&subject={teamA}&format=xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await xlsx.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task Review_CommentsOnVariance_RaisesAnImprovementActionFromIt_SeenOnlyInScope()
    {
        var (kpi, teamA, leaderAId, a1, _) = await ArrangeAsync("perf.rv");
        using var leaderA = await app.ClientForAsync("perf.rv.tla");
        using var leaderB = await app.ClientForAsync("perf.rv.tlb");
        using var agent = await app.ClientForAsync("perf.rv.a1");
        var url = $"/api/v1/performance/kpis/{kpi}/reviews";

        await (await leaderA.PostAsJsonAsync(url, new { periodStart = "2026-03-03", level = "team", subject = teamA, comment = " " })).ShouldBeValidationProblemAsync("comment");
        await (await leaderA.PostAsJsonAsync(url, new { periodStart = "2026-02-03", level = "team", subject = teamA, comment = "Quiet day" }))
            .ShouldBeValidationProblemAsync("periodStart"); // no result that day
        await (await leaderB.PostAsJsonAsync(url, new { periodStart = "2026-03-03", level = "team", subject = teamA, comment = "Not mine" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await agent.PostAsJsonAsync(url, new { periodStart = "2026-03-03", level = "individual", subject = a1, comment = "Me" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await leaderA.PostAsJsonAsync(url, new
        {
            periodStart = "2026-03-03", level = "team", subject = teamA, comment = "Short-staffed after 10:00",
            action = new { title = "Move one break", ownerId = Guid.NewGuid(), dueOn = "2026-03-20" },
        })).ShouldBeValidationProblemAsync("ownerId");

        var review = await (await leaderA.PostAsJsonAsync(url, new
        {
            periodStart = "2026-03-03", level = "team", subject = teamA, comment = "Short-staffed after 10:00: one agent on a long call",
            action = new { title = "Move one break out of the 10:00 peak", ownerId = leaderAId, dueOn = "2026-03-20" },
        })).ReadJsonAsync(HttpStatusCode.Created);
        review.GetProperty("value").GetDouble().ShouldBe(2.0 / 3, 1e-9);
        review.GetProperty("band").GetString().ShouldBe("red");
        review.GetProperty("actionTitle").GetString().ShouldBe("Move one break out of the 10:00 peak");
        var actionId = review.GetProperty("actionId").GetGuid();
        var action = await (await leaderA.GetAsync($"/api/v1/actions/{actionId}")).ReadJsonAsync(HttpStatusCode.OK);
        action.GetProperty("sourceKind").GetString().ShouldBe("kpi-review");

        (await (await leaderA.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single().GetProperty("comment").GetString()
            .ShouldBe("Short-staffed after 10:00: one agent on a long call");
        (await (await leaderB.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Scorecards_ShowEachKpiAtAGlance_ForAPersonAndATeam_InScope()
    {
        var (kpi, teamA, _, a1, a2) = await ArrangeAsync("perf.sc");
        using var leaderA = await app.ClientForAsync("perf.sc.tla");
        using var leaderB = await app.ClientForAsync("perf.sc.tlb");
        using var agent = await app.ClientForAsync("perf.sc.a2");

        var person = await (await leaderA.GetAsync($"/api/v1/performance/scorecards/people/{a1}?asOf=2026-03-05")).ReadJsonAsync(HttpStatusCode.OK);
        person.GetProperty("subjectName").GetString().ShouldBe("Test perf.sc.a1");
        var line = person.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kpiId").GetGuid() == kpi);
        line.GetProperty("value").GetDouble().ShouldBe(0.5, 1e-9);
        line.GetProperty("band").GetString().ShouldBe("red");
        line.GetProperty("reliable").GetBoolean().ShouldBeFalse(); // two contacts: too few for a fair individual figure
        line.GetProperty("periodStart").GetString().ShouldBe("2026-03-03");

        var team = await (await leaderA.GetAsync($"/api/v1/performance/scorecards/teams/{teamA}?asOf=2026-03-05")).ReadJsonAsync(HttpStatusCode.OK);
        team.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kpiId").GetGuid() == kpi).GetProperty("value").GetDouble().ShouldBe(2.0 / 3, 1e-9);

        (await (await agent.GetAsync($"/api/v1/performance/scorecards/people/{a2}?asOf=2026-03-05")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kpiId").GetGuid() == kpi).GetProperty("band").GetString().ShouldBe("green");
        await (await agent.GetAsync($"/api/v1/performance/scorecards/people/{a1}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderB.GetAsync($"/api/v1/performance/scorecards/teams/{teamA}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderB.GetAsync($"/api/v1/performance/scorecards/people/{a1}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
