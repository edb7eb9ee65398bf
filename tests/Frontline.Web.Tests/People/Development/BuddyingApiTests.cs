using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.People.Development;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.People.Development;

/// <summary>Buddy pairings and the support log through the API, and the development pages (SQLite and PostgreSQL).</summary>
public sealed class BuddyingApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Pair201_BuddyLogsSupport_SeenByColleagueBuddyAndSupporters_Others404()
    {
        var c = await app.CastAsync("bud");
        var buddy = await app.CreateStaffAsync($"{c.P}.buddy", ["Agent"], c.TeamA, 3, c.LeaderA);
        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        var response = await leader.PostAsJsonAsync("/api/v1/people/buddies", new
        {
            buddyId = buddy, colleagueId = c.AgentA, topics = new[] { "identity-security", "products" }, from = "2026-12-01", to = "2027-02-28", checkInEveryDays = 7,
        });
        var pairing = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = pairing.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/people/buddies/{id}");
        pairing.GetProperty("topics").EnumerateArray().Select(t => t.GetString()).ShouldBe(["identity-security", "products"]);

        using var buddyClient = await app.ClientForAsync($"{c.P}.buddy");
        var logged = await (await buddyClient.PostAsJsonAsync($"/api/v1/people/buddies/{id}/support", new
        {
            givenOn = "2026-12-03", topic = "identity-security", advice = "Ask the second security question before reading out the balance.",
            articleIds = new[] { Guid.NewGuid() },
        })).ReadJsonAsync(HttpStatusCode.Created);
        logged.GetProperty("supportLog").GetArrayLength().ShouldBe(1);
        await (await buddyClient.PostAsJsonAsync($"/api/v1/people/buddies/{id}/support", new { givenOn = "2026-11-01", topic = "products", advice = "x" }))
            .ShouldBeValidationProblemAsync("givenOn");

        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        using var otherLeader = await app.ClientForAsync($"{c.P}b.tl");
        using var otherAgent = await app.ClientForAsync($"{c.P}b.agent");
        (await agent.GetAsync($"/api/v1/people/buddies/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await buddyClient.GetAsync($"/api/v1/people/buddies/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await trainer.GetAsync($"/api/v1/people/buddies/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherLeader.GetAsync($"/api/v1/people/buddies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherAgent.GetAsync($"/api/v1/people/buddies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await otherAgent.PostAsJsonAsync($"/api/v1/people/buddies/{id}/support", new { givenOn = "2026-12-03", topic = "products", advice = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var mine = await (await agent.GetAsync($"/api/v1/people/{c.AgentA}/buddies")).ReadJsonAsync(HttpStatusCode.OK);
        mine.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Pair_BadInput_Self_Inactive_NoTopics_EndsBeforeStart_OutsideScope404_NothingSaved()
    {
        var c = await app.CastAsync("budbad");
        var leaver = await app.CreateStaffAsync($"{c.P}.leaver", ["Agent"], c.TeamA, 3, c.LeaderA);
        using (var admin = await app.AdminAsync())
        {
            var current = await (await admin.GetAsync($"/api/v1/staff/{leaver}")).ReadJsonAsync(HttpStatusCode.OK);
            (await admin.PatchAsJsonAsync($"/api/v1/staff/{leaver}", new { version = current.GetProperty("version").GetInt32(), isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        object Body(Guid buddy, Guid colleague, string[]? topics = null, string to = "2027-01-31") =>
            new { buddyId = buddy, colleagueId = colleague, topics = topics ?? ["regulation"], from = "2026-12-01", to };
        await (await leader.PostAsJsonAsync("/api/v1/people/buddies", Body(c.AgentA, c.AgentA))).ShouldBeValidationProblemAsync("buddyId");
        await (await leader.PostAsJsonAsync("/api/v1/people/buddies", Body(leaver, c.AgentA))).ShouldBeValidationProblemAsync("buddyId");
        await (await leader.PostAsJsonAsync("/api/v1/people/buddies", Body(c.Managed, c.AgentA, []))).ShouldBeValidationProblemAsync("topics");
        await (await leader.PostAsJsonAsync("/api/v1/people/buddies", Body(c.Managed, c.AgentA, to: "2026-11-30"))).ShouldBeValidationProblemAsync("to");
        await (await leader.PostAsJsonAsync("/api/v1/people/buddies", Body(c.Managed, c.AgentB))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<BuddyAssignment>().CountAsync(b => b.ColleagueId == c.AgentA || b.ColleagueId == c.AgentB))).ShouldBe(0);
    }

    [Fact]
    public async Task Pages_LeaderSeesNeedsPlansAndBuddies_AgentSeesOwnPlanWithAcknowledge_OutsiderIsToldNotFound()
    {
        var c = await app.CastAsync("pages");
        using var leaderApi = await app.ClientForAsync($"{c.P}a.tl");
        (await leaderApi.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-needs", new { skill = "tone", summary = "Flat tone on bereavement calls" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = await (await leaderApi.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.LeaderA))).ReadJsonAsync(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        (await leaderApi.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans/{planId}/coaching-sessions",
            new { heldOn = "2026-12-04", discussed = "Warmth after bad news" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var leader = await app.SignInAsync($"{c.P}a.tl", FrontlineAppFactory.StaffPassword);
        var overview = await leader.GetStringAsync("/people/development");
        overview.ShouldContain($"Test {c.P}a.agent");
        overview.ShouldContain("Most common needs");
        var person = await leader.GetStringAsync($"/people/development/{c.AgentA}");
        person.ShouldContain("Flat tone on bereavement calls");
        person.ShouldContain("Rapport and listening");
        person.ShouldContain("Pair with a buddy");
        (await leader.GetStringAsync("/people/development/skills")).ShouldContain("Complaint recognition");

        using var agent = await app.SignInAsync($"{c.P}a.agent", FrontlineAppFactory.StaffPassword);
        var page = await agent.GetStringAsync($"/people/development/{c.AgentA}/plans/{planId}");
        page.ShouldContain("Warmth after bad news");
        page.ShouldContain("Acknowledge");
        page.ShouldNotContain("Record a coaching session");
        using var outsider = await app.SignInAsync($"{c.P}b.agent", FrontlineAppFactory.StaffPassword);
        var hidden = await outsider.GetStringAsync($"/people/development/{c.AgentA}/plans/{planId}");
        hidden.ShouldContain("was not found");
        hidden.ShouldNotContain("Warmth after bad news");
    }
}
