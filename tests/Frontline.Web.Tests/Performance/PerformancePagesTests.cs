using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Performance;

/// <summary>The Performance pages render for the people who use them (static SSR through a signed-in cookie session).</summary>
public sealed class PerformancePagesTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task ErlangCPage_TheSharedExample_Shows14Agents_And20AfterShrinkage_AndKeepsBadInputWithAClearError()
    {
        await app.CreateStaffAsync("perf.pages.tl", ["TeamLeader"]);
        using var leader = await app.SignInAsync("perf.pages.tl", FrontlineAppFactory.StaffPassword);

        var page = await leader.GetStringAsync("/performance/erlang-c?calls=100&interval=1800&aht=180&t=20&sl=80&occ=85&shrink=30");
        page.ShouldContain("data-testid=\"agents\">14<");
        page.ShouldContain("data-testid=\"agents-after-shrinkage\">20<");
        page.ShouldContain("88.8%"); // the service level with 14 agents

        var bad = await leader.GetStringAsync("/performance/erlang-c?calls=100&interval=1800&aht=180&t=20&sl=80&occ=120&shrink=30");
        bad.ShouldContain("maximum occupancy must be a fraction");
        bad.ShouldContain("value=\"120\"");
        (await leader.GetStringAsync("/performance")).ShouldContain("Erlang C calculator");
    }

    [Fact]
    public async Task KpiPages_ShowThePurposeTargetsAndResults_AndTheDesignFormKeepsWhatWasTyped()
    {
        await app.CreateStaffAsync("perf.pages.mgr", ["Manager"]);
        await app.CreateStaffAsync("perf.pages.agent", ["Agent"]);
        using var api = await app.ClientForAsync("perf.pages.mgr");
        await app.ContactAsync(null, null, new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), 5, "perf-pages");
        var id = (await (await api.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("Pages SL", "perf-pages")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var manager = await app.SignInAsync("perf.pages.mgr", FrontlineAppFactory.StaffPassword);
        (await manager.GetStringAsync("/performance/kpis")).ShouldContain("Pages SL");
        var kpi = await manager.GetStringAsync($"/performance/kpis/{id}?level=centre&from=2026-03-02&to=2026-03-02");
        kpi.ShouldContain("Callers who wait long give up");
        kpi.ShouldContain("data-testid=\"chart-kpi-trend\"");
        kpi.ShouldContain("100.0%");
        kpi.ShouldContain("Compare the day plan with actual volumes");
        (await manager.GetStringAsync($"/performance/kpis/{id}?level=centre&from=2025-01-01&to=2025-01-02")).ShouldContain("No data");

        // Validate and publish through the API: the KPI page lists the run and the distribution log, and the manager's results page offers acknowledgement.
        var run = (await (await api.PostAsJsonAsync($"/api/v1/performance/kpis/{id}/validations", new { periodStart = "2026-03-02" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await api.PostAsJsonAsync($"/api/v1/performance/validations/{run}/accept", new { comment = "Single test contact, no agent: accepted" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var withRun = await manager.GetStringAsync($"/performance/kpis/{id}");
        withRun.ShouldContain("data-testid=\"run-2026-03-02\"");
        withRun.ShouldContain("Single test contact, no agent: accepted");
        (await api.PostAsync($"/api/v1/performance/validations/{run}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await manager.GetStringAsync("/performance/my-results")).ShouldContain("Results sent to you");

        using var agent = await app.SignInAsync("perf.pages.agent", FrontlineAppFactory.StaffPassword);
        (await agent.GetStringAsync($"/performance/kpis/{id}")).ShouldContain("Callers who wait long give up");
        (await agent.GetAsync("/performance/erlang-c")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
