using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Cases;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Cases;

public sealed class ContactsApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CreateContact_WithCardNumberInNotes_Returns201_AndStoresRedactedNotes()
    {
        var (_, _, agentId) = await app.TeamAsync("c1");
        var customerId = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("c1.agent");
        var now = DateTimeOffset.UtcNow;
        var response = await agent.PostAsJsonAsync("/api/v1/contacts", new
        {
            customerId, channel = "phone", direction = "inbound", offeredAt = now.AddMinutes(-10), answeredAt = now.AddMinutes(-9),
            endedAt = now.AddMinutes(-2), outcome = "resolved", notes = "Customer read out 4111 1111 1111 1111 before I could stop them",
        });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("agentId").GetGuid().ShouldBe(agentId, "an agent's contact is theirs unless said otherwise");

        var read = await (await agent.GetAsync($"/api/v1/contacts/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        read.GetProperty("notes").GetString().ShouldBe("Customer read out 411111******1111 before I could stop them");
        read.GetProperty("offeredAt").GetString()!.ShouldEndWith("+00:00");

        var stored = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == id));
        stored.Notes!.ShouldNotContain("4111 1111 1111 1111");
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id.ToString()).Select(a => a.Changes).ToListAsync());
        audit.ShouldAllBe(c => !c.Contains("4111 1111 1111 1111"));
    }

    [Fact]
    public async Task CreateContact_BadInput_AnswersValidationProblemsPerField()
    {
        await app.CreateStaffAsync("c2.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("c2.agent");
        var now = DateTimeOffset.UtcNow;
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "fax", direction = "inbound" })).ShouldBeValidationProblemAsync("channel");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "up" })).ShouldBeValidationProblemAsync("direction");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", offeredAt = now, answeredAt = now.AddMinutes(-1) }))
            .ShouldBeValidationProblemAsync("answeredAt");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", endedAt = now.AddDays(2) }))
            .ShouldBeValidationProblemAsync("endedAt");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", customerId = Guid.NewGuid() }))
            .ShouldBeValidationProblemAsync("customerId");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", offeredAt = "yesterday" }))
            .ShouldBeValidationProblemAsync("offeredAt");
        await (await agent.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound", colour = "blue" }))
            .ShouldBeValidationProblemAsync("colour");
    }

    [Fact]
    public async Task Contacts_RoleAndTeamScope_401_403_404()
    {
        await app.TeamAsync("c3a");
        await app.TeamAsync("c3b");
        await app.CreateStaffAsync("c3.trainer", ["Trainer"]);
        using var agentA = await app.ClientForAsync("c3a.agent");
        var created = await (await agentA.PostAsJsonAsync("/api/v1/contacts", new { channel = "email", direction = "inbound", notes = "Asked about fees" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync($"/api/v1/contacts/{id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var trainer = await app.ClientForAsync("c3.trainer");
        await (await trainer.GetAsync($"/api/v1/contacts/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var agentB = await app.ClientForAsync("c3b.agent");
        await (await agentB.GetAsync($"/api/v1/contacts/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var leaderA = await app.ClientForAsync("c3a.tl");
        (await leaderA.GetAsync($"/api/v1/contacts/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await (await leaderA.GetAsync("/api/v1/contacts")).ReadJsonAsync(HttpStatusCode.OK);
        list.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(id);
        var listB = await (await agentB.GetAsync("/api/v1/contacts")).ReadJsonAsync(HttpStatusCode.OK);
        listB.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(id);
        // Batch ingest is for integrations (administrators, managers).
        await (await agentA.PostAsJsonAsync("/api/v1/contacts/batch", new { contacts = Array.Empty<object>() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WrapUp_WithVersion_Updates_AndStaleVersionAnswers409()
    {
        await app.TeamAsync("c4");
        using var agent = await app.ClientForAsync("c4.agent");
        var now = DateTimeOffset.UtcNow;
        var created = await (await agent.PostAsJsonAsync("/api/v1/contacts", new
        {
            channel = "phone", direction = "inbound", offeredAt = now.AddMinutes(-20), answeredAt = now.AddMinutes(-19), endedAt = now.AddMinutes(-5),
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt32();

        var wrapped = await (await agent.PatchAsJsonAsync($"/api/v1/contacts/{id}", new
        {
            version, wrapEndedAt = now.AddMinutes(-1), outcome = "information-given", notes = "Card 5555-5555-5555-4444 blocked",
        })).ReadJsonAsync(HttpStatusCode.OK);
        wrapped.GetProperty("outcome").GetString().ShouldBe("information-given");
        wrapped.GetProperty("notes").GetString().ShouldBe("Card 555555******4444 blocked");
        wrapped.GetProperty("version").GetInt32().ShouldBe(version + 1);

        await (await agent.PatchAsJsonAsync($"/api/v1/contacts/{id}", new { version, outcome = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.PatchAsJsonAsync($"/api/v1/contacts/{id}", new { version = version + 1, wrapEndedAt = now.AddMinutes(-30) }))
            .ShouldBeValidationProblemAsync("wrapEndedAt");
        await (await agent.PatchAsJsonAsync($"/api/v1/contacts/{Guid.NewGuid()}", new { version = 0 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Batch_MixedRows_AcceptsGoodOnes_ReportsBadByIndex_WithOneSummaryAuditEntry()
    {
        using var admin = await app.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var contacts = Enumerable.Range(0, 500).Select(i => (object)new
        {
            channel = i == 7 ? "pigeon" : "phone",
            direction = "inbound",
            offeredAt = now.AddMinutes(-30),
            answeredAt = i == 13 ? now.AddMinutes(-40) : now.AddMinutes(-29),
            endedAt = now.AddMinutes(-20),
            notes = $"Call {i} card 4242 4242 4242 4242",
            externalReference = $"batch-test-{i}",
        }).ToList();
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var result = await (await admin.PostAsJsonAsync("/api/v1/contacts/batch", new { contacts })).ReadJsonAsync(HttpStatusCode.OK);
        result.GetProperty("accepted").GetInt32().ShouldBe(498);
        var rejected = result.GetProperty("rejected").EnumerateArray().ToList();
        rejected.Select(r => r.GetProperty("index").GetInt32()).ShouldBe([7, 13]);
        rejected[0].GetProperty("errors").GetProperty("channel").EnumerateArray().ShouldNotBeEmpty();
        rejected[1].GetProperty("errors").GetProperty("answeredAt").EnumerateArray().ShouldNotBeEmpty();

        var stored = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().Where(c => c.ExternalReference!.StartsWith("batch-test-")).ToListAsync());
        stored.Count.ShouldBe(498);
        stored.ShouldAllBe(c => c.Notes!.Contains("424242******4242"));
        var auditAfter = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        (auditAfter - auditBefore).ShouldBe(1);
        var summary = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstAsync());
        summary.Action.ShouldBe("created-bulk");
        summary.Changes.ShouldContain("498");
    }

    [Fact]
    public async Task Batch_Over10000_Answers400_AndNothingSaved()
    {
        using var admin = await app.AdminAsync();
        var contacts = Enumerable.Range(0, 10_001).Select(i => new { channel = "chat", direction = "inbound", externalReference = "too-many" }).ToList();
        await (await admin.PostAsJsonAsync("/api/v1/contacts/batch", new { contacts })).ShouldBeValidationProblemAsync("contacts");
        (await app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.ExternalReference == "too-many"))).ShouldBe(0);
    }

    [Fact]
    public async Task Batch_10000Contacts_AreAllAcceptedInOneRequest_WithCardNumbersRedacted()
    {
        // How fast is measured in bench/load/contacts-batch.sh, not here: this is the largest batch, taken whole.
        using var admin = await app.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        var reference = $"batch-{Guid.NewGuid():N}";
        var contacts = Enumerable.Range(0, 10_000).Select(i => new
        {
            channel = "phone", direction = "inbound", offeredAt = now.AddMinutes(-10), answeredAt = now.AddMinutes(-9), endedAt = now.AddMinutes(-5),
            outcome = "served", notes = $"Routine call {i}; caller gave 4000 0566 5566 5556", externalReference = reference,
        }).ToList();
        var result = await (await admin.PostAsJsonAsync("/api/v1/contacts/batch", new { contacts })).ReadJsonAsync(HttpStatusCode.OK);
        result.GetProperty("accepted").GetInt32().ShouldBe(10_000);

        var stored = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().Where(c => c.ExternalReference == reference).Select(c => c.Notes).ToListAsync());
        stored.Count.ShouldBe(10_000);
        stored.ShouldAllBe(n => n != null && !n.Contains("4000 0566 5566 5556"));
    }

    [Fact]
    public async Task ListContacts_ForCustomer_ReturnsTheirsOnly()
    {
        using var admin = await app.AdminAsync();
        var customer = await app.CustomerAsync("Lister");
        (await admin.PostAsJsonAsync("/api/v1/contacts", new { customerId = customer, channel = "letter", direction = "outbound" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await (await admin.GetAsync($"/api/v1/contacts?customerId={customer}")).ReadJsonAsync(HttpStatusCode.OK);
        list.EnumerateArray().ShouldHaveSingleItem().GetProperty("channel").GetString().ShouldBe("letter");
    }
}
