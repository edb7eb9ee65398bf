using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Platform;

/// <summary>An administrator signs in, creates a staff member, finds them in the list and the audit trail, and signs out.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_CreatesStaffMember_SeesItInListAndAuditTrail_ThenSignsOut()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("admin");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Modules" }).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add staff member" }).ClickAsync();

        // A weak password comes back with a message, and what was typed is kept.
        await page.GetByLabel("Username").FillAsync("jo.bloggs");
        await page.GetByLabel("Display name").FillAsync("Jo Bloggs");
        await page.GetByLabel("Email").FillAsync("jo.bloggs@example.test");
        await page.GetByLabel("Initial password").FillAsync("weak");
        await page.GetByLabel("Agent", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("Passwords must be at least 10 characters");
        await Assertions.Expect(page.GetByLabel("Display name")).ToHaveValueAsync("Jo Bloggs");
        await Assertions.Expect(page.GetByLabel("Agent", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("Initial password").FillAsync("Strong-pass-2026");
        await page.GetByLabel("Authority grade").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.WaitForURLAsync("**/people/staff?created=jo.bloggs");
        var row = page.GetByTestId("staff-table").GetByRole(AriaRole.Row).Filter(new() { HasText = "jo.bloggs" });
        await Assertions.Expect(row).ToContainTextAsync("Jo Bloggs");
        await Assertions.Expect(row).ToContainTextAsync("Agent");

        await page.GotoAsync("/admin/audit?entityType=StaffMember");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("jo.bloggs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-result")).ToContainTextAsync("Intact");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/sign-in?signedOut=true");
        await page.GotoAsync("/people/staff");
        page.Url.ShouldContain("/sign-in");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageAndKeepsUsername()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Username").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("wrong");
        await Assertions.Expect(page.GetByLabel("Username")).ToHaveValueAsync("admin");
        await context.CloseAsync();
    }

    [Fact]
    public async Task HomePage_AtTabletWidth_ShowsEveryModule_AllBuilt()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword, width: 768);
        var cards = page.GetByTestId("module-cards");
        await Assertions.Expect(cards).ToContainTextAsync("Complaints");
        await Assertions.Expect(cards).ToContainTextAsync("Quality monitoring");
        await Assertions.Expect(cards).ToContainTextAsync("Compliance");
        await Assertions.Expect(cards).ToContainTextAsync("Performance");
        await Assertions.Expect(cards).ToContainTextAsync("Communications");
        await Assertions.Expect(cards).Not.ToContainTextAsync("Not built yet");
        await page.ShouldPassAxeAsync();
        await page.GotoAsync("/performance");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Not built yet");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AxeScan_FindsAnImageWithoutAlternativeText()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.SetContentAsync("<html lang=\"en\"><head><title>scan check</title></head><body><main><h1>Check</h1><img src=\"/favicon.ico\"></main></body></html>");
        var violations = await page.SeriousAxeViolationsAsync();
        violations.ShouldContain(v => v.Contains("image-alt", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
