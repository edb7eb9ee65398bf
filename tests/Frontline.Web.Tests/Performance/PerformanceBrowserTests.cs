using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Performance;

/// <summary>
/// The Performance journey in Chromium: a manager designs a KPI with bands, review actions and distribution rules, runs the
/// validation, excludes a bad record with a reason and publishes; the team leader receives the team's result with the reason
/// and acknowledges it; the Erlang C page gives the shared example's 14 agents and 20 after shrinkage. Every page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PerformanceBrowserTests(BrowserFixture browser)
{
    private const string Queue = "ui-perf-q";

    [Fact]
    public async Task Manager_DesignsValidatesExcludesAndPublishes_TeamLeaderAcknowledgesTheTeamsResult_ErlangCShows14And20()
    {
        var app = browser.App;
        var leader = await app.CreateStaffAsync("ui.perf.tl", ["TeamLeader"]);
        var team = await app.CreateTeamAsync("UI perf team", leader);
        var agent = await app.CreateStaffAsync("ui.perf.agent", ["Agent"], team);
        await app.CreateStaffAsync("ui.perf.mgr", ["Manager"]);
        var day = app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-2).AddHours(11);
        await app.ContactAsync(agent, team, day, 5, Queue);
        await app.ContactAsync(agent, team, day.AddMinutes(3), 12, Queue);
        var bad = await app.ContactAsync(agent, team, day.AddMinutes(6), 5, Queue, endedAt: day.AddMinutes(5)); // ended before it was answered
        var periodStart = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The manager designs the KPI: purpose, measure, targets with tolerance bands, review actions, who is told and why.
        var page = await browser.SignedInPageAsync("ui.perf.mgr", FrontlineAppFactory.StaffPassword);
        await page.GotoAsync("/performance/kpis");
        await page.ShouldPassAxeAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("UI service level");
        await page.GetByLabel("Why it is a criterion of service quality").FillAsync("Callers who wait long give up and call again.");
        await page.GetByLabel("Queue").FillAsync(Queue);
        await page.GetByLabel("centre target").FillAsync("0.8");
        await page.GetByLabel("centre tolerance").FillAsync("0.9"); // amber edge below 0: refused, and the form keeps what was typed
        await page.GetByLabel("team target").FillAsync("0.8");
        await page.GetByLabel("team tolerance").FillAsync("0.05");
        await page.GetByLabel("red: what to do").FillAsync("Compare the day plan with actual staffing; move breaks.");
        await page.GetByLabel("red: by whom").FillAsync("Team leader");
        await page.GetByLabel("amber: what to do").FillAsync("Watch the next period.");
        await page.GetByLabel("Team figure → the team leader").FillAsync("You are accountable for your team's service level.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the KPI" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("tolerance");
        await Assertions.Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("UI service level");
        await page.ShouldPassAxeAsync();
        await page.GetByLabel("centre tolerance").FillAsync("0.05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the KPI" }).ClickAsync();
        await page.WaitForURLAsync("**/performance/kpis/*");
        await Assertions.Expect(page.GetByTestId("kpi-actions")).ToContainTextAsync("Compare the day plan with actual staffing");
        await page.ShouldPassAxeAsync();

        // Validation finds the impossible timing with the record behind it; the manager excludes it with a reason and publishes.
        await page.GetByLabel("Period starting").FillAsync(periodStart);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the validation" }).ClickAsync();
        var run = page.GetByTestId($"run-{periodStart}");
        await Assertions.Expect(run).ToContainTextAsync(bad.ToString());
        await Assertions.Expect(run.GetByRole(AriaRole.Button, new() { Name = "Publish" })).ToBeDisabledAsync();
        await page.ShouldPassAxeAsync();
        await run.GetByLabel("Contacts to exclude (ids)").FillAsync(bad.ToString());
        await run.GetByLabel("Reason").FillAsync("Telephony clock fault: end stamped before answer");
        await run.GetByRole(AriaRole.Button, new() { Name = "Exclude" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("exclusions")).ToContainTextAsync("Telephony clock fault: end stamped before answer");
        await page.GetByTestId($"run-{periodStart}").GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("distribution-log")).ToContainTextAsync("You are accountable for your team's service level.");
        await Assertions.Expect(page.GetByTestId("distribution-log")).ToContainTextAsync("not yet");
        await page.ShouldPassAxeAsync();

        // The contacts behind the team's figure: the two that count (the excluded one is listed by the drill-down as the data stands).
        await page.GotoAsync($"/performance/kpis/{page.Url.Split('/')[^1].Split('?')[0]}/result?periodStart={periodStart}&level=team&subject={team}");
        await Assertions.Expect(page.GetByTestId("result-contacts")).ToContainTextAsync(Queue);
        await page.ShouldPassAxeAsync();
        await page.GotoAsync("/performance/charter");
        await Assertions.Expect(page.GetByTestId("case-targets")).ToContainTextAsync("every category");
        await page.ShouldPassAxeAsync();

        // The team leader receives the team's result with the reason, and acknowledges it.
        var tl = await browser.SignedInPageAsync("ui.perf.tl", FrontlineAppFactory.StaffPassword);
        await tl.GotoAsync("/performance/my-results");
        var row = tl.GetByTestId("my-results").GetByRole(AriaRole.Row).Filter(new() { HasText = "You are accountable for your team's service level." });
        await Assertions.Expect(row).ToContainTextAsync("UI perf team");
        await tl.ShouldPassAxeAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(tl.GetByTestId("my-results").GetByRole(AriaRole.Row).Filter(new() { HasText = "You are accountable" }))
            .ToContainTextAsync("Acknowledged");
        await tl.ShouldPassAxeAsync();
        await tl.GotoAsync($"/performance/scorecards/teams/{team}");
        await Assertions.Expect(tl.GetByTestId("scorecard")).ToContainTextAsync("UI service level");
        await tl.ShouldPassAxeAsync();

        // Erlang C for the shared example.
        await tl.GotoAsync("/performance/erlang-c");
        await tl.GetByLabel("Calls per interval").FillAsync("100");
        await tl.GetByLabel("Interval (seconds)").FillAsync("1800");
        await tl.GetByLabel("AHT (seconds)").FillAsync("180");
        await tl.GetByLabel("Answer within (seconds)").FillAsync("20");
        await tl.GetByLabel("Service level (%)").FillAsync("80");
        await tl.GetByLabel("Max occupancy (%)").FillAsync("85");
        await tl.GetByLabel("Shrinkage (%)").FillAsync("30");
        await tl.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        await Assertions.Expect(tl.GetByTestId("agents")).ToHaveTextAsync("14");
        await Assertions.Expect(tl.GetByTestId("agents-after-shrinkage")).ToHaveTextAsync("20");
        await tl.ShouldPassAxeAsync();
    }
}
