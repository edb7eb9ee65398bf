using Frontline.Domain.Cases;
using Frontline.Domain.Customers;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Features.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Complaints;

/// <summary>A complaints handler takes a complaint from a contact through to closure and sees it in the dashboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Handler_RecordsFromContact_Acknowledges_WeighsOptions_IssuesFinalResponse_Closes_AndSeesItInDashboard()
    {
        // The test clients talk to the in-memory server, not the real port: create the handler through the use case.
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CreateStaffMember>().ExecuteAsync(new NewStaffMember("ui.handler", "Una Handler",
                "ui.handler@example.test", FrontlineAppFactory.StaffPassword, ["ComplaintsHandler"], null, null, 4), CancellationToken.None);
        }

        var contactId = await browser.App.WithDbAsync(async db =>
        {
            var customer = new Customer { Reference = "UI-C-1", FirstName = "Grace", LastName = "Hopper", CreatedAt = DateTime.UtcNow };
            var contact = new Contact { CustomerId = customer.Id, Notes = "Called about a double charge", CreatedAt = DateTime.UtcNow };
            db.AddRange(customer, contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
        var page = await browser.SignedInPageAsync("ui.handler", FrontlineAppFactory.StaffPassword);

        // Recorded in one step from the contact: the customer comes from the contact.
        await page.GotoAsync($"/complaints/new?contactId={contactId}");
        await Assertions.Expect(page.GetByTestId("linked-from")).ToContainTextAsync(contactId.ToString());
        await page.GetByLabel("Product group").SelectOptionAsync("credit-cards");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record complaint" }).ClickAsync();
        // Validation keeps what was typed.
        await Assertions.Expect(page.Locator(".validation-message")).ToContainTextAsync("Record what the customer said");
        await Assertions.Expect(page.GetByLabel("Product group")).ToHaveValueAsync("credit-cards");
        await page.GetByLabel("The customer's own words").FillAsync("I was charged twice for the same purchase.");
        await page.GetByLabel("Cause", new() { Exact = true }).SelectOptionAsync("terms-disputed-sums-charges");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record complaint" }).ClickAsync();
        await page.WaitForURLAsync("**/complaints/*?recorded=true");
        var complaintUrl = page.Url.Split('?')[0];
        var complaintId = complaintUrl.Split('/')[^1];
        await Assertions.Expect(page.GetByTestId("complaint-status")).ToHaveTextAsync("received");
        await Assertions.Expect(page.GetByTestId("clocks")).ToContainTextAsync("Final response due");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send acknowledgement" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("complaint-status")).ToHaveTextAsync("acknowledged");
        await Assertions.Expect(page.GetByTestId("letters")).ToContainTextAsync("acknowledgement");

        await AddOptionAsync(page, "Refund the duplicate charge", "Puts the customer back in position", "Costs £25", "25.00", "Money back");
        await AddOptionAsync(page, "Explain the pending authorisation", "No cost", "Customer may stay unhappy", "0", "Understanding");
        await Assertions.Expect(page.GetByTestId("options").GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await page.GetByLabel("Option agreed with the customer").SelectOptionAsync(new SelectOptionValue { Label = "Refund the duplicate charge" });
        await page.GetByLabel("How they agreed").FillAsync("On the phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("options")).ToContainTextAsync("Agreed On the phone");

        await page.GetByLabel("Outcome", new() { Exact = true }).SelectOptionAsync("upheld");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save findings" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("outcome")).ToHaveTextAsync("upheld");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue final response" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("complaint-status")).ToHaveTextAsync("final-response-issued");
        await Assertions.Expect(page.GetByTestId("letters")).ToContainTextAsync("final-response");

        // Closing without a root cause is refused with a reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "Close complaint" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("root cause");
        await page.GetByLabel("Root cause").SelectOptionAsync("process-failure");
        await page.GetByLabel("Learning points (one per line)").FillAsync("Check for duplicate postings before settlement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save findings" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close complaint" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("complaint-status")).ToHaveTextAsync("closed");

        await page.GotoAsync("/complaints/dashboard");
        await Assertions.Expect(page.GetByTestId("figures")).ToContainTextAsync("Received");
        await page.GetByTestId("figure-responded").ClickAsync();
        await Assertions.Expect(page.GetByTestId("drill-down").Locator($"a[href='/complaints/{complaintId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Check for duplicate postings before settlement")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task AddOptionAsync(IPage page, string description, string pros, string cons, string cost, string benefit)
    {
        await page.GetByLabel("Option", new() { Exact = true }).FillAsync(description);
        await page.GetByLabel("Advantages", new() { Exact = true }).FillAsync(pros);
        await page.GetByLabel("Disadvantages").FillAsync(cons);
        await page.GetByLabel("Cost to us (£)").FillAsync(cost);
        await page.GetByLabel("Benefit to the customer").FillAsync(benefit);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add option" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("options")).ToContainTextAsync(description);
    }
}
