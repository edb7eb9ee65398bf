using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Cases;

public sealed class ReferralApiTests(CasesAppFactory app) : IClassFixture<CasesAppFactory>
{
    private static async Task<JsonElement> ReferAsync(HttpClient client, Guid caseId, object body) =>
        await (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", body)).ReadJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task BeyondAuthority_AgentRefersToTeamLeader_WhoAcceptsAndResolvesTakingTheActionWithinTheirAuthority()
    {
        var (_, leaderId, agentId) = await app.TeamAsync("r1");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("r1.agent");
        using var leader = await app.ClientForAsync("r1.tl");
        var (caseId, _) = await agent.OpenCaseAsync(customer);
        var refused = await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 30_000, reason = "Fees refund" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var suggested = refused.GetProperty("referral").GetProperty("suggested");

        var referral = await ReferAsync(agent, caseId, new
        {
            reason = suggested.GetProperty("reason").GetString(), mode = "verbal", toStaffId = suggested.GetProperty("toStaffId").GetGuid(),
            summary = suggested.GetProperty("summary").GetString(), requestedAction = "refund", requestedAmountPence = 30_000,
        });
        var id = referral.GetProperty("id").GetGuid();
        referral.GetProperty("status").GetString().ShouldBe("pending");
        referral.GetProperty("handoverAt").ValueKind.ShouldBe(JsonValueKind.String, "a warm handover records when");
        referral.GetProperty("fromStaffId").GetGuid().ShouldBe(agentId);
        var caseNow = await (await agent.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK);
        caseNow.GetProperty("case").GetProperty("status").GetString().ShouldBe("referred");

        // Only the referee acts on it.
        await (await agent.PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { version = 0 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var queue = await (await leader.GetAsync("/api/v1/referrals")).ReadJsonAsync(HttpStatusCode.OK);
        queue.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(id);
        var accepted = await (await leader.PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { version = referral.GetProperty("version").GetInt32() }))
            .ReadJsonAsync(HttpStatusCode.OK);
        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        await (await leader.PostAsJsonAsync($"/api/v1/referrals/{id}/accept", new { version = referral.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var resolved = await (await leader.PostAsJsonAsync($"/api/v1/referrals/{id}/resolve", new
        {
            version = accepted.GetProperty("version").GetInt32(), resolution = "Refund of £300 agreed and made", action = "refund", amountPence = 30_000,
        })).ReadJsonAsync(HttpStatusCode.OK);
        resolved.GetProperty("status").GetString().ShouldBe("resolved");
        resolved.GetProperty("handledById").GetGuid().ShouldBe(leaderId);

        var detail = await (await agent.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK);
        detail.GetProperty("case").GetProperty("status").GetString().ShouldBe("open", "back with its owner");
        detail.GetProperty("referrals").EnumerateArray().ShouldHaveSingleItem().GetProperty("resolution").GetString().ShouldBe("Refund of £300 agreed and made");
        var actions = detail.GetProperty("actions").EnumerateArray().ToList();
        actions.Count.ShouldBe(2);
        actions[1].GetProperty("allowed").GetBoolean().ShouldBeTrue();
        actions[1].GetProperty("staffId").GetGuid().ShouldBe(leaderId);
        actions[1].GetProperty("referralId").GetGuid().ShouldBe(id);
    }

    [Fact]
    public async Task Resolve_WithActionBeyondTheResolversAuthority_Answers403_AndLeavesReferralOpen_ThenChainGrowsToManagers()
    {
        await app.TeamAsync("r2");
        await app.CreateStaffAsync("r2.manager", ["Manager"], null, 6);
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("r2.agent");
        using var leader = await app.ClientForAsync("r2.tl");
        using var manager = await app.ClientForAsync("r2.manager");
        var (caseId, _) = await agent.OpenCaseAsync(customer);
        var referral = await ReferAsync(agent, caseId, new { reason = "beyond-authority", mode = "written", toRole = "TeamLeader", summary = "Goodwill of £800 asked" });
        var id = referral.GetProperty("id").GetGuid();
        referral.GetProperty("handoverAt").ValueKind.ShouldBe(JsonValueKind.Null);

        var tooMuch = await (await leader.PostAsJsonAsync($"/api/v1/referrals/{id}/resolve", new
        {
            version = referral.GetProperty("version").GetInt32(), resolution = "Paying goodwill", action = "goodwill-payment", amountPence = 80_000,
        })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        tooMuch.GetProperty("gradeNeeded").GetInt32().ShouldBe(5);
        (await (await leader.GetAsync($"/api/v1/referrals/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("pending");

        // The team leader declines with a reason and the agent refers on to managers: the chain shows both.
        var declined = await (await leader.PostAsJsonAsync($"/api/v1/referrals/{id}/decline", new { version = referral.GetProperty("version").GetInt32(), reason = "Beyond my limit too" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        declined.GetProperty("declineReason").GetString().ShouldBe("Beyond my limit too");
        var onward = await ReferAsync(agent, caseId, new { reason = "beyond-authority", mode = "written", toRole = "Manager", summary = "Goodwill of £800, team leader declined" });
        var managerQueue = await (await manager.GetAsync("/api/v1/referrals")).ReadJsonAsync(HttpStatusCode.OK);
        managerQueue.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldContain(onward.GetProperty("id").GetGuid());
        var resolved = await (await manager.PostAsJsonAsync($"/api/v1/referrals/{onward.GetProperty("id").GetGuid()}/resolve", new
        {
            version = onward.GetProperty("version").GetInt32(), resolution = "Goodwill paid", action = "goodwill-payment", amountPence = 80_000,
        })).ReadJsonAsync(HttpStatusCode.OK);
        resolved.GetProperty("status").GetString().ShouldBe("resolved");

        var chain = (await (await agent.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("referrals").EnumerateArray()
            .Select(r => (r.GetProperty("toRole").GetString(), r.GetProperty("status").GetString())).ToList();
        chain.ShouldBe([("TeamLeader", "declined"), ("Manager", "resolved")]);
    }

    [Fact]
    public async Task Refer_BadInput_AnswersPerField_AndOtherTeamsLeaderCannotSeeOrAct()
    {
        var (_, _, agentId) = await app.TeamAsync("r3");
        await app.TeamAsync("r3b");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("r3.agent");
        var (caseId, _) = await agent.OpenCaseAsync(customer);
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { reason = "boredom", mode = "written", toRole = "Manager", summary = "Help" }))
            .ShouldBeValidationProblemAsync("reason");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { reason = "complaint", mode = "telepathy", toRole = "Manager", summary = "Help" }))
            .ShouldBeValidationProblemAsync("mode");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { reason = "complaint", mode = "written", summary = "To nobody" }))
            .ShouldBeValidationProblemAsync("toStaffId");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { reason = "complaint", mode = "written", toRole = "Trainer", summary = "Wrong role" }))
            .ShouldBeValidationProblemAsync("toRole");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/referrals", new { reason = "complaint", mode = "written", toStaffId = agentId, summary = "Myself" }))
            .ShouldBeValidationProblemAsync("toStaffId");

        var referral = await ReferAsync(agent, caseId, new { reason = "specialist-knowledge", mode = "written", toRole = "TeamLeader", summary = "Mortgage question" });
        using var otherLeader = await app.ClientForAsync("r3b.tl");
        (await (await otherLeader.GetAsync("/api/v1/referrals")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(r => r.GetProperty("id").GetGuid()).ShouldNotContain(referral.GetProperty("id").GetGuid());
        await (await otherLeader.PostAsJsonAsync($"/api/v1/referrals/{referral.GetProperty("id").GetGuid()}/accept", new { version = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherLeader.PostAsJsonAsync($"/api/v1/referrals/{referral.GetProperty("id").GetGuid()}/decline", new { version = 0 }))
            .ShouldBeValidationProblemAsync("reason");
        using var anonymous = app.Anonymous();
        await (await anonymous.GetAsync("/api/v1/referrals")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var sent = await (await agent.GetAsync("/api/v1/referrals?queue=sent")).ReadJsonAsync(HttpStatusCode.OK);
        sent.EnumerateArray().ShouldHaveSingleItem().GetProperty("reason").GetString().ShouldBe("specialist-knowledge");
    }
}
