using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Cases;
using Frontline.Web.Features.Cases;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Cases;

public sealed class AuthorityApiTests(CasesAppFactory app) : IClassFixture<CasesAppFactory>
{
    [Fact]
    public async Task AuthorityMatrix_GetDefault_PutByManager_StaleVersion409_AgentForbidden()
    {
        await app.CreateStaffAsync("m1.manager", ["Manager"], null, 6);
        await app.CreateStaffAsync("m1.agent", ["Agent"]);
        using var manager = await app.ClientForAsync("m1.manager");
        using var agent = await app.ClientForAsync("m1.agent");

        var current = await (await agent.GetAsync("/api/v1/authority-matrix")).ReadJsonAsync(HttpStatusCode.OK);
        current.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldContain("goodwill-payment");
        var version = current.GetProperty("version").GetInt32();

        var rules = new[]
        {
            new { grade = 1, action = "refund", allowed = true, limitPence = 2_000L },
            new { grade = 4, action = "refund", allowed = true, limitPence = 50_000L },
            new { grade = 1, action = "loyalty-voucher", allowed = true, limitPence = 1_000L }, // the matrix is extensible
        };
        await (await agent.PutAsJsonAsync("/api/v1/authority-matrix", new { version, rules })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var saved = await (await manager.PutAsJsonAsync("/api/v1/authority-matrix", new { version, rules })).ReadJsonAsync(HttpStatusCode.OK);
        saved.GetProperty("isDefault").GetBoolean().ShouldBeFalse();
        saved.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ShouldContain("loyalty-voucher");
        await (await manager.PutAsJsonAsync("/api/v1/authority-matrix", new { version, rules })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await manager.PutAsJsonAsync("/api/v1/authority-matrix", new
        {
            version = saved.GetProperty("version").GetInt32(), rules = new[] { new { grade = 1, action = "refund", allowed = true, limitPence = -1L } },
        })).ShouldBeValidationProblemAsync("limitPence");

        // The check other modules ask (Complaints) reads the saved matrix.
        var agentId = await app.WithDbAsync(db => db.Set<Frontline.Domain.People.StaffMember>().Where(s => s.Username == "m1.agent").Select(s => s.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<IAuthorityCheck>();
        (await check.CheckAsync(agentId, "refund", 2_000, CancellationToken.None)).Allowed.ShouldBeTrue();
        var refused = await check.CheckAsync(agentId, "refund", 2_001, CancellationToken.None);
        refused.Allowed.ShouldBeFalse();
        refused.GradeNeeded.ShouldBe(4);
        refused.StaffGrade.ShouldBe(1);

        // Put the default back for the other tests in this class.
        var defaults = AuthorityMatrix.Default.Rules.Select(r => new { grade = r.Grade, action = r.Action, allowed = r.Allowed, limitPence = r.LimitPence });
        (await manager.PutAsJsonAsync("/api/v1/authority-matrix", new { version = saved.GetProperty("version").GetInt32(), rules = defaults })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TakeAction_WithinAuthority_201_BeyondIt_403NamingGradeAndLimit_WithReferralOffered_BothRecorded()
    {
        var (_, leaderId, _) = await app.TeamAsync("a1", agentGrade: 1);
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("a1.agent");
        var (caseId, _) = await agent.OpenCaseAsync(customer);

        var ok = await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 4_500, reason = "Duplicate charge" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        ok.GetProperty("allowed").GetBoolean().ShouldBeTrue();

        var refused = await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 30_000, reason = "Three months of fees" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        refused.GetProperty("code").GetString().ShouldBe("authority.exceeded");
        refused.GetProperty("gradeNeeded").GetInt32().ShouldBe(4);
        refused.GetProperty("limitPence").GetInt64().ShouldBe(100_000);
        refused.GetProperty("yourGrade").GetInt32().ShouldBe(1);
        refused.GetProperty("detail").GetString()!.ShouldContain("grade 4");
        var suggested = refused.GetProperty("referral").GetProperty("suggested");
        suggested.GetProperty("reason").GetString().ShouldBe("beyond-authority");
        suggested.GetProperty("toStaffId").GetGuid().ShouldBe(leaderId, "the team leader (grade 4) has the authority");
        suggested.GetProperty("requestedAmountPence").GetInt64().ShouldBe(30_000);

        var actions = (await (await agent.GetAsync($"/api/v1/cases/{caseId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("actions").EnumerateArray().ToList();
        actions.Select(a => a.GetProperty("allowed").GetBoolean()).ShouldBe([true, false], "every attempt is recorded");
    }

    [Fact]
    public async Task TakeAction_BadInput_400_ClosedCase409_OtherTeam404()
    {
        await app.TeamAsync("a2");
        await app.TeamAsync("a2b");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("a2.agent");
        var (caseId, version) = await agent.OpenCaseAsync(customer);
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = -5, reason = "Negative" }))
            .ShouldBeValidationProblemAsync("amountPence");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 99_999_999_999L, reason = "Absurd" }))
            .ShouldBeValidationProblemAsync("amountPence");
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "Refund Now", amountPence = 5, reason = "Bad code" }))
            .ShouldBeValidationProblemAsync("action");
        using var other = await app.ClientForAsync("a2b.agent");
        await (await other.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 5, reason = "Not mine" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { version, status = "resolved" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 5, reason = "After resolution" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task TakeAction_WithoutTheIdentityLevelNeeded_Answers403_WhenCustomersModuleEnforcesIt()
    {
        await app.TeamAsync("a3");
        var customer = await app.CustomerAsync();
        using var agent = await app.ClientForAsync("a3.agent");
        var (caseId, _) = await agent.OpenCaseAsync(customer);
        app.Identity.Enforce = true;
        try
        {
            var problem = await (await agent.PostAsJsonAsync($"/api/v1/cases/{caseId}/actions", new { action = "refund", amountPence = 100, reason = "Unverified caller" }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            problem.GetProperty("detail").GetString()!.ShouldContain("level high");
        }
        finally
        {
            app.Identity.Enforce = false;
        }

        (await app.WithDbAsync(db => db.Set<CaseAction>().CountAsync(a => a.CaseId == caseId))).ShouldBe(0);
    }
}
