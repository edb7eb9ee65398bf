using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Customers;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Frontline.Web.Tests.Customers.CustomerTestData;

namespace Frontline.Web.Tests.Customers;

public sealed class CustomerApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private async Task<HttpClient> AgentAsync()
    {
        var username = Unique("agent.c");
        await app.CreateStaffAsync(username, ["Agent"]);
        return await app.ClientForAsync(username);
    }

    [Fact]
    public async Task Create_AsAgent_Returns201WithId_AndSearchFindsItByEveryKind()
    {
        using var agent = await AgentAsync();
        var response = await agent.PostAsJsonAsync("/api/v1/customers", new
        {
            firstName = "Zoë", lastName = "O'Brien-Quigley", dateOfBirth = "1979-11-02", postcode = "m1 1ae", addressLines = new[] { "2 Canal St", "Manchester" },
            phones = new[] { "+44 7700 900456", "0161 496 0000" }, email = "Zoe.OBrien@Example.test", reference = "QRY-778899",
        });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/customers/{id}");
        created.GetProperty("postcode").GetString().ShouldBe("M1 1AE");
        created.GetProperty("reference").GetString().ShouldBe("QRY-778899");
        created.GetProperty("masked").GetBoolean().ShouldBeFalse();

        foreach (var (query, kind) in new[]
        {
            ("qry-7788", "reference"), ("M1 1A", "postcode"), ("07700 900", "phone"), ("0161 496", "phone"), ("zoe.obrien@ex", "email"),
            ("o'brien-qu", "name"), ("zoe o'brien", "name"), ("ZOE", "name"),
        })
        {
            var found = await (await agent.GetAsync($"/api/v1/customers?query={Uri.EscapeDataString(query)}")).ReadJsonAsync(HttpStatusCode.OK);
            found.GetProperty("kind").GetString().ShouldBe(kind, query);
            var item = found.GetProperty("items").EnumerateArray().SingleOrDefault(i => i.GetProperty("id").GetGuid() == id);
            item.ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Undefined, query);
            item.GetProperty("firstName").GetString().ShouldBe("Zoë");
            item.GetProperty("lastName").GetString().ShouldBe("O'Brien-Quigley");
            item.GetProperty("postcode").GetString().ShouldBe("M1 1AE");
        }

        var none = await (await agent.GetAsync("/api/v1/customers?query=zzzznobody")).ReadJsonAsync(HttpStatusCode.OK);
        none.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await agent.GetAsync("/api/v1/customers")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Create_WithoutReference_GeneratesOne_AndDuplicateReferenceIs409()
    {
        using var agent = await AgentAsync();
        var response = await agent.PostAsJsonAsync("/api/v1/customers", new { firstName = "Ann", lastName = "Noref" });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var reference = created.GetProperty("reference").GetString()!;
        reference.ShouldMatch("^CUS[0-9]{8}$");
        var again = await agent.PostAsJsonAsync("/api/v1/customers", new { firstName = "Bob", lastName = "Clash", reference });
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("errors").GetProperty("reference").ToString().ShouldContain("already in use");
    }

    [Theory]
    [InlineData("phones", """{"firstName":"A","lastName":"B","phones":["0770 CALL ME"]}""")]
    [InlineData("phones", """{"firstName":"A","lastName":"B","phones":["123"]}""")]
    [InlineData("postcode", """{"firstName":"A","lastName":"B","postcode":"12345"}""")]
    [InlineData("postcode", """{"firstName":"A","lastName":"B","postcode":"SW1A 1AAA"}""")]
    [InlineData("dateOfBirth", """{"firstName":"A","lastName":"B","dateOfBirth":"2999-01-01"}""")]
    [InlineData("dateOfBirth", """{"firstName":"A","lastName":"B","dateOfBirth":"1985-02-30"}""")]
    [InlineData("firstName", """{"firstName":"","lastName":"B"}""")]
    [InlineData("email", """{"firstName":"A","lastName":"B","email":"not-an-email"}""")]
    [InlineData("addressLines", """{"firstName":"A","lastName":"B","addressLines":["1","2","3","4","5","6"]}""")]
    [InlineData("productIds", """{"firstName":"A","lastName":"B","productIds":["0195a1d2-0000-7000-8000-000000000001"]}""")]
    [InlineData("reference", """{"firstName":"A","lastName":"B","reference":"no spaces allowed"}""")]
    [InlineData("shoeSize", """{"firstName":"A","lastName":"B","shoeSize":9}""")]
    public async Task Create_BadInput_Answers400NamingTheField(string field, string json)
    {
        using var agent = await AgentAsync();
        var response = await agent.PostAsync("/api/v1/customers", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.ShouldBeValidationProblemAsync(field);
        (await app.WithDbAsync(db => db.Set<Customer>().CountAsync(c => c.LastName == "B"))).ShouldBe(0, "nothing half-saved");
    }

    [Fact]
    public async Task Create_OverLongName_Answers400()
    {
        using var agent = await AgentAsync();
        var response = await agent.PostAsJsonAsync("/api/v1/customers", new { firstName = new string('a', 101), lastName = "Long" });
        await response.ShouldBeValidationProblemAsync("firstName");
    }

    [Fact]
    public async Task Anonymous_Is401_TrainerCannotCreate_AndUnknownIs404()
    {
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/v1/customers?query=smith")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var trainer = Unique("trainer.c");
        await app.CreateStaffAsync(trainer, ["Trainer"]);
        using var client = await app.ClientForAsync(trainer);
        await (await client.PostAsJsonAsync("/api/v1/customers", new { firstName = "A", lastName = "B" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"/api/v1/customers/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Trainer_And_QualityAnalyst_SeeMaskedPersonalData()
    {
        using var agent = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Maskme", phone: "07700 900987", email: "maskme@example.test");
        foreach (var role in new[] { "Trainer", "QualityAnalyst" })
        {
            var username = Unique("masked.");
            await app.CreateStaffAsync(username, [role]);
            using var client = await app.ClientForAsync(username);
            var customer = await (await client.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            customer.GetProperty("masked").GetBoolean().ShouldBeTrue();
            customer.GetProperty("firstName").GetString().ShouldBe("S.");
            customer.GetProperty("dateOfBirth").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
            customer.GetProperty("postcode").GetString().ShouldBe("SW1A ***");
            customer.GetProperty("phones")[0].GetString().ShouldBe("*** 987");
            customer.GetProperty("email").GetString().ShouldBe("m***@example.test");
            customer.GetProperty("addressLines").GetArrayLength().ShouldBe(0);
            var search = await (await client.GetAsync("/api/v1/customers?query=maskme")).ReadJsonAsync(HttpStatusCode.OK);
            search.GetProperty("items")[0].GetProperty("dateOfBirth").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        }

        var full = await (await agent.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        full.GetProperty("dateOfBirth").GetString().ShouldBe("1985-03-14");
    }

    [Fact]
    public async Task Update_StaleVersion_Answers409_AndCurrentVersionSucceeds()
    {
        var leader = Unique("tl.c");
        await app.CreateStaffAsync(leader, ["TeamLeader"]);
        using var client = await app.ClientForAsync(leader);
        var id = await CreateCustomerAsync(client, "Versioned");
        var version = (await (await client.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        var first = await client.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version, lastName = "Renamed", postcode = "B33 8TH" });
        var updated = await first.ReadJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("version").GetInt32().ShouldBe(version + 1);
        updated.GetProperty("postcode").GetString().ShouldBe("B33 8TH");
        await (await client.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version, lastName = "Lost" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version = version + 1, phones = new[] { "12" } })).ShouldBeValidationProblemAsync("phones");
        await (await client.PatchAsJsonAsync($"/api/v1/customers/{Guid.NewGuid()}", new { version = 0 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await client.GetAsync("/api/v1/customers?query=renamed")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Agent_ChangingAddress_NeedsHighAssuranceInTheContact()
    {
        using var agent = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Mover");
        await SetSecretsAsync(app, id);
        // Assurance is bound to an open contact the agent handles (IdentityAssurance): a real one, recorded by the agent.
        var contactId = await Frontline.Web.Tests.Catalogue.CatalogueTestData.CreateContactAsync(app, agent);
        var version = (await (await agent.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        var refused = await agent.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version, postcode = "M1 1AE", contactId, channel = "phone" });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString()!.ShouldContain("high");
        problem.GetProperty("code").GetString().ShouldBe("idv.high-required");

        // A name correction needs no verification; the address change does, and passes once verified in the contact.
        (await agent.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version, firstName = "Sara" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = await StartAsync(agent, id, contactId);
        (await AnswerAsync(agent, started)).GetProperty("level").GetString().ShouldBe("high");
        var allowed = await agent.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version = version + 1, postcode = "M1 1AE", contactId, channel = "phone" });
        (await allowed.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("postcode").GetString().ShouldBe("M1 1AE");

        // Another contact has its own verification.
        var other = await agent.PatchAsJsonAsync($"/api/v1/customers/{id}", new { version = version + 2, postcode = "B33 8TH", contactId = Guid.NewGuid(), channel = "phone" });
        await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Vulnerability_NeedsConsent_ShowsInSummary_IsVersioned_AndCanBeRemoved()
    {
        using var agent = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Vulnerable");
        var review = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var noConsent = await agent.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", new
        {
            drivers = new[] { "health" }, circumstances = "Recovering from a stroke", needsAndAdjustments = "Speak slowly", consentRecorded = false, reviewDate = review,
        });
        await noConsent.ShouldBeValidationProblemAsync("consentRecorded");
        await (await agent.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", new
        {
            drivers = Array.Empty<string>(), needsAndAdjustments = "x", consentRecorded = true, reviewDate = review,
        })).ShouldBeValidationProblemAsync("drivers");
        await (await agent.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", new
        {
            drivers = new[] { "health" }, needsAndAdjustments = "x", consentRecorded = true, reviewDate = "2000-01-01",
        })).ShouldBeValidationProblemAsync("reviewDate");

        var recorded = await (await agent.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", new
        {
            drivers = new[] { "health", "life-events" }, circumstances = "Recovering from a stroke; card 4111 1111 1111 1111",
            needsAndAdjustments = "Speak slowly, confirm in writing in large print", consentRecorded = true, reviewDate = review, temporary = true,
        })).ReadJsonAsync(HttpStatusCode.OK);
        recorded.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()).ShouldBe(["health", "life-events"]);
        recorded.GetProperty("circumstances").GetString()!.ShouldNotContain("4111 1111 1111 1111");

        var summary = await (await agent.GetAsync($"/api/v1/customers/{id}/summary")).ReadJsonAsync(HttpStatusCode.OK);
        summary.GetProperty("vulnerability").GetProperty("needsAndAdjustments").GetString().ShouldBe("Speak slowly, confirm in writing in large print");
        var search = await (await agent.GetAsync("/api/v1/customers?query=vulnerable")).ReadJsonAsync(HttpStatusCode.OK);
        search.GetProperty("items")[0].GetProperty("vulnerable").GetBoolean().ShouldBeTrue();

        var version = recorded.GetProperty("version").GetInt32();
        var body = new { drivers = new[] { "capability" }, needsAndAdjustments = "Plain language", consentRecorded = true, reviewDate = review, version = version + 5 };
        await (await agent.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await agent.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", body with { version = version })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Quality analysts see the needs (to check they were met) but not the health details.
        var analyst = Unique("qa.c");
        await app.CreateStaffAsync(analyst, ["QualityAnalyst"]);
        using var qa = await app.ClientForAsync(analyst);
        var seen = await (await qa.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("vulnerability").GetProperty("needsAndAdjustments").GetString().ShouldBe("Plain language");
        seen.GetProperty("vulnerability").GetProperty("circumstances").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await qa.PutAsJsonAsync($"/api/v1/customers/{id}/vulnerability", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await agent.DeleteAsync($"/api/v1/customers/{id}/vulnerability")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await agent.DeleteAsync($"/api/v1/customers/{id}/vulnerability")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.PutAsJsonAsync($"/api/v1/customers/{Guid.NewGuid()}/vulnerability", body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ThirdParty_IsRecorded_AndVerifiedWithTheirOwnSecrets()
    {
        using var agent = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Attorney");
        await (await agent.PostAsJsonAsync($"/api/v1/customers/{id}/third-parties", new { fullName = "", authority = "power-of-attorney" }))
            .ShouldBeValidationProblemAsync("fullName");
        await (await agent.PostAsJsonAsync($"/api/v1/customers/{id}/third-parties", new { fullName = "X", authority = "best-friend" }))
            .ShouldBeValidationProblemAsync("authority");
        var added = await (await agent.PostAsJsonAsync($"/api/v1/customers/{id}/third-parties", new
        {
            fullName = "Tom Attorney", authority = "power-of-attorney", dateOfBirth = "1960-05-01", postcode = "CR2 6XH", documentReference = "OPG 7000-1234-5678",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var partyId = added.GetProperty("id").GetGuid();
        added.GetProperty("valid").GetBoolean().ShouldBeTrue();
        await SetSecretsAsync(app, id, partyId);

        var list = await (await agent.GetAsync($"/api/v1/customers/{id}/third-parties")).ReadJsonAsync(HttpStatusCode.OK);
        list.GetProperty("items")[0].GetProperty("hasPasscode").GetBoolean().ShouldBeTrue();
        var customer = await (await agent.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        customer.GetProperty("hasPasscode").GetBoolean().ShouldBeFalse("the third party's secrets are theirs, not the customer's");

        var started = await StartAsync(agent, id, thirdPartyId: partyId);
        started.GetProperty("thirdPartyId").GetGuid().ShouldBe(partyId);
        var answers = Answers(started, dateOfBirth: "01/05/1960", postcode: "cr26xh");
        var result = await (await agent.PostAsJsonAsync($"/api/v1/verifications/{started.GetProperty("verificationId").GetGuid()}/answers", answers))
            .ReadJsonAsync(HttpStatusCode.OK);
        result.GetProperty("outcome").GetString().ShouldBe("passed");
        result.GetProperty("level").GetString().ShouldBe("high");
    }
}
