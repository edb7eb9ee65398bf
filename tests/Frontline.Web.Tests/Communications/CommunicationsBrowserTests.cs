using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Communications;

/// <summary>
/// CC26 1.2, 1.3, 4.3; CCTC9 4.2: a manager drafts a policy, a reviewer comments on a clause, the author answers, two
/// managers agree it, it is published and an agent acknowledges it; a template is written with the live language check
/// flagging jargon, then fixed and approved.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunicationsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_DraftsPolicy_ReviewerComments_TwoManagersAgree_Published_AgentAcknowledges_TemplateFixedByLanguageCheck()
    {
        var app = browser.App;
        await app.CreateStaffAsync("comms.b.author", ["Manager"]);
        await app.CreateStaffAsync("comms.b.mgra", ["Manager"]);
        await app.CreateStaffAsync("comms.b.mgrb", ["Manager"]);
        await app.CreateStaffAsync("comms.b.leader", ["TeamLeader"]);
        await app.CreateStaffAsync("comms.b.agent", ["Agent"]);
        var password = FrontlineAppFactory.StaffPassword;

        // The author drafts the policy: one clause under each standard component.
        var author = await browser.SignedInPageAsync("comms.b.author", password);
        await author.GotoAsync("/communications/policies/new");
        await author.GetByLabel("Title").FillAsync("Browser communication policy");
        foreach (var component in CommsTestData.Components)
        {
            await author.GetByTestId($"clause-{component}").FillAsync($"Our {component.Replace('-', ' ')} are set out here.");
        }

        await author.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Browser communication policy");
        var policyUrl = author.Url;
        await author.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("policy-status").First).ToHaveTextAsync("In review");

        // A team leader comments on the channel standards clause.
        var leader = await browser.SignedInPageAsync("comms.b.leader", password);
        await leader.GotoAsync(policyUrl);
        await leader.GetByLabel("Comment on clause 4").FillAsync("Say how quickly we answer web chat.");
        await leader.Locator("#clause-4").GetByRole(AriaRole.Button, new() { Name = "Comment" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("comment")).ToContainTextAsync("Say how quickly we answer web chat.");

        // The author cannot submit with the comment open; answers and resolves it, then submits.
        await author.GotoAsync(policyUrl);
        await author.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(author.GetByTestId("form-error")).ToContainTextAsync("open review comment");
        await author.GetByPlaceholder("Your answer").FillAsync("Added: within 60 seconds.");
        await author.GetByLabel("Resolve").CheckAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Answer" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("comment-resolved")).ToBeVisibleAsync();
        await author.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(author.GetByTestId("policy-status").First).ToHaveTextAsync("Submitted for agreement");

        // Two other managers agree it; the second publishes it.
        foreach (var manager in new[] { "comms.b.mgra", "comms.b.mgrb" })
        {
            var page = await browser.SignedInPageAsync(manager, password);
            await page.GotoAsync(policyUrl);
            await page.GetByLabel("Comment (reasons needed to reject)").FillAsync("Agreed for the centre.");
            await page.GetByTestId("record-decision").ClickAsync();
            await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("Your agreement is recorded.");
            if (manager == "comms.b.mgrb")
            {
                await page.GetByTestId("publish").ClickAsync();
                await Assertions.Expect(page.GetByTestId("policy-status").First).ToHaveTextAsync("Published");
                await Assertions.Expect(page.GetByTestId("sign-offs")).ToContainTextAsync("Test comms.b.mgra");
            }
        }

        // The agent reads and acknowledges it.
        var agent = await browser.SignedInPageAsync("comms.b.agent", password);
        await agent.GotoAsync("/communications");
        await agent.GetByTestId("to-acknowledge").GetByRole(AriaRole.Link, new() { Name = "Browser communication policy" }).ClickAsync();
        await agent.GetByTestId("acknowledge").ClickAsync();
        await Assertions.Expect(agent.GetByTestId("acknowledged")).ToBeVisibleAsync();

        // A template: the live check flags jargon as the author types; the author fixes it and a manager approves it.
        await author.GotoAsync("/communications/templates/new");
        await author.GetByLabel("Name").FillAsync("Browser arrears e-mail");
        await author.GetByTestId("template-standard").FillAsync("Dear {{ customer.first_name }},\nYour account is in arrears.\nKind regards");
        await Assertions.Expect(author.GetByTestId("findings")).ToContainTextAsync("missed payments");
        await author.GetByTestId("template-standard").FillAsync("Dear {{ customer.first_name }},\nYou have missed two payments. Please call us.\nKind regards");
        await Assertions.Expect(author.GetByTestId("language-clean")).ToBeVisibleAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("template-status")).ToHaveTextAsync("Draft");
        var manager2 = await browser.SignedInPageAsync("comms.b.mgra", password);
        await manager2.GotoAsync(author.Url);
        await manager2.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(manager2.GetByTestId("template-status")).ToHaveTextAsync("Approved");
    }
}
