using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Communications;

/// <summary>
/// CC26 1.2, 1.3, 4.3; CCTC9 4.2: a manager drafts a policy, a reviewer comments on a clause, the author answers, two
/// managers agree it, it is published and an agent acknowledges it; a template is written with the live language check
/// flagging jargon, then fixed and approved. Also CC26 2.1, 2.2: a procedure traced to the policy's clauses is evaluated
/// against it (approval refused until then) and approved; the reconciliation, procedures and channels pages. Every page
/// visited passes axe-core (WCAG 2.2 AA, serious and critical).
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
        await author.ShouldPassAxeAsync();
        await author.GetByLabel("Title").FillAsync("Browser communication policy");
        foreach (var component in CommsTestData.Components)
        {
            await author.GetByTestId($"clause-{component}").FillAsync($"Our {component.Replace('-', ' ')} are set out here.");
        }

        await author.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Browser communication policy");
        var policyUrl = author.Url;
        await author.ShouldPassAxeAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("policy-status").First).ToHaveTextAsync("In review");

        // A team leader comments on the channel standards clause.
        var leader = await browser.SignedInPageAsync("comms.b.leader", password);
        await leader.GotoAsync(policyUrl);
        await leader.ShouldPassAxeAsync();
        await leader.GetByLabel("Comment on clause 4").FillAsync("Say how quickly we answer web chat.");
        await leader.Locator("#clause-4").GetByRole(AriaRole.Button, new() { Name = "Comment" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("comment")).ToContainTextAsync("Say how quickly we answer web chat.");
        await leader.ShouldPassAxeAsync();

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
            await page.ShouldPassAxeAsync();
            await page.GetByLabel("Comment (reasons needed to reject)").FillAsync("Agreed for the centre.");
            await page.GetByTestId("record-decision").ClickAsync();
            await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("Your agreement is recorded.");
            if (manager == "comms.b.mgrb")
            {
                await page.GetByTestId("publish").ClickAsync();
                await Assertions.Expect(page.GetByTestId("policy-status").First).ToHaveTextAsync("Published");
                await Assertions.Expect(page.GetByTestId("sign-offs")).ToContainTextAsync("Test comms.b.mgra");
                await page.ShouldPassAxeAsync();
            }
        }

        // The agent reads and acknowledges it.
        var agent = await browser.SignedInPageAsync("comms.b.agent", password);
        await agent.GotoAsync("/communications");
        await agent.ShouldPassAxeAsync();
        await agent.GetByTestId("to-acknowledge").GetByRole(AriaRole.Link, new() { Name = "Browser communication policy" }).ClickAsync();
        await agent.GetByTestId("acknowledge").ClickAsync();
        await Assertions.Expect(agent.GetByTestId("acknowledged")).ToBeVisibleAsync();
        await agent.ShouldPassAxeAsync();

        // A procedure for opening a call, traced to the channel standards clause, evaluated against the policy by the team
        // leader (approval is refused until then) and approved by a manager.
        await author.GotoAsync(policyUrl);
        await author.GetByRole(AriaRole.Link, new() { Name = "Write a procedure under it" }).ClickAsync();
        await author.ShouldPassAxeAsync();
        await author.GetByLabel("Title").FillAsync("Opening a call");
        await author.GetByLabel("Purpose").FillAsync("How every inbound call starts.");
        await author.GetByTestId("step-1").FillAsync("Answer within 20 seconds and give your name.");
        await author.GetByTestId("step-slot").Nth(0).Locator("summary").ClickAsync();
        await author.GetByText("Step 1, clause 4 (", new() { Exact = false }).ClickAsync();
        await author.GetByTestId("step-2").FillAsync("Check the customer's identity before discussing the account.");
        await author.GetByTestId("step-slot").Nth(1).Locator("summary").ClickAsync();
        await author.GetByText("Step 2, clause 6 (", new() { Exact = false }).ClickAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("procedure-status")).ToHaveTextAsync("Draft");
        await Assertions.Expect(author.GetByTestId("not-evaluated")).ToBeVisibleAsync();
        await author.ShouldPassAxeAsync();
        var procedureUrl = author.Url;

        var approver = await browser.SignedInPageAsync("comms.b.mgrb", password);
        await approver.GotoAsync(procedureUrl);
        await approver.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(approver.GetByTestId("form-error")).ToContainTextAsync("Evaluate this draft");
        await approver.ShouldPassAxeAsync();

        await leader.GotoAsync(procedureUrl);
        await leader.ShouldPassAxeAsync();
        var rows = leader.GetByTestId("coverage-row");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        for (var i = 0; i < 6; i++)
        {
            var covered = (await rows.Nth(i).InnerTextAsync()).Contains("steps ", StringComparison.Ordinal);
            await rows.Nth(i).Locator("select").SelectOptionAsync(covered ? "Meets" : "NotApplicable");
        }

        await leader.GetByLabel("Summary").FillAsync("Follows the channel standards and the regulatory clause.");
        await leader.GetByTestId("record-evaluation").ClickAsync();
        await Assertions.Expect(leader.GetByTestId("current-evaluation")).ToContainTextAsync("consistent with the policy");
        await leader.ShouldPassAxeAsync();

        await approver.GotoAsync(procedureUrl);
        await approver.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(approver.GetByTestId("procedure-status")).ToHaveTextAsync("Approved");
        await approver.ShouldPassAxeAsync();
        await approver.GotoAsync(policyUrl + "/reconciliation");
        await Assertions.Expect(approver.GetByTestId("gaps-unimplemented-clause")).ToContainTextAsync("is implemented by no procedure in force");
        await approver.ShouldPassAxeAsync();
        await approver.GotoAsync("/communications/procedures");
        await Assertions.Expect(approver.GetByTestId("procedure-row")).ToContainTextAsync("Opening a call");
        await approver.ShouldPassAxeAsync();
        await approver.GotoAsync("/communications/channels");
        await Assertions.Expect(approver.GetByTestId("channel-row")).ToHaveCountAsync(9);
        await approver.ShouldPassAxeAsync();

        // A template: the live check flags jargon as the author types; the author fixes it and a manager approves it.
        await author.GotoAsync("/communications/templates/new");
        await author.ShouldPassAxeAsync();
        await author.GetByLabel("Name").FillAsync("Browser arrears e-mail");
        await author.GetByTestId("template-standard").FillAsync("Dear {{ customer.first_name }},\nYour account is in arrears.\nKind regards");
        await Assertions.Expect(author.GetByTestId("findings")).ToContainTextAsync("missed payments");
        await author.ShouldPassAxeAsync();
        await author.GetByTestId("template-standard").FillAsync("Dear {{ customer.first_name }},\nYou have missed two payments. Please call us.\nKind regards");
        await Assertions.Expect(author.GetByTestId("language-clean")).ToBeVisibleAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("template-status")).ToHaveTextAsync("Draft");
        await author.ShouldPassAxeAsync();
        var manager2 = await browser.SignedInPageAsync("comms.b.mgra", password);
        await manager2.GotoAsync(author.Url);
        await manager2.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(manager2.GetByTestId("template-status")).ToHaveTextAsync("Approved");
        await manager2.ShouldPassAxeAsync();
    }
}
