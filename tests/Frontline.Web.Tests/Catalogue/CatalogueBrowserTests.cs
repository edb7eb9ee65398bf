using System.Globalization;
using System.Text.RegularExpressions;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Catalogue;

/// <summary>
/// An agent reads a product overview for a contact, checks eligibility and confirms the disclosures as read out;
/// a trainer writes an article, a manager approves it and sees who has not acknowledged it until the agent does.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CatalogueBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_ConfirmsDisclosuresForAContact_AndManagerSeesArticleAcknowledgements()
    {
        // Set-up goes through the API of the real server the browser uses.
        using var admin = await browser.App.AdminAsync();
        var team = await CatalogueTestData.PostForIdAsync(admin, "/api/v1/teams", new { name = "CB Team" });
        await CatalogueTestData.CreateStaffAsync(admin, "cb.agent", "Agent", team);
        await CatalogueTestData.CreateStaffAsync(admin, "cb.trainer", "Trainer");
        await CatalogueTestData.CreateStaffAsync(admin, "cb.manager", "Manager");
        var productId = await CatalogueTestData.PostForIdAsync(admin, "/api/v1/products", CatalogueTestData.ProductBody("CB-ACCOUNT"));
        // The agent's own contact: disclosures are confirmed only on contacts in the agent's scope.
        using var agentApi = await browser.App.ClientForAsync("cb.agent", FrontlineAppFactory.StaffPassword);
        var contactId = await CatalogueTestData.CreateContactAsync(browser.App, agentApi);

        // The agent opens the product from a contact: approved wording, eligibility, disclosures to confirm.
        var agent = await browser.SignedInPageAsync("cb.agent", FrontlineAppFactory.StaffPassword);
        await agent.GotoAsync($"/catalogue/products/{productId}?contactId={contactId}");
        await Assertions.Expect(agent.GetByTestId("approved-wording")).ToContainTextAsync("This is our everyday current account");
        await agent.GetByLabel("Age").FillAsync("17");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("eligibility-result")).ToContainTextAsync("at least 18");

        var disclosures = agent.GetByTestId("product-disclosures");
        await disclosures.GetByLabel("Your right to cancel").CheckAsync();
        await disclosures.GetByRole(AriaRole.Button, new() { Name = "Confirm read out" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("confirmed-cancellation-14-days")).ToContainTextAsync("Read out by Test cb.agent");
        await Assertions.Expect(agent.GetByTestId("disclosures-outstanding")).ToContainTextAsync("1 still to read out");
        await agent.GetByTestId("product-disclosures").GetByLabel("FSCS protection").CheckAsync();
        await agent.GetByTestId("product-disclosures").GetByRole(AriaRole.Button, new() { Name = "Confirm read out" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("disclosures-complete")).ToBeVisibleAsync();

        // A trainer writes an article; a too-short title comes back with what was typed kept.
        var trainer = await browser.SignedInPageAsync("cb.trainer", FrontlineAppFactory.StaffPassword);
        await trainer.GotoAsync("/knowledge/new");
        await trainer.GetByLabel("Title").FillAsync("Hi");
        await trainer.GetByLabel("Text (Markdown)").FillAsync("Customers can cancel within **14 days**.");
        await trainer.GetByLabel("Review by").FillAsync(DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(trainer.GetByText("minimum length of 3")).ToBeVisibleAsync();
        await Assertions.Expect(trainer.GetByLabel("Text (Markdown)")).ToHaveValueAsync("Customers can cancel within **14 days**.");
        await trainer.GetByLabel("Title").FillAsync("Cancellation script for CB team");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await trainer.WaitForURLAsync(new Regex("/knowledge/[0-9a-f-]{36}\\?done="));
        var articleUrl = new Uri(trainer.Url).AbsolutePath;
        await Assertions.Expect(trainer.GetByTestId("article-body").Locator("strong")).ToHaveTextAsync("14 days");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(trainer.GetByTestId("article-status")).ToHaveTextAsync("in review");
        await Assertions.Expect(trainer.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" })).ToHaveCountAsync(0);

        // The manager approves it and sees that the agent has not read it yet.
        var manager = await browser.SignedInPageAsync("cb.manager", FrontlineAppFactory.StaffPassword);
        await manager.GotoAsync(articleUrl);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("article-status")).ToHaveTextAsync("published");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Who has read it" }).ClickAsync();
        var articleId = articleUrl.Split('/').Last();
        await Assertions.Expect(manager.GetByTestId($"ack-{articleId}").GetByTestId("outstanding")).ToContainTextAsync("Test cb.agent");

        // The agent reads and acknowledges; the manager's list no longer shows them.
        await agent.GotoAsync("/catalogue");
        await Assertions.Expect(agent.GetByTestId("to-read")).ToContainTextAsync("Cancellation script for CB team");
        await agent.GotoAsync("/knowledge");
        // Search as you type (htmx): the table changes without submitting the form.
        await agent.GetByPlaceholder("Search titles and text").FillAsync("no such words anywhere");
        await Assertions.Expect(agent.GetByTestId("articles-table")).ToContainTextAsync("No articles match.");
        await agent.GetByPlaceholder("Search titles and text").FillAsync("SCRIPT for cb");
        await Assertions.Expect(agent.GetByTestId("articles-table").GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        agent.Url.ShouldEndWith("/knowledge");
        await agent.GetByTestId("articles-table").GetByRole(AriaRole.Link, new() { Name = "Cancellation script for CB team" }).ClickAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "I have read and understood it" }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("acknowledged")).ToBeVisibleAsync();
        await manager.ReloadAsync();
        // Other tests' agents share this server and may still owe a reading: only this agent must be gone.
        await Assertions.Expect(manager.GetByTestId($"ack-{articleId}").GetByTestId("outstanding").Filter(new() { HasText = "Test cb.agent" }))
            .ToHaveCountAsync(0);

        await agent.Context.CloseAsync();
        await trainer.Context.CloseAsync();
        await manager.Context.CloseAsync();
    }

    [Fact]
    public async Task Manager_EditsProductFee_BadLineKeepsTyping_AndChangeIsRecordedAsMaterial()
    {
        using var admin = await browser.App.AdminAsync();
        await CatalogueTestData.CreateStaffAsync(admin, "cb.editor", "Manager");
        var productId = await CatalogueTestData.PostForIdAsync(admin, "/api/v1/products", CatalogueTestData.ProductBody("CB-EDIT"));

        var manager = await browser.SignedInPageAsync("cb.editor", FrontlineAppFactory.StaffPassword);
        await manager.GotoAsync($"/catalogue/products/{productId}");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Edit product" }).ClickAsync();
        await manager.GetByLabel("Fees and charges").FillAsync("Monthly account fee | five pounds | monthly");
        await manager.GetByLabel("What changed and why").FillAsync("Fee rises");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("form-error")).ToContainTextAsync("not an amount in pence");
        await Assertions.Expect(manager.GetByLabel("Fees and charges")).ToHaveValueAsync("Monthly account fee | five pounds | monthly");
        await Assertions.Expect(manager.GetByLabel("What changed and why")).ToHaveValueAsync("Fee rises");

        await manager.GetByLabel("Fees and charges").FillAsync("Monthly account fee | 500 | monthly");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await manager.WaitForURLAsync($"**/catalogue/products/{productId}");
        await Assertions.Expect(manager.GetByTestId("fees")).ToContainTextAsync("£5.00");
        await Assertions.Expect(manager.GetByTestId("changes")).ToContainTextAsync("material · revision 2");
        await Assertions.Expect(manager.GetByTestId("changes")).ToContainTextAsync("Fee rises");
        await manager.Context.CloseAsync();
    }
}
