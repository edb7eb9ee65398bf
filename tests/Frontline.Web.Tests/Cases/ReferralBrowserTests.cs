using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Cases;

/// <summary>
/// CC32 1.3/1.5, CCTC9 2.1: an agent tries a refund above their authority, is refused with the reason, refers it with the
/// form already filled in, and their team leader accepts the referral and resolves it by taking the refund.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferralBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Agent_RefundBeyondAuthority_IsRefused_RefersWithPrefilledForm_TeamLeaderAcceptsAndResolves()
    {
        var app = browser.App;
        // The browser host serves on a real port: set up through it with token clients.
        async Task<Guid> CreateAsync(HttpClient client, string url, object body) =>
            (await (await client.PostAsJsonAsync(url, body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var admin = await browser.App.AdminAsync();
        var teamId = await CreateAsync(admin, "/api/v1/teams", new { name = "Browser team" });
        object Staff(string username, string role, int grade) => new
        {
            username, displayName = $"Test {username}", email = $"{username}@example.test", password = FrontlineAppFactory.StaffPassword, roles = new[] { role }, teamId, grade,
        };
        var leaderId = await CreateAsync(admin, "/api/v1/staff", Staff("br.tl", "TeamLeader", 4));
        var team = await (await admin.GetAsync("/api/v1/teams")).ReadJsonAsync(HttpStatusCode.OK);
        var version = team.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == teamId).GetProperty("version").GetInt32();
        (await admin.PatchAsJsonAsync($"/api/v1/teams/{teamId}", new { version, teamLeaderId = leaderId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CreateAsync(admin, "/api/v1/staff", Staff("br.agent", "Agent", 1));
        var customer = await app.CustomerAsync("Browser");
        using var api = await browser.App.ClientForAsync("br.agent");
        var (caseId, _) = await api.OpenCaseAsync(customer, summary: "Fees charged while account was frozen");

        var agent = await browser.SignedInPageAsync("br.agent", FrontlineAppFactory.StaffPassword);
        await agent.GotoAsync($"/cases/{caseId}");
        await agent.GetByLabel("Action", new() { Exact = true }).SelectOptionAsync("refund");
        await agent.GetByLabel("Amount (£)").FillAsync("300");
        await agent.GetByLabel("Reason for the action").FillAsync("Three months of fees while frozen");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Take action" }).ClickAsync();

        await Assertions.Expect(agent.GetByTestId("authority-refusal")).ToContainTextAsync("grade 4");
        await Assertions.Expect(agent.GetByLabel("Refer to")).ToHaveValueAsync($"staff:{leaderId}");
        await Assertions.Expect(agent.GetByLabel("Referral reason")).ToHaveValueAsync("beyond-authority");
        await Assertions.Expect(agent.GetByLabel("Summary for the referee")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("refund of £300.00 requested"));
        await agent.GetByRole(AriaRole.Button, new() { Name = "Refer", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("done")).ToContainTextAsync("Referred");
        await Assertions.Expect(agent.GetByTestId("case-status")).ToHaveTextAsync("referred");
        await Assertions.Expect(agent.GetByTestId("referral-chain")).ToContainTextAsync("pending");
        await agent.Context.CloseAsync();

        var leader = await browser.SignedInPageAsync("br.tl", FrontlineAppFactory.StaffPassword);
        await leader.GotoAsync("/cases/referrals");
        var card = leader.GetByTestId("referrals").Locator("article").Filter(new() { HasText = "Three months of fees" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("done")).ToContainTextAsync("accepted");
        card = leader.GetByTestId("referrals").Locator("article").Filter(new() { HasText = "Three months of fees" });
        await Assertions.Expect(card.GetByTestId("referral-status")).ToHaveTextAsync("accepted");
        await card.GetByLabel("Resolution").FillAsync("Refunded £300 of fees; apologised for the frozen account.");
        await Assertions.Expect(card.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(leader.GetByTestId("done")).ToContainTextAsync("resolved");

        await leader.GotoAsync($"/cases/{caseId}");
        await Assertions.Expect(leader.GetByTestId("referral-chain")).ToContainTextAsync("resolved");
        await Assertions.Expect(leader.GetByTestId("case-actions")).ToContainTextAsync("taken");
        await Assertions.Expect(leader.GetByTestId("case-status")).ToHaveTextAsync("open");
        await leader.Context.CloseAsync();

        var detail = await (await api.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK);
        detail.GetProperty("actions").EnumerateArray().Last().GetProperty("amountPence").GetInt64().ShouldBe(30_000);
    }
}
