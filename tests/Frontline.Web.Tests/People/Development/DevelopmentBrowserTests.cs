using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Quality;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.People.Development;

/// <summary>
/// CC26 3.1–3.3, CC32 4.6 in Chromium: a team leader opens an agent's needs, pairs them with a buddy, makes a plan with a
/// coaching session, records the session; the agent acknowledges it; the effectiveness page shows the QA score before and
/// after the plan. Every page visited passes axe (WCAG 2.2 AA, serious and critical).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DevelopmentBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task TeamLeader_OpensNeeds_PairsBuddy_PlansCoaching_RecordsSession_AgentAcknowledges_EffectivenessShowsBeforeAndAfter()
    {
        var app = browser.App;
        var c = await app.CastAsync("journey");
        var buddy = await app.CreateStaffAsync($"{c.P}.buddy", ["Agent"], c.TeamA, 3, c.LeaderA);
        var password = FrontlineAppFactory.StaffPassword;

        // History: three evaluations in September (before the October plan) and three in November (after it).
        var scores = new List<(bool Before, decimal Score)>();
        using (var analyst = await app.ClientForAsync($"{c.P}.qa"))
        {
            try
            {
                app.Clock.Set(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero));
                var card = await analyst.PublishedCardAsync("pdev journey card");
                foreach (var (month, day, rapport) in new[] { (9, 5, 1), (9, 12, 2), (9, 20, 1), (11, 4, 3), (11, 12, 4), (11, 25, 4) })
                {
                    var at = new DateTimeOffset(2026, month, day, 10, 0, 0, TimeSpan.Zero);
                    app.Clock.Set(at);
                    var contact = (await app.ContactsAsync(c.AgentA, c.TeamA, at.AddHours(-1), 1))[0];
                    var evaluation = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact, rapport: rapport)))
                        .ReadJsonAsync(HttpStatusCode.Created);
                    scores.Add((month == 9, evaluation.Score()!.Value));
                }
            }
            finally
            {
                app.Clock.Reset();
            }
        }

        // The team leader opens the agent's development: the needs from the evaluations are there.
        var leader = await browser.SignedInPageAsync($"{c.P}a.tl", password);
        await leader.GotoAsync("/people/development");
        await leader.ShouldPassAxeAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = $"Test {c.P}a.agent" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("need-rapport-empathy")).ToContainTextAsync("Rapport");
        await leader.ShouldPassAxeAsync();
        var personUrl = leader.Url;

        // A buddy for products.
        await leader.Locator("#b-buddy").SelectOptionAsync(new SelectOptionValue { Label = $"Test {c.P}.buddy" });
        await leader.Locator("#bt-Products").CheckAsync();
        await leader.Locator("#b-from").FillAsync("2026-10-01");
        await leader.Locator("#b-to").FillAsync("2026-12-31");
        await leader.Locator("#b-every").FillAsync("7");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Pair" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("buddies")).ToContainTextAsync($"Test {c.P}.buddy helps");

        // A plan with a coaching session in October.
        await leader.Locator("#plan-title").FillAsync("Rapport in October");
        await leader.Locator("#plan-objective").FillAsync("Build rapport with customers");
        await leader.Locator("#plan-policy").FillAsync("Customers feel listened to");
        await leader.Locator("#plan-measure").FillAsync("qa-score");
        await leader.Locator("#act-method").SelectOptionAsync("CoachingSession");
        await leader.Locator("#act-title").FillAsync("Weekly rapport coaching");
        await leader.Locator("#act-start").FillAsync("2026-10-01");
        await leader.Locator("#act-end").FillAsync("2026-10-31");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport in October");
        await Assertions.Expect(leader.GetByTestId("activities")).ToContainTextAsync("Weekly rapport coaching");
        await leader.ShouldPassAxeAsync();
        var planUrl = leader.Url;

        // The session is recorded.
        await leader.Locator("#c-held").FillAsync("2026-10-15");
        await leader.Locator("#c-discussed").FillAsync("Two calls where the customer was upset; naming the feeling before the fix.");
        await leader.Locator("#c-actions").FillAsync("Use the customer's name; check understanding before closing.");
        await leader.Locator("#c-follow").FillAsync("2026-10-29");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Record the session" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("coaching")).ToContainTextAsync("Waiting for the colleague to acknowledge.");
        await leader.ShouldPassAxeAsync();

        // The agent reads and acknowledges it.
        var agent = await browser.SignedInPageAsync($"{c.P}a.agent", password);
        await agent.GotoAsync(planUrl);
        await agent.ShouldPassAxeAsync();
        await agent.GetByLabel("Your comment (optional)").FillAsync("Agreed, I will try it.");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("acknowledged")).ToContainTextAsync("Agreed, I will try it.");
        await agent.ShouldPassAxeAsync();

        // The team leader sees whether it worked: the QA score before (September) and after (November).
        await leader.GotoAsync(planUrl);
        await Assertions.Expect(leader.GetByTestId("acknowledged")).ToBeVisibleAsync();
        await leader.GetByTestId("effectiveness-link").ClickAsync();
        static string Num(decimal d) => Math.Round(d, 2).ToString("0.##", CultureInfo.InvariantCulture);
        var before = scores.Where(s => s.Before).Average(s => s.Score);
        var after = scores.Where(s => !s.Before).Average(s => s.Score);
        var qa = leader.GetByTestId("measure-qa-score");
        await Assertions.Expect(qa.GetByTestId("before")).ToHaveTextAsync(Num(before));
        await Assertions.Expect(qa.GetByTestId("after")).ToHaveTextAsync(Num(after));
        await Assertions.Expect(leader.GetByTestId("windows")).ToContainTextAsync("before: 1 Sep");
        await Assertions.Expect(leader.GetByTestId("chart-before-after")).ToBeVisibleAsync();
        await leader.ShouldPassAxeAsync();
        personUrl.ShouldContain(c.AgentA.ToString());
    }
}
