using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Frontline.Web.Tests.Catalogue;
using Frontline.Web.Tests.Customers;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Cases;

/// <summary>
/// A whole contact in the agent workspace: the agent finds the customer, passes ID&amp;V, reads the product overview and
/// its disclosures, opens a case, tries a refund above their authority and refers it with the form filled in, wraps up;
/// the team leader accepts and resolves the referral.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AgentWorkspaceBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_HandlesAWholeContact_InOneScreen_AndTheTeamLeaderResolvesTheReferral()
    {
        var app = browser.App;
        var leaderId = await app.CreateStaffAsync("ws.leader", ["TeamLeader"], grade: 4);
        var teamId = await app.CreateTeamAsync("Workspace team", leaderId);
        await app.CreateStaffAsync("ws.agent", ["Agent"], teamId, grade: 1, lineManagerId: leaderId);
        using var manager = await app.AdminAsync();
        var productId = await CatalogueTestData.PostForIdAsync(manager, "/api/v1/products", CatalogueTestData.ProductBody("WS-ACCOUNT"));
        var customerId = await CustomerTestData.CreateCustomerAsync(manager, "Workspace-Quinn", postcode: "M1 1AE");
        await CustomerTestData.SetSecretsAsync(manager, customerId);
        var customer = await (await manager.GetAsync($"/api/v1/customers/{customerId}")).ReadJsonAsync(HttpStatusCode.OK);
        (await manager.PatchAsJsonAsync($"/api/v1/customers/{customerId}", new { version = customer.GetProperty("version").GetInt32(), productIds = new[] { productId } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Find the customer and start the contact.
        var agent = await browser.SignedInPageAsync("ws.agent", FrontlineAppFactory.StaffPassword);
        await agent.GotoAsync("/workspace");
        await agent.GetByLabel("Find the customer").FillAsync("workspace-quinn");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await agent.GetByTestId("customer-results").GetByTestId("start-contact").ClickAsync();
        await agent.WaitForURLAsync("**/workspace/contacts/*");
        await Assertions.Expect(agent.GetByTestId("live-contact-heading")).ToContainTextAsync("Sarah Workspace-Quinn");

        // ID&V: the challenge names the passcode characters; the agent types what the customer says.
        var panel = agent.GetByTestId("idv-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Start ID&V" }).ClickAsync();
        var prompt = await panel.Locator("label", new() { HasTextRegex = PasscodePrompt() }).InnerTextAsync();
        var positions = Regex.Matches(prompt, "[0-9]+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture));
        await panel.GetByLabel(PasscodePrompt()).FillAsync(string.Concat(positions.Select(p => CustomerTestData.Passcode[p - 1])));
        await panel.GetByLabel("Ask for the date of birth").FillAsync("14/03/1985");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Check answers" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("idv-level")).ToHaveTextAsync("high");

        // The product held is shown in approved wording, with its disclosures to read out for this contact.
        await agent.ReloadAsync();
        await Assertions.Expect(agent.GetByTestId("products-held")).ToContainTextAsync("Everyday account WS-ACCOUNT");
        await Assertions.Expect(agent.GetByTestId("approved-wording")).ToContainTextAsync("This is our everyday current account");
        var disclosures = agent.GetByTestId("product-disclosures");
        await disclosures.GetByLabel("Your right to cancel").CheckAsync();
        await disclosures.GetByRole(AriaRole.Button, new() { Name = "Confirm read out" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("confirmed-cancellation-14-days")).ToContainTextAsync("Read out by");

        // A case: a summary too short keeps the rest of the form; then it opens and is linked to the contact.
        await agent.GetByLabel("Category").SelectOptionAsync("billing");
        await agent.GetByLabel("Summary", new() { Exact = true }).FillAsync("x");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("open-case-form").Locator(".validation-message")).ToBeVisibleAsync();
        await Assertions.Expect(agent.GetByLabel("Category")).ToHaveValueAsync("billing");
        await agent.GetByLabel("Summary", new() { Exact = true }).FillAsync("Charged fees while the account was frozen");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("workspace-message")).ToContainTextAsync("Case opened");

        // A refund beyond a grade-1 agent's authority is refused with the reason, and the referral comes filled in.
        await agent.GetByLabel("Action", new() { Exact = true }).SelectOptionAsync("refund");
        await agent.GetByLabel("Amount (£)").FillAsync("300");
        await agent.GetByLabel("Reason", new() { Exact = true }).FillAsync("Three months of fees while frozen");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Take action" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("authority-refusal")).ToContainTextAsync("grade 4");
        await Assertions.Expect(agent.GetByTestId("referral-to")).ToContainTextAsync("ws.leader");
        await Assertions.Expect(agent.GetByLabel("Summary for the person you refer to")).ToHaveValueAsync(new Regex("£300.00"));
        await agent.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("workspace-message")).ToContainTextAsync("Referral sent");

        // Wrap-up: the outcome is required; notes keep card numbers out of storage.
        await agent.GetByLabel("Notes (card numbers are masked before they are saved)").FillAsync("Card 4111 1111 1111 1111 mentioned");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Wrap up contact" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("wrap-up").Locator(".validation-message")).ToContainTextAsync("Choose an outcome");
        await Assertions.Expect(agent.GetByLabel("Notes (card numbers are masked before they are saved)")).ToHaveValueAsync(new Regex("4111"));
        await agent.GetByLabel("Outcome", new() { Exact = true }).SelectOptionAsync("referred");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Wrap up contact" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("wrapped-up")).ToBeVisibleAsync();
        var contactId = Guid.Parse(new Uri(agent.Url).Query.Split('=')[1]);
        using (var api = await app.ClientForAsync("ws.agent"))
        {
            var contact = await (await api.GetAsync($"/api/v1/contacts/{contactId}")).ReadJsonAsync(HttpStatusCode.OK);
            contact.GetProperty("outcome").GetString().ShouldBe("referred");
            contact.GetProperty("notes").GetString()!.ShouldNotContain("4111 1111 1111 1111");
            contact.GetProperty("caseId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        }

        await agent.Context.CloseAsync();

        // The team leader accepts the referral and resolves it by taking the refund within their authority.
        var leaderPage = await browser.SignedInPageAsync("ws.leader", FrontlineAppFactory.StaffPassword);
        await leaderPage.GotoAsync("/cases/referrals");
        var card = leaderPage.GetByTestId("referrals").Locator("article").Filter(new() { HasText = "Three months of fees" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        card = leaderPage.GetByTestId("referrals").Locator("article").Filter(new() { HasText = "Three months of fees" });
        await card.GetByLabel("Resolution").FillAsync("Refunded £300 of fees and apologised.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(leaderPage.GetByTestId("done")).ToContainTextAsync("resolved");
        await leaderPage.Context.CloseAsync();
    }

    [GeneratedRegex("Ask for characters [0-9]+ and [0-9]+ of the passcode")]
    private static partial Regex PasscodePrompt();
}
