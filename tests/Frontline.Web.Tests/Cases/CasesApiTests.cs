using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Case = Frontline.Domain.Cases.Case;

namespace Frontline.Web.Tests.Cases;

public sealed class CasesApiTests(CasesAppFactory app) : IClassFixture<CasesAppFactory>
{
    private static DateTimeOffset Uk(int day, int hour, int minute = 0) => UkTime.ToInstant(new DateOnly(2026, 11, day), new TimeOnly(hour, minute));

    [Fact]
    public async Task OpenCase_Returns201_WithDueDateFromServiceTarget_InBusinessHours()
    {
        app.Clock.Set(Uk(23, 10)); // Monday 10:00
        try
        {
            var (_, _, agentId) = await app.TeamAsync("k1");
            var customer = await app.CustomerAsync();
            using var agent = await app.ClientForAsync("k1.agent");
            var response = await agent.PostAsJsonAsync("/api/v1/cases", new
            {
                customerId = customer, category = "billing", priority = "normal", summary = "Charged twice; card 4111 1111 1111 1111",
            });
            var created = await response.ReadJsonAsync(HttpStatusCode.Created);
            var id = created.GetProperty("id").GetGuid();
            response.Headers.Location!.ToString().ShouldBe($"/api/v1/cases/{id}");
            created.GetProperty("status").GetString().ShouldBe("open");
            created.GetProperty("ownerId").GetGuid().ShouldBe(agentId);
            created.GetProperty("summary").GetString().ShouldBe("Charged twice; card 411111******1111");
            created.GetProperty("reference").GetString()!.ShouldStartWith("CS-20261123-");
            created.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Uk(26, 10)); // three business days
            created.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()).ShouldContain("awaiting-customer");
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task AwaitingCustomer_PausesTheClock_EveryPauseRecorded_AndDueDateMoves()
    {
        app.Clock.Set(Uk(23, 10));
        try
        {
            await app.TeamAsync("k2");
            var customer = await app.CustomerAsync();
            using var agent = await app.ClientForAsync("k2.agent");
            var (id, version) = await agent.OpenCaseAsync(customer);

            var paused = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version, status = "awaiting-customer", reason = "Asked for statement" }))
                .ReadJsonAsync(HttpStatusCode.OK);
            paused.GetProperty("clockPaused").GetBoolean().ShouldBeTrue();
            app.Clock.Advance(TimeSpan.FromHours(2));
            var moving = await (await agent.GetAsync($"/api/v1/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            moving.GetProperty("case").GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Uk(26, 12), "the due date moves while paused");

            var resumed = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = paused.GetProperty("version").GetInt32(), status = "open" }))
                .ReadJsonAsync(HttpStatusCode.OK);
            resumed.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Uk(26, 12));
            resumed.GetProperty("clockPaused").GetBoolean().ShouldBeFalse();

            // A second pause is recorded too.
            var again = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = resumed.GetProperty("version").GetInt32(), status = "awaiting-customer" }))
                .ReadJsonAsync(HttpStatusCode.OK);
            app.Clock.Advance(TimeSpan.FromMinutes(30));
            await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = again.GetProperty("version").GetInt32(), status = "awaiting-third-party" }))
                .ReadJsonAsync(HttpStatusCode.OK);
            var detail = await (await agent.GetAsync($"/api/v1/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            detail.GetProperty("pauses").EnumerateArray().Select(p => p.GetProperty("businessMinutes").GetInt64()).ShouldBe([120L, 30L]);
            detail.GetProperty("case").GetProperty("dueAt").GetDateTimeOffset().ShouldBe(Uk(26, 12, 30));
            detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("what").GetString()).ShouldContain("open → awaiting-customer");
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task ChangeStatus_IllegalTransition_Answers409WithReason_AndReopenNeedsReason()
    {
        await app.TeamAsync("k3");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("k3.agent");
        var (id, version) = await agent.OpenCaseAsync(customer);
        var problem = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version, status = "closed" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("resolve it first");

        var resolved = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version, status = "resolved", reason = "Refunded" })).ReadJsonAsync(HttpStatusCode.OK);
        var v = resolved.GetProperty("version").GetInt32();
        resolved.GetProperty("resolvedAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = v, status = "open" })).ShouldBeValidationProblemAsync("reason");
        var reopened = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = v, status = "open", reason = "Customer says refund never arrived" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        reopened.GetProperty("status").GetString().ShouldBe("open");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = v, status = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version = v + 1, status = "sideways" })).ShouldBeValidationProblemAsync("status");
    }

    [Fact]
    public async Task UpdateCase_WithVersion_ChangesPriorityAndDue_StaleAnswers409()
    {
        await app.TeamAsync("k4");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("k4.agent");
        var (id, version) = await agent.OpenCaseAsync(customer, priority: "low");
        var updated = await (await agent.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, priority = "urgent", summary = "Now urgent" })).ReadJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("priority").GetString().ShouldBe("urgent");
        updated.GetProperty("targetMinutes").GetInt64().ShouldBe(240);
        await (await agent.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version, summary = "Lost" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.PatchAsJsonAsync($"/api/v1/cases/{id}", new { version = version + 1, category = "astrology" })).ShouldBeValidationProblemAsync("category");
    }

    [Fact]
    public async Task OpenCase_BadInput_AnswersPerField()
    {
        await app.TeamAsync("k5");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("k5.agent");
        await (await agent.PostAsJsonAsync("/api/v1/cases", new { customerId = Guid.NewGuid(), category = "billing", summary = "Unknown customer", priority = "normal" }))
            .ShouldBeValidationProblemAsync("customerId");
        await (await agent.PostAsJsonAsync("/api/v1/cases", new { customerId = customer, category = "nope", summary = "Bad category", priority = "normal" }))
            .ShouldBeValidationProblemAsync("category");
        await (await agent.PostAsJsonAsync("/api/v1/cases", new { customerId = customer, category = "billing", summary = "x", priority = "normal" }))
            .ShouldBeValidationProblemAsync("summary");
        await (await agent.PostAsJsonAsync("/api/v1/cases", new { customerId = customer, category = "billing", summary = "Priority?", priority = "whenever" }))
            .ShouldBeValidationProblemAsync("priority");
        await (await agent.PostAsJsonAsync("/api/v1/cases", new { category = "billing", summary = "No customer", priority = "normal" }))
            .ShouldBeValidationProblemAsync("customerId");
    }

    [Fact]
    public async Task Cases_RoleAndTeamScope_401_403_404()
    {
        await app.TeamAsync("k6a");
        await app.TeamAsync("k6b");
        await app.CreateStaffAsync("k6.trainer", ["Trainer"]);
        await app.CreateStaffAsync("k6.quality", ["QualityAnalyst"]);
        var customer = await app.CustomerAsync();
        using var agentA = await app.ClientForAsync("k6a.agent");
        var (id, version) = await agentA.OpenCaseAsync(customer);

        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync($"/api/v1/cases/{id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var trainer = await app.ClientForAsync("k6.trainer");
        await (await trainer.GetAsync($"/api/v1/cases/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var agentB = await app.ClientForAsync("k6b.agent");
        await (await agentB.GetAsync($"/api/v1/cases/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agentB.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version, status = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await agentB.GetAsync("/api/v1/cases")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(id);

        using var leaderA = await app.ClientForAsync("k6a.tl");
        var team = await (await leaderA.GetAsync("/api/v1/cases?queue=team")).ReadJsonAsync(HttpStatusCode.OK);
        team.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(id);
        using var quality = await app.ClientForAsync("k6.quality");
        (await quality.GetAsync($"/api/v1/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await quality.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { version, status = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agentA.GetAsync("/api/v1/cases?queue=everything")).ShouldBeValidationProblemAsync("queue");
    }

    [Fact]
    public async Task Queues_Mine_Overdue_NeedsUpdate()
    {
        var (_, _, agentId) = await app.TeamAsync("k7");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("k7.agent");
        var (fresh, _) = await agent.OpenCaseAsync(customer, summary: "Fresh case");
        var (late, _) = await agent.OpenCaseAsync(customer, summary: "Late case");
        var (quiet, quietVersion) = await agent.OpenCaseAsync(customer, summary: "Quiet case");
        var now = DateTime.UtcNow;
        await app.WithDbAsync(async db =>
        {
            var lateCase = await db.Set<Case>().SingleAsync(c => c.Id == late);
            lateCase.DueAt = now.AddHours(-1);
            var quietCase = await db.Set<Case>().SingleAsync(c => c.Id == quiet);
            quietCase.LastCustomerUpdateAt = now.AddDays(-10);
            return await db.SaveChangesAsync();
        });

        static async Task<List<Guid>> Ids(HttpClient client, string queue) =>
            [.. (await (await client.GetAsync($"/api/v1/cases?queue={queue}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];

        (await Ids(agent, "mine")).ShouldBe([fresh, late, quiet], ignoreOrder: true);
        (await Ids(agent, "overdue")).ShouldBe([late]);
        (await Ids(agent, "needs-update")).ShouldBe([quiet]);

        // Telling the customer takes the case out of the needs-update queue.
        var update = await (await agent.PostAsJsonAsync($"/api/v1/cases/{quiet}/updates", new
        {
            message = "Explained we are waiting for the card issuer", channel = "phone", constraintKind = "resources", constraintReason = "Issuer backlog of 5 days",
        })).ReadJsonAsync(HttpStatusCode.Created);
        update.GetProperty("constraintKind").GetString().ShouldBe("resources");
        (await Ids(agent, "needs-update")).ShouldBeEmpty();
        var detail = await (await agent.GetAsync($"/api/v1/cases/{quiet}")).ReadJsonAsync(HttpStatusCode.OK);
        detail.GetProperty("updates").EnumerateArray().ShouldHaveSingleItem().GetProperty("staffId").GetGuid().ShouldBe(agentId);
        detail.GetProperty("case").GetProperty("version").GetInt32().ShouldBe(quietVersion + 2, "backdated once, updated once");
    }

    [Fact]
    public async Task CustomerUpdate_BadInput_AnswersPerField_AndRedacts()
    {
        await app.TeamAsync("k8");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("k8.agent");
        var (id, _) = await agent.OpenCaseAsync(customer);
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/updates", new { message = "Hi", channel = "carrier-pigeon" })).ShouldBeValidationProblemAsync("channel");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/updates", new { message = "Hi", channel = "email", constraintKind = "mood" }))
            .ShouldBeValidationProblemAsync("constraintKind");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/updates", new { message = "Hi", channel = "email", constraintKind = "policy" }))
            .ShouldBeValidationProblemAsync("constraintReason");
        var ok = await (await agent.PostAsJsonAsync($"/api/v1/cases/{id}/updates", new
        {
            message = "Confirmed card ending 4242, full number 4242424242424242 not kept", channel = "email", constraintKind = "regulation", constraintReason = "PCI DSS",
        })).ReadJsonAsync(HttpStatusCode.Created);
        ok.GetProperty("message").GetString()!.ShouldContain("424242******4242");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{Guid.NewGuid()}/updates", new { message = "Hi", channel = "email" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
