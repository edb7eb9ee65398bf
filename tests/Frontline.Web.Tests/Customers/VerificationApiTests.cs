using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Frontline.Web.Tests.Customers.CustomerTestData;

namespace Frontline.Web.Tests.Customers;

public sealed class VerificationApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private async Task<(HttpClient Client, string Username)> AgentAsync()
    {
        var username = Unique("agent.v");
        await app.CreateStaffAsync(username, ["Agent"]);
        return (await app.ClientForAsync(username), username);
    }

    [Fact]
    public async Task Start_ReturnsChallenge_AndCorrectAnswersPassAtHigh_RecordedWithoutAnswers()
    {
        var (agent, _) = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Verified");
        await SetSecretsAsync(app, id);
        var contactId = Guid.NewGuid();
        var started = await StartAsync(agent, id, contactId);
        started.GetProperty("targetLevel").GetString().ShouldBe("high");
        var challenge = started.GetProperty("challenge").EnumerateArray().ToList();
        challenge.Select(c => c.GetProperty("factor").GetString()).ShouldBe(["passcode-characters", "date-of-birth"]);
        var positions = challenge[0].GetProperty("positions").EnumerateArray().Select(p => p.GetInt32()).ToList();
        challenge[0].GetProperty("prompt").GetString().ShouldBe($"Ask for characters {positions[0]} and {positions[1]} of the passcode");
        challenge[1].GetProperty("prompt").GetString().ShouldBe("Ask for the date of birth");

        var result = await AnswerAsync(agent, started);
        result.GetProperty("outcome").GetString().ShouldBe("passed");
        result.GetProperty("level").GetString().ShouldBe("high");

        var history = await (await agent.GetAsync($"/api/v1/customers/{id}/verifications")).ReadJsonAsync(HttpStatusCode.OK);
        var attempt = history.GetProperty("items")[0];
        attempt.GetProperty("contactId").GetGuid().ShouldBe(contactId);
        attempt.GetProperty("results").EnumerateArray().ShouldAllBe(r => r.GetProperty("passed").GetBoolean());
        history.ToString().ShouldNotContain("1985-03-14");
        var stored = await app.WithDbAsync(async db => (await db.Set<IdentityVerification>().SingleAsync(v => v.CustomerId == id)).Results);
        stored.Count.ShouldBe(2);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "CustomerSecret").Select(a => a.Changes).ToListAsync());
        audit.ShouldNotBeEmpty();
        audit.ShouldAllBe(c => !c.Contains("pbkdf2"));
    }

    [Fact]
    public async Task CustomerWithoutSecrets_IsChallengedForStandard()
    {
        var (agent, _) = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Nosecrets", phone: "020 7946 0000");
        var started = await StartAsync(agent, id);
        started.GetProperty("targetLevel").GetString().ShouldBe("standard");
        started.GetProperty("challenge").EnumerateArray().Select(c => c.GetProperty("factor").GetString()).ShouldBe(["date-of-birth", "postcode"]);
        (await AnswerAsync(agent, started)).GetProperty("level").GetString().ShouldBe("standard");
        var high = await agent.PostAsJsonAsync($"/api/v1/customers/{id}/verifications", new { channel = "phone", level = "high" });
        await high.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ThreeFailures_Lock_RaiseAnAlert_AndStartingAgainIs423_UntilThePeriodEnds()
    {
        var (agent, _) = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Lockme");
        await SetSecretsAsync(app, id);
        (await AnswerAsync(agent, await StartAsync(agent, id), wrong: true)).GetProperty("outcome").GetString().ShouldBe("failed");
        var second = await AnswerAsync(agent, await StartAsync(agent, id), wrong: true);
        second.GetProperty("outcome").GetString().ShouldBe("failed");
        second.GetProperty("level").GetString().ShouldBe("none");
        var third = await AnswerAsync(agent, await StartAsync(agent, id), wrong: true);
        third.GetProperty("outcome").GetString().ShouldBe("locked");

        var refused = await agent.PostAsJsonAsync($"/api/v1/customers/{id}/verifications", new { channel = "phone" });
        (await refused.ShouldBeProblemAsync((HttpStatusCode)423)).GetProperty("detail").GetString()!.ShouldContain("locked");

        var leader = Unique("tl.v");
        await app.CreateStaffAsync(leader, ["TeamLeader"]);
        using var tl = await app.ClientForAsync(leader);
        var alerts = await (await tl.GetAsync("/api/v1/customers/alerts")).ReadJsonAsync(HttpStatusCode.OK);
        var alert = alerts.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("customerId").GetGuid() == id);
        alert.GetProperty("kind").GetString().ShouldBe("verification-locked");
        await (await agent.GetAsync("/api/v1/customers/alerts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await tl.PostAsync($"/api/v1/customers/alerts/{alert.GetProperty("id").GetGuid()}/acknowledge", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await tl.PostAsync($"/api/v1/customers/alerts/{alert.GetProperty("id").GetGuid()}/acknowledge", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var customer = await (await agent.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        customer.GetProperty("verificationLockedUntil").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);

        // A team leader may release the lock after checking; otherwise it ends after the policy's 30 minutes.
        (await tl.PostAsync($"/api/v1/customers/{id}/verification-lock/release", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await StartAsync(agent, id);
    }

    [Fact]
    public async Task Lock_EndsAfterThePeriod()
    {
        var (agent, _) = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Timelock");
        await SetSecretsAsync(app, id);
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(agent, await StartAsync(agent, id), wrong: true);
        }

        await StartAsync(agent, id, expected: (HttpStatusCode)423);
        try
        {
            app.Clock.Set(DateTimeOffset.UtcNow.AddMinutes(31));
            await StartAsync(agent, id);
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task Answers_Twice409_OthersVerification404_UnaskedFactor400_BadChannel400()
    {
        var (agent, _) = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Edges");
        await SetSecretsAsync(app, id);
        var started = await StartAsync(agent, id);
        var verificationId = started.GetProperty("verificationId").GetGuid();

        var (other, _) = await AgentAsync();
        await (await other.PostAsJsonAsync($"/api/v1/verifications/{verificationId}/answers", Answers(started))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.PostAsJsonAsync($"/api/v1/verifications/{verificationId}/answers", new { answers = new[] { new { factor = "postcode", value = "SW1A 1AA" } } }))
            .ShouldBeValidationProblemAsync("answers");
        await (await agent.PostAsJsonAsync($"/api/v1/verifications/{verificationId}/answers", new { answers = new[] { new { factor = "shoe-size", value = "9" } } }))
            .ShouldBeValidationProblemAsync("answers");
        await AnswerAsync(agent, started);
        await (await agent.PostAsJsonAsync($"/api/v1/verifications/{verificationId}/answers", Answers(started))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.PostAsJsonAsync($"/api/v1/verifications/{Guid.NewGuid()}/answers", Answers(started))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.PostAsJsonAsync($"/api/v1/customers/{id}/verifications", new { channel = "pigeon" })).ShouldBeValidationProblemAsync("channel");
        await (await agent.PostAsJsonAsync($"/api/v1/customers/{Guid.NewGuid()}/verifications", new { channel = "phone" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await agent.GetAsync($"/api/v1/verifications/{verificationId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString().ShouldBe("passed");

        var trainer = Unique("trainer.v");
        await app.CreateStaffAsync(trainer, ["Trainer"]);
        using var trainerClient = await app.ClientForAsync(trainer);
        await (await trainerClient.PostAsJsonAsync($"/api/v1/customers/{id}/verifications", new { channel = "phone" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await trainerClient.GetAsync($"/api/v1/customers/{id}/verifications")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = app.Anonymous();
        await (await anonymous.PostAsJsonAsync($"/api/v1/verifications/{verificationId}/answers", Answers(started))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Secrets_AgentNeedsHighAssurance_ValuesAreNeverShown()
    {
        var (agent, _) = await AgentAsync();
        var id = await CreateCustomerAsync(agent, "Secretive");
        var body = new { securityQuestion = "Favourite place?", securityAnswer = "Whitby", passcode = "abc12345", contactId = Guid.NewGuid(), channel = "phone" };
        (await (await agent.PutAsJsonAsync($"/api/v1/customers/{id}/secrets", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .GetProperty("code").GetString().ShouldBe("idv.high-required");
        using var admin = await app.AdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/customers/{id}/secrets", body with { passcode = "ab" })).ShouldBeValidationProblemAsync("passcode");
        await (await admin.PutAsJsonAsync($"/api/v1/customers/{id}/secrets", new { securityAnswer = "x1" })).ShouldBeValidationProblemAsync("securityQuestion");
        (await admin.PutAsJsonAsync($"/api/v1/customers/{id}/secrets", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var customer = await (await agent.GetAsync($"/api/v1/customers/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        customer.GetProperty("hasPasscode").GetBoolean().ShouldBeTrue();
        customer.GetProperty("hasSecurityAnswer").GetBoolean().ShouldBeTrue();
        customer.GetProperty("securityQuestion").GetString().ShouldBe("Favourite place?");
        customer.ToString().ShouldNotContain("Whitby");
        var hashes = await app.WithDbAsync(db => db.Set<CustomerSecret>().Where(s => s.CustomerId == id).Select(s => s.Hash).ToListAsync());
        hashes.Count.ShouldBe(9);
        hashes.ShouldAllBe(h => h.StartsWith("pbkdf2-sha256$") && !h.Contains("Whitby"));
        hashes.Distinct().Count().ShouldBe(9, "each secret has its own salt");
    }
}
