using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Quality;

/// <summary>
/// CC32 2.1, CCTC9 2.3: an analyst writes and publishes a scorecard, evaluates a contact beside its record, the agent
/// disputes a criterion, and the team leader upholds it: the score changes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Analyst_PublishesScorecard_EvaluatesBesideTheRecord_AgentDisputes_TeamLeaderUpholds_ScoreChanges()
    {
        var app = browser.App;
        async Task<Guid> CreateAsync(HttpClient client, string url, object body) =>
            (await (await client.PostAsJsonAsync(url, body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var admin = await app.AdminAsync();
        var teamId = await CreateAsync(admin, "/api/v1/teams", new { name = "Quality browser team" });
        object Staff(string username, string role) => new
        {
            username, displayName = $"Test {username}", email = $"{username}@example.test", password = FrontlineAppFactory.StaffPassword, roles = new[] { role },
            teamId = role == "QualityAnalyst" ? (Guid?)null : teamId, grade = 3,
        };
        var leaderId = await CreateAsync(admin, "/api/v1/staff", Staff("qb.tl", "TeamLeader"));
        var teams = await (await admin.GetAsync("/api/v1/teams")).ReadJsonAsync(HttpStatusCode.OK);
        var version = teams.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == teamId).GetProperty("version").GetInt32();
        (await admin.PatchAsJsonAsync($"/api/v1/teams/{teamId}", new { version, teamLeaderId = leaderId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var agentId = await CreateAsync(admin, "/api/v1/staff", Staff("qb.agent", "Agent"));
        await CreateAsync(admin, "/api/v1/staff", Staff("qb.qa", "QualityAnalyst"));
        var contact = await app.ContactAsync(agentId, teamId);

        // The analyst writes the scorecard in the editor and publishes it.
        var analyst = await browser.SignedInPageAsync("qb.qa", FrontlineAppFactory.StaffPassword);
        await analyst.GotoAsync("/quality/scorecards/new");
        await analyst.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser phone card");
        await analyst.Locator("[id='s0-name']").FillAsync("Call handling");
        await analyst.Locator("[id='s0.c0-text']").FillAsync("Greeting");
        await analyst.Locator("[id='s0.c0-guidance']").FillAsync("Organisation, own name, offer to help");
        await analyst.Locator("[id='s0.c1-text']").FillAsync("Used the customer's name");
        await analyst.Locator("[id='s0.c1-weight']").FillAsync("heavy");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        // A weight that is not a number is refused and what was typed is kept.
        await Assertions.Expect(analyst.GetByTestId("form-error")).ToContainTextAsync("as a number");
        await Assertions.Expect(analyst.Locator("[id='s0.c1-text']")).ToHaveValueAsync("Used the customer's name");
        await analyst.Locator("[id='s0.c1-weight']").FillAsync("1");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("version-status")).ToContainTextAsync("draft");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Publish version 1" }).ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("version-status")).ToContainTextAsync("published");
        await analyst.ShouldPassAxeAsync();

        // A weekly spot-check plan for the team draws the agent's contact into the analyst's queue.
        await analyst.GotoAsync("/quality/sampling");
        await analyst.ShouldPassAxeAsync();
        await analyst.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser weekly checks");
        await analyst.GetByLabel("Contacts per person").FillAsync("1");
        await analyst.GetByLabel("Each").SelectOptionAsync(new SelectOptionValue { Label = "week" });
        await analyst.GetByLabel("Teams covered").SelectOptionAsync(new SelectOptionValue { Label = "Quality browser team" });
        await analyst.GetByLabel("Evaluators").SelectOptionAsync(new SelectOptionValue { Label = "Test qb.qa" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await analyst.WaitForURLAsync("**/quality/sampling/*");
        await analyst.GetByLabel("Period starting").FillAsync("2026-11-30");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("drawn")).ToBeVisibleAsync();
        await Assertions.Expect(analyst.GetByTestId("coverage-total")).ToContainTextAsync("1 assigned, 0 done");
        await analyst.ShouldPassAxeAsync();
        await analyst.GotoAsync("/quality/queue");
        await analyst.ShouldPassAxeAsync();
        await analyst.GetByTestId("queue").GetByRole(AriaRole.Link, new() { Name = "Evaluate contact of Test qb.agent" }).ClickAsync();

        // Evaluating beside the record: the contact's notes and recording reference are on the page.
        await analyst.WaitForURLAsync($"**/quality/evaluations/new?contactId={contact}*");
        await Assertions.Expect(analyst.GetByTestId("record-reference")).ToHaveTextAsync("REC-0042");
        await Assertions.Expect(analyst.GetByTestId("record-notes")).ToContainTextAsync("duplicate charge");
        await analyst.GetByLabel("Scorecard").SelectOptionAsync(new SelectOptionValue { Label = "Browser phone card (v1; phone)" });
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Use this scorecard" }).ClickAsync();
        var form = analyst.GetByTestId("evaluation-form");
        await form.GetByTestId("criterion").Filter(new() { HasText = "Greeting" }).GetByLabel("No").CheckAsync();
        await form.GetByTestId("criterion").Filter(new() { HasText = "customer's name" }).GetByLabel("Yes").CheckAsync();
        await form.GetByTestId("criterion").Filter(new() { HasText = "Greeting" }).GetByLabel("Evidence (e.g. 03:15)").FillAsync("00:02");
        await form.GetByLabel("Rapport and empathy").CheckAsync();
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Submit to the agent" }).ClickAsync();
        await Assertions.Expect(analyst.GetByTestId("score")).ToHaveTextAsync("50");
        await analyst.ShouldPassAxeAsync();
        var evaluationUrl = analyst.Url;
        await analyst.Context.CloseAsync();

        // The agent disputes the greeting.
        var agent = await browser.SignedInPageAsync("qb.agent", FrontlineAppFactory.StaffPassword);
        await agent.GotoAsync(evaluationUrl);
        await agent.GetByRole(AriaRole.Checkbox, new() { Name = "Greeting" }).CheckAsync();
        await agent.GetByLabel("Reason").FillAsync("I greeted the customer at 00:02.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Dispute" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("status")).ToHaveTextAsync("Disputed");
        await agent.ShouldPassAxeAsync();
        await agent.Context.CloseAsync();

        // The team leader upholds it with the greeting rescored: the score changes and the change is recorded.
        var leader = await browser.SignedInPageAsync("qb.tl", FrontlineAppFactory.StaffPassword);
        await leader.GotoAsync(evaluationUrl);
        await leader.GetByLabel("Uphold (rescore)").CheckAsync();
        await leader.GetByLabel("New answer for \"Greeting\" (now no; only if upheld)").SelectOptionAsync("yes");
        await leader.GetByLabel("Reason (the agent is told)").FillAsync("The greeting is at 00:02.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("score")).ToHaveTextAsync("100");
        await Assertions.Expect(leader.GetByTestId("dispute")).ToContainTextAsync("Greeting: no → yes");
        await Assertions.Expect(leader.GetByTestId("history")).ToContainTextAsync("Dispute upheld");
        await leader.ShouldPassAxeAsync();
        await leader.Context.CloseAsync();
    }
}
