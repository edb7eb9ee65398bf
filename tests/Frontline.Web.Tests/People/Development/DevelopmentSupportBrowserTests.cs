using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Quality;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.People.Development;

/// <summary>
/// CC26 4.4, CC32 3.2, 4.6 in Chromium: an agent takes a knowledge check, acknowledges a briefing, asks for help from the
/// live contact and the case page; the team leader answers and records attendance, and reads which methods worked.
/// Every page visited passes axe (WCAG 2.2 AA, serious and critical).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DevelopmentSupportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_TakesCheck_AcknowledgesBriefing_AsksForHelpFromContactAndCase_LeaderAnswers_RecordsAttendance_ReadsReport()
    {
        var app = browser.App;
        var c = await app.CastAsync("support");
        var password = FrontlineAppFactory.StaffPassword;
        using (var trainer = await app.ClientForAsync($"{c.P}.trainer"))
        {
            (await trainer.PostAsJsonAsync("/api/v1/people/knowledge-checks", new
            {
                title = "Card payments check",
                about = "PCI DSS: card numbers on calls",
                skill = "idv-security",
                passMark = 100,
                questions = new object[]
                {
                    new { text = "May you write a card number in the notes?", kind = "single-choice",
                        options = new object[] { new { text = "Never", correct = true }, new { text = "If the customer agrees", correct = false } } },
                },
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using (var leaderApi = await app.ClientForAsync($"{c.P}a.tl"))
        {
            (await leaderApi.PostAsJsonAsync("/api/v1/people/briefings", new
            {
                title = "Consumer Duty refresher",
                content = "What good outcomes mean on every call.",
                references = new object[] { new { kind = "requirement", reference = "PRIN 2A" } },
                teamId = c.TeamA,
                heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var customer = await app.CustomerAsync("Support-Ives");
        Guid caseId;
        using (var agentApi = await app.ClientForAsync($"{c.P}a.agent"))
        {
            caseId = (await agentApi.OpenCaseAsync(customer)).Id;
        }

        var contactId = (await app.ContactsAsync(c.AgentA, c.TeamA, DateTimeOffset.UtcNow.AddMinutes(-10), 1))[0];

        // The knowledge check: the paper, then the mark.
        var agent = await browser.SignedInPageAsync($"{c.P}a.agent", password);
        await agent.GotoAsync("/people/development/knowledge-checks");
        await agent.ShouldPassAxeAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Take “Card payments check”" }).ClickAsync();
        await agent.GetByLabel("Never").CheckAsync();
        await agent.ShouldPassAxeAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("result")).ToContainTextAsync("1 of 1 right (100%): passed");
        await agent.ShouldPassAxeAsync();

        // The briefing, acknowledged.
        await agent.GotoAsync("/people/development/briefings");
        await agent.ShouldPassAxeAsync();
        await agent.GetByRole(AriaRole.Link, new() { Name = "Consumer Duty refresher" }).ClickAsync();
        await agent.ShouldPassAxeAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "I attended and understood it" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("acknowledged")).ToContainTextAsync("You acknowledged this briefing");
        var briefingUrl = agent.Url;

        // Ask for help: from the live contact, then from the case page.
        await agent.GotoAsync($"/workspace/contacts/{contactId}");
        await agent.GetByTestId("ask-for-help").ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new() { Name = "the contact you are on" })).ToBeVisibleAsync();
        await agent.GotoAsync($"/cases/{caseId}");
        await agent.GetByTestId("ask-for-help").ClickAsync();
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new() { Name = "the case" })).ToBeVisibleAsync();
        await agent.ShouldPassAxeAsync();
        await agent.Locator("#h-to").SelectOptionAsync(new SelectOptionValue { Label = $"Test {c.P}a.tl" });
        await agent.Locator("#h-topic").SelectOptionAsync("Regulation");
        await agent.Locator("#h-question").FillAsync("Is a complaint about our fees eligible for the ombudsman?");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("question")).ToHaveTextAsync("Is a complaint about our fees eligible for the ombudsman?");
        await Assertions.Expect(agent.GetByRole(AriaRole.Link, new() { Name = "Open the case" })).ToBeVisibleAsync();
        await agent.ShouldPassAxeAsync();
        var questionUrl = agent.Url;

        // The team leader answers, records attendance and reads the report.
        var leader = await browser.SignedInPageAsync($"{c.P}a.tl", password);
        await leader.GotoAsync("/people/development/help");
        await leader.ShouldPassAxeAsync();
        await leader.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Asked of you: Is a complaint") }).ClickAsync();
        await leader.GetByLabel("Your answer").FillAsync("Yes: fees complaints go to the Financial Ombudsman Service after our final response.");
        await leader.GetByLabel("Suggest it as a knowledge article").CheckAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("answer")).ToContainTextAsync("Suggested as a knowledge article.");
        await leader.ShouldPassAxeAsync();
        await agent.GotoAsync(questionUrl);
        await Assertions.Expect(agent.GetByTestId("answer")).ToContainTextAsync("Financial Ombudsman Service");

        await leader.GotoAsync(briefingUrl);
        await Assertions.Expect(leader.GetByTestId("audience")).ToContainTextAsync($"Test {c.P}a.agent");
        await leader.ShouldPassAxeAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Assertions.Expect(leader.GetByText("1 attended")).ToBeVisibleAsync();

        await leader.GotoAsync("/people/development/effectiveness");
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Which development worked");
        await leader.ShouldPassAxeAsync();
        await leader.GotoAsync("/people/development/knowledge-checks");
        await leader.ShouldPassAxeAsync();
    }
}
