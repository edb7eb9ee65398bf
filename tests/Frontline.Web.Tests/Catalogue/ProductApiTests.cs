using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Catalogue;

public sealed class ProductApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CreateProduct_AsManager_Returns201_AndAgentReadsOverviewInApprovedWording()
    {
        await app.CreateStaffAsync("pm.manager", ["Manager"]);
        await app.CreateStaffAsync("pm.agent", ["Agent"]);
        using var manager = await app.ClientForAsync("pm.manager");
        var response = await manager.PostAsJsonAsync("/api/v1/products", CatalogueTestData.ProductBody("PM-CURRENT"));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/products/{id}");

        using var agent = await app.ClientForAsync("pm.agent");
        var product = await (await agent.GetAsync($"/api/v1/products/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        product.GetProperty("approvedWording").GetString().ShouldStartWith("This is our everyday current account");
        product.GetProperty("features")[0].GetProperty("benefit").GetString().ShouldBe("Pay quickly in shops without cash.");
        product.GetProperty("fees")[0].GetProperty("amountPence").GetInt64().ShouldBe(300);
        product.GetProperty("disclosures")[0].GetProperty("code").GetString().ShouldBe("cancellation-14-days");
        product.GetProperty("comparisons")[0].GetProperty("competitor").GetString().ShouldBe("High Street Bank");
        product.GetProperty("sources")[0].GetProperty("title").GetString().ShouldBe("Terms and conditions");
        product.GetProperty("updatedAt").GetString()!.ShouldEndWith("+00:00");

        var list = await (await agent.GetAsync("/api/v1/products?query=pm-curr")).ReadJsonAsync(HttpStatusCode.OK);
        list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Fact]
    public async Task ProductApi_RolesAndAuthentication()
    {
        await app.CreateStaffAsync("pr.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("pr.agent");
        await (await agent.PostAsJsonAsync("/api/v1/products", CatalogueTestData.ProductBody("PR-NOPE"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var product = await CatalogueTestData.CreateProductAsync(app, "PR-ROLES");
        var id = product.GetProperty("id").GetGuid();
        await (await agent.PutAsJsonAsync($"/api/v1/products/{id}", CatalogueTestData.ProductBody("PR-ROLES", 0)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agent.GetAsync($"/api/v1/products/{id}/acknowledgements")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/v1/products")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"/api/v1/products/{id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await (await agent.GetAsync($"/api/v1/products/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.GetAsync($"/api/v1/products/{Guid.NewGuid()}/changes")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.PostAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}/eligibility-checks", new { age = 30, ukResident = true }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateProduct_BadInput_AnswersFieldErrors_AndNothingIsSaved()
    {
        using var admin = await app.AdminAsync();
        await (await admin.PostAsJsonAsync("/api/v1/products", new { code = "bad code", name = "x", category = "c", overview = "o", approvedWording = "w" }))
            .ShouldBeValidationProblemAsync("code");
        var negativeFee = await (await admin.PostAsJsonAsync("/api/v1/products", new
        {
            code = "PV-FEE", name = "x", category = "c", overview = "o", approvedWording = "w",
            fees = new[] { new { name = "Fee", amountPence = -5, frequency = "monthly" } },
        })).ShouldBeValidationProblemAsync("fees[0].amountPence");
        negativeFee.GetProperty("errors").GetProperty("fees[0].amountPence")[0].GetString()!.ShouldContain("between 0");
        await (await admin.PostAsJsonAsync("/api/v1/products", new
        {
            code = "PV-AGE", name = "x", category = "c", overview = "o", approvedWording = "w",
            eligibility = new { minimumAge = 60, maximumAge = 18 },
        })).ShouldBeValidationProblemAsync("eligibility.minimumAge");
        await (await admin.PostAsJsonAsync("/api/v1/products", new
        {
            code = "PV-DUP", name = "x", category = "c", overview = "o", approvedWording = "w",
            disclosures = new[] { new { code = "a", title = "t", text = "x" }, new { code = "a", title = "t2", text = "y" } },
        })).ShouldBeValidationProblemAsync("disclosures");
        await (await admin.PostAsJsonAsync("/api/v1/products", new { code = "PV-X", name = "x", category = "c", overview = "o", approvedWording = "w", colour = "red" }))
            .ShouldBeValidationProblemAsync("colour");
        (await app.WithDbAsync(db => Task.FromResult(db.Set<Frontline.Domain.Catalogue.Product>().Any(p => p.Code.StartsWith("PV-")))))
            .ShouldBeFalse("nothing half-saved");

        await CatalogueTestData.CreateProductAsync(app, "PV-TWICE");
        await (await admin.PostAsJsonAsync("/api/v1/products", CatalogueTestData.ProductBody("PV-TWICE"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UpdateProduct_MaterialChange_CreatesChangeRecordAndNewRevision_StaleVersionIs409()
    {
        var product = await CatalogueTestData.CreateProductAsync(app, "PU-SAVER");
        var id = product.GetProperty("id").GetGuid();
        var version = product.GetProperty("version").GetInt32();
        using var admin = await app.AdminAsync();

        // A fee rise is material: a change record and a new revision to acknowledge.
        var updated = await (await admin.PutAsJsonAsync($"/api/v1/products/{id}",
            CatalogueTestData.ProductBody("PU-SAVER", version, monthlyFeePence: 500, changeNote: "Fee rises to £5"))).ReadJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("materialRevision").GetInt32().ShouldBe(2);
        updated.GetProperty("version").GetInt32().ShouldBe(version + 1);

        var stale = await admin.PutAsJsonAsync($"/api/v1/products/{id}", CatalogueTestData.ProductBody("PU-SAVER", version, monthlyFeePence: 700));
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PutAsJsonAsync($"/api/v1/products/{id}", CatalogueTestData.ProductBody("PU-SAVER")))
            .ShouldBeValidationProblemAsync("version");
        await (await admin.PutAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}", CatalogueTestData.ProductBody("PU-SAVER", 0)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var changes = await (await admin.GetAsync($"/api/v1/products/{id}/changes")).ReadJsonAsync(HttpStatusCode.OK);
        changes.GetArrayLength().ShouldBe(2);
        var latest = changes[0];
        latest.GetProperty("material").GetBoolean().ShouldBeTrue();
        latest.GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["fees"]);
        latest.GetProperty("note").GetString().ShouldBe("Fee rises to £5");
        latest.GetProperty("changedByName").GetString().ShouldBe("Centre Administrator");
    }

    [Fact]
    public async Task EligibilityCheck_ReturnsEligibleOrReasons_AndValidatesFacts()
    {
        await app.CreateStaffAsync("pe.agent", ["Agent"]);
        var id = (await CatalogueTestData.CreateProductAsync(app, "PE-ACCOUNT")).GetProperty("id").GetGuid();
        using var agent = await app.ClientForAsync("pe.agent");
        var yes = await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/eligibility-checks", new { age = 30, ukResident = true }))
            .ReadJsonAsync(HttpStatusCode.OK);
        yes.GetProperty("eligible").GetBoolean().ShouldBeTrue();

        var no = await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/eligibility-checks",
            new { age = 17, ukResident = false, existingProducts = new[] { "PE-ACCOUNT" } })).ReadJsonAsync(HttpStatusCode.OK);
        no.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        no.GetProperty("reasons").GetArrayLength().ShouldBe(3);

        await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/eligibility-checks", new { age = 200, ukResident = true }))
            .ShouldBeValidationProblemAsync("age");
        await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/eligibility-checks", new { age = 30 }))
            .ShouldBeValidationProblemAsync("ukResident");
    }

    [Fact]
    public async Task Disclosures_AgentConfirmsReadOut_ForAContact_AndOutstandingShrinks()
    {
        var agentId = await app.CreateStaffAsync("pd.agent", ["Agent"]);
        await app.CreateStaffAsync("pd.quality", ["QualityAnalyst"]);
        var id = (await CatalogueTestData.CreateProductAsync(app, "PD-ACCOUNT")).GetProperty("id").GetGuid();
        using var agent = await app.ClientForAsync("pd.agent");
        var contactId = await CatalogueTestData.CreateContactAsync(app, agent);

        var before = await (await agent.GetAsync($"/api/v1/products/{id}/disclosures?contactId={contactId}")).ReadJsonAsync(HttpStatusCode.OK);
        before.GetProperty("outstanding").EnumerateArray().Select(c => c.GetString()).ShouldBe(["cancellation-14-days", "fscs"]);

        var after = await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "cancellation-14-days" } })).ReadJsonAsync(HttpStatusCode.OK);
        after.GetProperty("outstanding").EnumerateArray().Select(c => c.GetString()).ShouldBe(["fscs"]);
        var confirmed = after.GetProperty("disclosures")[0];
        confirmed.GetProperty("confirmed").GetBoolean().ShouldBeTrue();
        confirmed.GetProperty("confirmedById").GetGuid().ShouldBe(agentId);
        confirmed.GetProperty("confirmedByName").GetString().ShouldBe("Test pd.agent");
        confirmed.GetProperty("confirmedAt").GetString().ShouldNotBeNullOrEmpty();

        var all = await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "fscs", "cancellation-14-days" } })).ReadJsonAsync(HttpStatusCode.OK);
        all.GetProperty("allConfirmed").GetBoolean().ShouldBeTrue();
        (await app.WithDbAsync(db => Task.FromResult(db.Set<Frontline.Domain.Catalogue.DisclosureConfirmation>().Count(c => c.ContactId == contactId))))
            .ShouldBe(2, "confirming again keeps the first confirmation");

        // Bad input, unknown records and roles.
        await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations", new { contactId, disclosureCodes = new[] { "made-up" } }))
            .ShouldBeValidationProblemAsync("disclosureCodes");
        await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations", new { contactId, disclosureCodes = Array.Empty<string>() }))
            .ShouldBeValidationProblemAsync("disclosureCodes");
        await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations", new { disclosureCodes = new[] { "fscs" } }))
            .ShouldBeValidationProblemAsync("contactId");
        await (await agent.GetAsync($"/api/v1/products/{id}/disclosures")).ShouldBeValidationProblemAsync("contactId");
        await (await agent.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations",
            new { contactId = Guid.NewGuid(), disclosureCodes = new[] { "fscs" } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.PostAsJsonAsync($"/api/v1/products/{Guid.NewGuid()}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "fscs" } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var quality = await app.ClientForAsync("pd.quality");
        await (await quality.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "fscs" } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsJsonAsync($"/api/v1/products/{id}/disclosure-confirmations",
            new { contactId, disclosureCodes = new[] { "fscs" } })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ProductAcknowledgement_MaterialChangeAsksAgainAndTeamLeaderSeesOnlyTheirTeam()
    {
        var leaderId = await app.CreateStaffAsync("pa.leader", ["TeamLeader"]);
        var east = await app.CreateTeamAsync("PA East", leaderId);
        var west = await app.CreateTeamAsync("PA West");
        var eastAgent = await app.CreateStaffAsync("pa.east", ["Agent"], east);
        var westAgent = await app.CreateStaffAsync("pa.west", ["Agent"], west);
        var product = await CatalogueTestData.CreateProductAsync(app, "PA-LOAN");
        var id = product.GetProperty("id").GetGuid();

        using var agent = await app.ClientForAsync("pa.east");
        (await (await agent.GetAsync("/api/v1/knowledge/acknowledgements/mine")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(i => i.GetProperty("subjectId").GetGuid()).ShouldContain(id);
        var ack = await (await agent.PostAsync($"/api/v1/products/{id}/acknowledgements", null)).ReadJsonAsync(HttpStatusCode.Created);
        ack.GetProperty("revision").GetInt32().ShouldBe(1);
        (await (await agent.GetAsync("/api/v1/knowledge/acknowledgements/mine")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(i => i.GetProperty("subjectId").GetGuid()).ShouldNotContain(id);

        using var leader = await app.ClientForAsync("pa.leader");
        var status = await (await leader.GetAsync($"/api/v1/products/{id}/acknowledgements")).ReadJsonAsync(HttpStatusCode.OK);
        status.GetProperty("acknowledged").EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ShouldBe([eastAgent]);
        var outstanding = status.GetProperty("outstanding").EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ToList();
        outstanding.ShouldNotContain(westAgent, "team leaders see their own team");
        outstanding.ShouldContain(leaderId);

        using var admin = await app.AdminAsync();
        var centre = await (await admin.GetAsync($"/api/v1/products/{id}/acknowledgements")).ReadJsonAsync(HttpStatusCode.OK);
        centre.GetProperty("outstanding").EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ShouldContain(westAgent);

        // A material change: the east agent must read it again.
        await admin.PutAsJsonAsync($"/api/v1/products/{id}", CatalogueTestData.ProductBody("PA-LOAN", product.GetProperty("version").GetInt32(), 900));
        var again = await (await leader.GetAsync($"/api/v1/products/{id}/acknowledgements")).ReadJsonAsync(HttpStatusCode.OK);
        again.GetProperty("revision").GetInt32().ShouldBe(2);
        again.GetProperty("outstanding").EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ShouldContain(eastAgent);
        await (await agent.PostAsync($"/api/v1/products/{Guid.NewGuid()}/acknowledgements", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
