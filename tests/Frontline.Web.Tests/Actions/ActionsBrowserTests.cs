using Frontline.Data;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.People;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Actions;

/// <summary>A manager sees the register by source (a drawn chart with its data table), records an action and its owner completes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_SeesChartAndTableBySource_RecordsAnAction_OwnerNeedsEvidenceToFinishIt()
    {
        Guid owner;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var create = scope.ServiceProvider.GetRequiredService<CreateStaffMember>();
            await create.ExecuteAsync(new NewStaffMember("ui.actions.mgr", "Mina Manager", "mgr@example.test", FrontlineAppFactory.StaffPassword,
                ["Manager"], null, null, 5), CancellationToken.None);
            owner = (await create.ExecuteAsync(new NewStaffMember("ui.actions.owner", "Owen Owner", "owen@example.test", FrontlineAppFactory.StaffPassword,
                ["TeamLeader"], null, null, 3), CancellationToken.None)).Id;
            var register = scope.ServiceProvider.GetRequiredService<IImprovementActions>();
            register.Raise(new RaiseImprovementAction("Refresh ID&V briefing", null, "audit-finding", "UI-A-1", null, owner,
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10)));
            await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().SaveChangesAsync();
        }

        var page = await browser.SignedInPageAsync("ui.actions.mgr", FrontlineAppFactory.StaffPassword);
        await page.GotoAsync("/actions?tab=by-source");
        // Chart.js drew the canvas (loaded by the external charts.js), and the same numbers are in a table.
        await page.WaitForFunctionAsync("() => window.Chart && window.Chart.getChart('actions-by-source') !== undefined");
        var table = page.GetByTestId("chart-table-actions-by-source");
        await Assertions.Expect(table.Locator("caption")).ToHaveTextAsync("Unfinished actions by source");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Audit finding" })).ToContainTextAsync("1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an action" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Say what will change");
        await page.GetByLabel("What will change").FillAsync("Add a script prompt for vulnerable customers");
        await page.GetByLabel("Raised from").SelectOptionAsync("kpi-review");
        await page.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = "Owen Owner" });
        await page.GetByLabel("Due").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();
        await page.WaitForURLAsync("**/actions/*?done=*");
        var actionUrl = page.Url.Split('?')[0];
        await Assertions.Expect(page.GetByTestId("action-title")).ToHaveTextAsync("Add a script prompt for vulnerable customers");

        var ownerPage = await browser.SignedInPageAsync("ui.actions.owner", FrontlineAppFactory.StaffPassword);
        await ownerPage.GotoAsync("/actions?tab=mine");
        await ownerPage.GetByRole(AriaRole.Link, new() { Name = "Add a script prompt for vulnerable customers" }).ClickAsync();
        await ownerPage.GetByLabel("Status").SelectOptionAsync("done");
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();
        await Assertions.Expect(ownerPage.GetByTestId("form-error")).ToContainTextAsync("evidence");
        await ownerPage.GetByLabel("Evidence of completion").FillAsync("Prompt live in the script tool since Monday");
        await ownerPage.GetByLabel("Status").SelectOptionAsync("done");
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();
        await Assertions.Expect(ownerPage.GetByTestId("action-status")).ToHaveTextAsync("Done");
        await Assertions.Expect(ownerPage.GetByTestId("action-evidence")).ToHaveTextAsync("Prompt live in the script tool since Monday");
        ownerPage.Url.ShouldStartWith(actionUrl);
    }
}
