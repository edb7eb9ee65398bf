using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Cases;

/// <summary>The Cases pages an administrator uses: opening a case (what was typed survives an error), the CSV import with its progress, the authority matrix.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CasesPagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task OpenCase_UnknownCustomer_KeepsWhatWasTyped_ThenOpensForKnownCustomer()
    {
        var customer = await browser.App.CustomerAsync("Pages");
        var reference = await browser.App.WithDbAsync(db => Task.FromResult(db.Set<Frontline.Domain.Customers.Customer>().Single(c => c.Id == customer).Reference));
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync("/cases/new");
        await page.GetByLabel("Customer reference").FillAsync("NOBODY-123");
        await page.GetByLabel("Category").SelectOptionAsync("card");
        await page.GetByLabel("Summary").FillAsync("Replacement card not received");
        await page.GetByLabel("Description").FillAsync("Ordered on the 2nd; card 5555 5555 5555 4444 was cancelled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("NOBODY-123");
        await Assertions.Expect(page.GetByLabel("Summary")).ToHaveValueAsync("Replacement card not received");
        await Assertions.Expect(page.GetByLabel("Category")).ToHaveValueAsync("card");

        await page.GetByLabel("Customer reference").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await page.WaitForURLAsync("**/cases/*?opened=true");
        await Assertions.Expect(page.GetByTestId("case-details")).ToContainTextAsync("555555******4444");
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("open");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark awaiting-customer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("awaiting-customer");
        await Assertions.Expect(page.GetByTestId("case-details")).ToContainTextAsync("clock paused");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImportPage_UploadsCsv_ShowsProgressUntilDone_WithRejectedRows()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"contacts-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "channel,direction,offeredAt,outcome,notes\nphone,inbound,2026-11-02T09:00:00Z,resolved,ok\nfax,inbound,,resolved,bad channel\nemail,outbound,,sent,ok too\n");
        try
        {
            var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
            await page.GotoAsync("/cases/import");
            await page.GetByLabel("CSV file").SetInputFilesAsync(csv);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-status")).ToHaveTextAsync("completed", new() { Timeout = 20_000 });
            await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("2 imported");
            await Assertions.Expect(page.GetByTestId("import-rejections")).ToContainTextAsync("channel");
            await Assertions.Expect(page.GetByTestId("import-rejections").GetByRole(AriaRole.Cell).First).ToHaveTextAsync("3");
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public async Task AuthorityMatrixPage_AdministratorAddsAnActionAndSaves()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync("/cases/authority-matrix");
        await Assertions.Expect(page.GetByTestId("matrix-table")).ToContainTextAsync("goodwill-payment");
        await page.GetByLabel("Grade 1 limit for refund in pounds").FillAsync("40");
        await page.GetByLabel("Add an action").FillAsync("loyalty-voucher");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save matrix" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("Saved");
        await Assertions.Expect(page.GetByLabel("Grade 1 limit for refund in pounds")).ToHaveValueAsync("40.00");
        await Assertions.Expect(page.GetByTestId("matrix-table")).ToContainTextAsync("loyalty-voucher");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ContactsPage_RecordsAContact_BadOutcomeKeepsNotes_CardNumberMasked()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync("/cases/contacts");
        await page.GetByText("Record a contact").ClickAsync();
        await page.GetByLabel("Channel").SelectOptionAsync("chat");
        await page.GetByLabel("Outcome code").FillAsync("Not A Code");
        await page.GetByLabel("Notes").FillAsync("Customer pasted 3782 822463 10005 into the chat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("outcome code");
        await Assertions.Expect(page.GetByLabel("Notes")).ToHaveValueAsync("Customer pasted 3782 822463 10005 into the chat");
        await Assertions.Expect(page.GetByLabel("Channel")).ToHaveValueAsync("chat");

        await page.GetByLabel("Outcome code").FillAsync("information-given");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("recorded");
        await Assertions.Expect(page.GetByTestId("contacts-table")).ToContainTextAsync("378282*****0005");
        await Assertions.Expect(page.GetByTestId("contacts-table")).Not.ToContainTextAsync("3782 822463 10005");
        await page.Context.CloseAsync();
    }
}
