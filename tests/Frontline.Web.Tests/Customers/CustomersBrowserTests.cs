using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Frontline.Web.Tests.Customers.CustomerTestData;

namespace Frontline.Web.Tests.Customers;

/// <summary>An agent finds a customer, sees their vulnerability, and passes ID&amp;V in the panel; forms keep what was typed.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CustomersBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_SearchesCustomer_OpensIt_AndPassesIdv_InThePanel()
    {
        using var admin = await browser.App.AdminAsync();
        var agentName = Unique("agent.browser");
        (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = agentName, displayName = "Browser Agent", email = $"{agentName}@example.test", password = FrontlineAppFactory.StaffPassword,
            roles = new[] { "Agent" }, grade = 1,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var api = await browser.App.ClientForAsync(agentName);
        var id = await CreateCustomerAsync(api, "Pemberton-Browne", postcode: "LS6 2AB");
        await SetSecretsAsync(admin, id);
        (await api.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", new
        {
            drivers = new[] { "capability" }, needsAndAdjustments = "Use plain language and confirm in writing", consentRecorded = true,
            reviewDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await browser.SignedInPageAsync(agentName, FrontlineAppFactory.StaffPassword);
        await page.GotoAsync("/customers");
        await page.GetByLabel("Search customers").FillAsync("pemberton");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByTestId("customer-results").GetByRole(AriaRole.Link, new() { Name = "Sarah Pemberton-Browne" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("vulnerability-banner")).ToContainTextAsync("Use plain language and confirm in writing");
        var panel = page.GetByTestId("idv-panel");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Start ID&V" }).ClickAsync();
        var passcode = panel.GetByLabel(PasscodePrompt());
        await Assertions.Expect(passcode).ToBeVisibleAsync();
        var prompt = await panel.Locator("label", new() { HasTextRegex = PasscodePrompt() }).InnerTextAsync();
        var positions = Regex.Matches(prompt, "[0-9]+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await passcode.FillAsync(string.Concat(positions.Select(p => Passcode[p - 1])));
        await panel.GetByLabel("Ask for the date of birth").FillAsync("14/03/1985");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Check answers" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("idv-outcome")).ToContainTextAsync("Passed");
        await Assertions.Expect(page.GetByTestId("idv-level")).ToHaveTextAsync("high");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("verification-history")).ToContainTextAsync("Passed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewCustomer_BadPostcode_KeepsWhatWasTyped_ThenSaves()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync("/customers/new");
        await page.GetByLabel("First name").FillAsync("Imogen");
        await page.GetByLabel("Last name").FillAsync("Typedkept");
        await page.GetByLabel("Postcode").FillAsync("12345");
        await page.GetByLabel("Main phone").FillAsync("07700 900555");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.validation-message", new() { HasText = "UK postcode" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Last name")).ToHaveValueAsync("Typedkept");
        await Assertions.Expect(page.GetByLabel("Main phone")).ToHaveValueAsync("07700 900555");

        await page.GetByLabel("Postcode").FillAsync("sw1a 1aa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync("**/customers/*?saved=true");
        await Assertions.Expect(page.GetByTestId("customer-details")).ToContainTextAsync("SW1A 1AA");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Manager_ChangesIdvPolicy_InvalidValueIsRefusedAndKept_ThenSaved()
    {
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync("/customers/idv-policy");
        await page.GetByLabel("Lockout period (minutes)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("lockoutMinutes");
        await Assertions.Expect(page.GetByLabel("Lockout period (minutes)")).ToHaveValueAsync("0");

        await page.GetByLabel("Lockout period (minutes)").FillAsync("45");
        await page.GetByLabel("Action 7", new() { Exact = true }).FillAsync("payment-arrangement");
        await page.GetByLabel("Action 7 level").SelectOptionAsync("high");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Policy saved");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Lockout period (minutes)")).ToHaveValueAsync("45");
        await Assertions.Expect(page.GetByLabel("Action 7", new() { Exact = true })).ToHaveValueAsync("payment-arrangement");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_RecordsSupportNeeds_WithoutConsentIsRefusedAndKept_ThenShownOnTheRecord()
    {
        var page = await OpenFromCustomerAsync("Needham-Vale", "M1 1AE", "Support needs");
        await page.GetByLabel("health").CheckAsync();
        await page.GetByLabel("Needs and adjustments agreed").FillAsync("Call back after 2pm; send letters in large print");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save support needs" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("consent");
        await Assertions.Expect(page.GetByLabel("Needs and adjustments agreed")).ToHaveValueAsync("Call back after 2pm; send letters in large print");
        await Assertions.Expect(page.GetByLabel("health")).ToBeCheckedAsync();

        await page.GetByLabel("The customer consents to us recording this").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save support needs" }).ClickAsync();
        await page.WaitForURLAsync("**/customers/*?saved=true");
        await Assertions.Expect(page.GetByTestId("vulnerability-banner")).ToContainTextAsync("health");
        await Assertions.Expect(page.GetByTestId("vulnerability-banner")).ToContainTextAsync("large print");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_AddsThirdParty_EndedAuthorityIsRefusedAndKept_ThenListed()
    {
        var page = await OpenFromCustomerAsync("Attorney-Holt", "BS1 4DJ", "Add third party");
        await page.GetByLabel("Full name").FillAsync("Margaret Holt");
        await page.GetByLabel("Authority").SelectOptionAsync(new SelectOptionValue { Label = "Power of attorney" });
        await page.GetByLabel("Document reference").FillAsync("OPG-7000-1234");
        await page.GetByLabel("Valid until").FillAsync(Day(-10));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add third party" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("The authority has already ended.");
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Margaret Holt");
        await Assertions.Expect(page.GetByLabel("Document reference")).ToHaveValueAsync("OPG-7000-1234");

        await page.GetByLabel("Valid until").FillAsync(Day(365));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add third party" }).ClickAsync();
        await page.WaitForURLAsync("**/customers/*?saved=true");
        var parties = page.GetByTestId("third-parties");
        await Assertions.Expect(parties).ToContainTextAsync("Margaret Holt");
        await Assertions.Expect(parties).ToContainTextAsync("Power of attorney");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Manager_SetsSecrets_BadPasscodeIsRefused_SecretsAreNeverShown()
    {
        var page = await OpenFromCustomerAsync("Secretkeeper", "EH1 1YZ", "Set secrets");
        await page.GetByLabel("Security question").FillAsync("Name of your first school?");
        await page.GetByLabel("Security answer").FillAsync("Hillside Primary");
        await page.GetByLabel("Passcode").FillAsync("tulip-83");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save secrets" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("letters and digits only");
        await Assertions.Expect(page.GetByLabel("Security question")).ToHaveValueAsync("Name of your first school?");
        await Assertions.Expect(page.GetByLabel("Security answer")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Passcode")).ToHaveValueAsync("");
        (await page.ContentAsync()).ShouldSatisfyAllConditions(
            html => html.ShouldNotContain("Hillside"), html => html.ShouldNotContain("tulip-83"));

        await page.GetByLabel("Security answer").FillAsync("Hillside Primary");
        await page.GetByLabel("Passcode").FillAsync("tulip83q");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save secrets" }).ClickAsync();
        await page.WaitForURLAsync("**/customers/*?saved=true");
        var details = page.GetByTestId("customer-details");
        await Assertions.Expect(details).ToContainTextAsync("Passcode set");
        await Assertions.Expect(details).ToContainTextAsync("Name of your first school?");
        (await page.ContentAsync()).ShouldSatisfyAllConditions(
            html => html.ShouldNotContain("Hillside"), html => html.ShouldNotContain("tulip83q"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Supervisor_AcknowledgesLockoutAlert_AndReleasesTheLock()
    {
        using var admin = await browser.App.AdminAsync();
        var lastName = Unique("Lockedout");
        var id = await CreateCustomerAsync(admin, lastName);
        await SetSecretsAsync(admin, id);
        var outcome = "";
        for (var attempt = 0; attempt < 20 && outcome != "locked"; attempt++)
        {
            outcome = (await AnswerAsync(admin, await StartAsync(admin, id), wrong: true)).GetProperty("outcome").GetString()!;
        }

        outcome.ShouldBe("locked");
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync("/customers");
        await page.GetByRole(AriaRole.Link, new() { Name = "ID&V alerts" }).ClickAsync();
        var row = page.GetByTestId("customer-alerts").Locator("tr", new() { HasText = lastName });
        await Assertions.Expect(row).ToContainTextAsync("locked");
        await row.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("Alert acknowledged.");
        await Assertions.Expect(page.Locator("tr", new() { HasText = lastName })).ToHaveCountAsync(0);

        await page.GotoAsync($"/customers/{id}");
        await Assertions.Expect(page.GetByTestId("verification-locked")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Release lock" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Verification lock released.");
        await Assertions.Expect(page.GetByTestId("verification-locked")).ToHaveCountAsync(0);
        await StartAsync(admin, id);
        await page.Context.CloseAsync();
    }

    /// <summary>Creates a customer, signs in as the administrator, opens the customer and follows one of its links.</summary>
    private async Task<IPage> OpenFromCustomerAsync(string lastName, string postcode, string link)
    {
        using var admin = await browser.App.AdminAsync();
        var id = await CreateCustomerAsync(admin, lastName, postcode: postcode);
        var page = await browser.SignedInPageAsync("admin", FrontlineAppFactory.AdminPassword);
        await page.GotoAsync($"/customers/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        return page;
    }

    private static string Day(int fromToday) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("Ask for characters [0-9]+ and [0-9]+ of the passcode")]
    private static partial Regex PasscodePrompt();
}
