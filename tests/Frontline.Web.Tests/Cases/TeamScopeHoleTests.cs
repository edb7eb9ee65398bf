using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Catalogue;
using Frontline.Web.Tests.Customers;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Cases;

/// <summary>
/// ASVS 4.2 / OWASP API1: referrals, disclosure confirmations, contacts and ID&amp;V assurance do not reach across teams.
/// </summary>
public sealed class TeamScopeHoleTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CaseReferredToTheTeamLeaderRole_IsNotReadableOrWritable_ByAnotherTeamsLeader()
    {
        await app.TeamAsync("sh1");
        await app.TeamAsync("sh2");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("sh1.agent");
        using var ownLeader = await app.ClientForAsync("sh1.tl");
        using var otherLeader = await app.ClientForAsync("sh2.tl");
        var (caseId, _) = await agent.OpenCaseAsync(customer);
        var referral = await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals",
            new { reason = "beyond-authority", mode = "written", toRole = "TeamLeader", summary = "Goodwill asked" })).ReadJsonAsync(HttpStatusCode.Created);
        var referralId = referral.GetProperty("id").GetGuid();

        (await ownLeader.GetAsync($"/api/v1/referrals/{referralId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await otherLeader.GetAsync($"/api/v1/referrals/{referralId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherLeader.GetAsync($"/api/v1/cases/{caseId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherLeader.PatchAsJsonAsync($"/api/v1/cases/{caseId}", new { version = 1, summary = "Taken over" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherLeader.PostAsJsonAsync($"/api/v1/cases/{caseId}/updates", new { message = "Hello", channel = "phone" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var queue = await (await otherLeader.GetAsync("/api/v1/referrals")).ReadJsonAsync(HttpStatusCode.OK);
        queue.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(referralId);
    }

    [Fact]
    public async Task RefereeOutsideTheTeam_ReadsTheCaseAndActsOnTheReferral_ButNeverEditsTheCase()
    {
        await app.TeamAsync("sh3");
        var (_, outsiderId, _) = await app.TeamAsync("sh4");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("sh3.agent");
        using var outsider = await app.ClientForAsync("sh4.tl");
        var (caseId, _) = await agent.OpenCaseAsync(customer);
        var referral = await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals",
            new { reason = "specialist-knowledge", mode = "written", toStaffId = outsiderId, summary = "You know this product" })).ReadJsonAsync(HttpStatusCode.Created);
        var referralId = referral.GetProperty("id").GetGuid();

        (await outsider.GetAsync($"/api/v1/referrals/{referralId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await (await outsider.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK);
        var version = detail.GetProperty("case").GetProperty("version").GetInt32();
        await (await outsider.PatchAsJsonAsync($"/api/v1/cases/{caseId}", new { version, summary = "Taken over" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.PostAsJsonAsync($"/api/v1/cases/{caseId}/updates", new { message = "Hello", channel = "phone" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { version, status = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await outsider.PostAsJsonAsync($"/api/v1/referrals/{referralId}/accept", new { version = referral.GetProperty("version").GetInt32() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DisclosureConfirmation_OnAnotherTeamsContact_IsNotFound()
    {
        var (teamA, _, _) = await app.TeamAsync("sh5");
        await app.TeamAsync("sh6");
        _ = teamA;
        var product = (await CatalogueTestData.CreateProductAsync(app, "SH-ACCOUNT")).GetProperty("id").GetGuid();
        using var owner = await app.ClientForAsync("sh5.agent");
        using var stranger = await app.ClientForAsync("sh6.agent");
        var contactId = await CatalogueTestData.CreateContactAsync(app, owner);

        await (await stranger.PostAsJsonAsync($"/api/v1/products/{product}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "fscs" } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/v1/products/{product}/disclosures?contactId={contactId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await owner.PostAsJsonAsync($"/api/v1/products/{product}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "fscs" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Agent_CannotRecordAContact_AsAnotherTeamsAgent()
    {
        await app.TeamAsync("sh7");
        var (_, _, otherAgent) = await app.TeamAsync("sh8");
        using var agent = await app.ClientForAsync("sh7.agent");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", agentId = otherAgent }))
            .ShouldBeValidationProblemAsync("agentId");
        using var leader = await app.ClientForAsync("sh7.tl");
        await (await leader.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", agentId = otherAgent }))
            .ShouldBeValidationProblemAsync("agentId");
        using var admin = await app.AdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", agentId = otherAgent }))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "integrations record for anyone");
    }

    [Fact]
    public async Task IdvAssurance_OfAnotherAgentsOrAWrappedUpContact_IsNotReusable()
    {
        await app.TeamAsync("sh9");
        await app.TeamAsync("sh10");
        using var verifier = await app.ClientForAsync("sh9.agent");
        using var other = await app.ClientForAsync("sh10.agent");
        var customer = await CustomerTestData.CreateCustomerAsync(verifier, "Assured");
        await CustomerTestData.SetSecretsAsync(app, customer);
        var contactId = await CatalogueTestData.CreateContactAsync(app, verifier);
        var started = await CustomerTestData.StartAsync(verifier, customer, contactId);
        (await CustomerTestData.AnswerAsync(verifier, started)).GetProperty("level").GetString().ShouldBe("high");

        async Task<HttpResponseMessage> MoveAsync(HttpClient client, string postcode)
        {
            var version = (await (await client.GetAsync($"/api/v1/customers/{customer}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
            return await client.PatchAsJsonAsync($"/api/v1/customers/{customer}", new { version, postcode, contactId, channel = "phone" });
        }

        // Another agent (another team) naming the verified contact gets no assurance from it.
        (await (await MoveAsync(other, "B33 8TH")).ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("idv.high-required");
        (await MoveAsync(verifier, "M1 1AE")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Once the contact is wrapped up, its assurance ends, also for the agent who verified.
        var contact = await (await verifier.GetAsync($"/api/v1/contacts/{contactId}")).ReadJsonAsync(HttpStatusCode.OK);
        var now = DateTimeOffset.UtcNow;
        (await verifier.PatchAsJsonAsync($"/api/v1/contacts/{contactId}", new
        {
            version = contact.GetProperty("version").GetInt32(), endedAt = now.AddMinutes(-1), wrapEndedAt = now, outcome = "resolved",
        })).IsSuccessStatusCode.ShouldBeTrue();
        await (await MoveAsync(verifier, "SW1A 1AA")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task IdvAssurance_ExpiresAfterItsTimeLimit()
    {
        await app.TeamAsync("sh11");
        using var agent = await app.ClientForAsync("sh11.agent");
        var customer = await CustomerTestData.CreateCustomerAsync(agent, "Later");
        await CustomerTestData.SetSecretsAsync(app, customer);
        var contactId = await CatalogueTestData.CreateContactAsync(app, agent);
        await CustomerTestData.AnswerAsync(agent, await CustomerTestData.StartAsync(agent, customer, contactId));
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        try
        {
            var version = (await (await agent.GetAsync($"/api/v1/customers/{customer}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
            await (await agent.PatchAsJsonAsync($"/api/v1/customers/{customer}", new { version, postcode = "M1 1AE", contactId, channel = "phone" }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        finally
        {
            app.Clock.Reset();
        }
    }
}
