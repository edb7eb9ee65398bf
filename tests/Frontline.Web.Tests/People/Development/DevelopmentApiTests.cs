using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Web.Features.People;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.People.Development;

/// <summary>Development needs, plans and coaching through the API (SQLite and PostgreSQL).</summary>
public sealed class DevelopmentApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static List<string> Skills(JsonElement needs) =>
        [.. needs.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("skill").GetString()!)];

    private static JsonElement Need(JsonElement needs, string skill) =>
        needs.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("skill").GetString() == skill);

    [Fact]
    public async Task Needs_FromEvaluationDevelopmentAreas_MergeBySkill_WithEachEvaluationAsASource_AndLowLinkedCriterion()
    {
        var c = await app.CastAsync("qa");
        using var analyst = await app.ClientForAsync($"{c.P}.qa");
        // Link the card's "Greeting" criterion to the clarity skill (by text), so a "no" on it is evidence too.
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        var clarity = (await (await trainer.GetAsync("/api/v1/people/skills")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(s => s.GetProperty("code").GetString() == "clarity");
        var linked = await trainer.PatchAsJsonAsync($"/api/v1/people/skills/{clarity.GetProperty("id").GetGuid()}",
            new { linkedCriteria = clarity.GetProperty("linkedCriteria").EnumerateArray().Select(x => x.GetString()).Append("Greeting").ToArray(), version = clarity.GetProperty("version").GetInt32() });
        linked.StatusCode.ShouldBe(HttpStatusCode.OK);

        var card = await analyst.PublishedCardAsync("pdev card");
        var first = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations",
            QualityTestData.Evaluation(card, await app.ContactAsync(c.AgentA, c.TeamA), greeting: "no"))).ReadJsonAsync(HttpStatusCode.Created);
        var second = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations",
            QualityTestData.Evaluation(card, await app.ContactAsync(c.AgentA, c.TeamA)))).ReadJsonAsync(HttpStatusCode.Created);

        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        var needs = await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
        Skills(needs).Order(StringComparer.Ordinal).ShouldBe(["clarity", "listening", "rapport-empathy"]);
        var rapport = Need(needs, "rapport-empathy");
        rapport.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        var sources = rapport.GetProperty("sources").EnumerateArray().ToList();
        sources.Select(s => s.GetProperty("kind").GetString()).ShouldBe(["qa-evaluation", "qa-evaluation"]);
        sources.Select(s => s.GetProperty("recordId").GetGuid()).Order().ShouldBe(new[] { first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid() }.Order());
        var low = Need(needs, "clarity").GetProperty("sources").EnumerateArray().Single();
        low.GetProperty("recordId").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        low.GetProperty("summary").GetString()!.ShouldContain("Greeting");

        // The team view counts people per skill.
        var team = await (await leader.GetAsync($"/api/v1/people/development/teams/{c.TeamA}/needs")).ReadJsonAsync(HttpStatusCode.OK);
        var top = team.GetProperty("items").EnumerateArray().First(i => i.GetProperty("skill").GetString() == "rapport-empathy");
        top.GetProperty("people").GetInt32().ShouldBe(1);
        top.GetProperty("evidence").GetInt32().ShouldBe(2);
        using var otherLeader = await app.ClientForAsync($"{c.P}b.tl");
        await (await otherLeader.GetAsync($"/api/v1/people/development/teams/{c.TeamA}/needs")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Needs_ThroughIDevelopmentNeeds_BreachAndRedKpi_ResolveSkills_SameRecordOnce_SavedOnlyWithTheCaller()
    {
        var c = await app.CastAsync("seam");
        var breach = Guid.NewGuid();
        var kpiResult = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            var needs = scope.ServiceProvider.GetRequiredService<IDevelopmentNeeds>();
            await needs.RaiseAsync(new DevelopmentNeedSignal(c.AgentB, NeedSource.Breach, breach, "Card number read back (breach routed to coaching)",
                "/compliance/breaches/x", Skill: "idv-security"), default);
            await needs.RaiseAsync(new DevelopmentNeedSignal(c.AgentB, NeedSource.Breach, breach, "Same breach again", Skill: "ID&V and security"), default);
            await needs.RaiseAsync(new DevelopmentNeedSignal(c.AgentB, NeedSource.Kpi, kpiResult, "CSAT red for November", Kpi: "csat"), default);
            await needs.RaiseAsync(new DevelopmentNeedSignal(c.AgentB, NeedSource.Kpi, Guid.NewGuid(), "Unknown KPI red", Kpi: "no-such-kpi"), default);
            // Nothing is saved until the caller saves.
            (await db.Set<DevelopmentNeed>().CountAsync(n => n.StaffId == c.AgentB)).ShouldBe(0);
            await context.SaveChangesAsync();
            return 0;
        });

        using var manager = await app.ClientForAsync($"{c.P}.manager");
        var needs = await (await manager.GetAsync($"/api/v1/people/{c.AgentB}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
        Skills(needs).Order(StringComparer.Ordinal).ShouldBe(["general", "idv-security", "rapport-empathy"]);
        var idv = Need(needs, "idv-security").GetProperty("sources").EnumerateArray().Single();
        idv.GetProperty("kind").GetString().ShouldBe("breach");
        idv.GetProperty("recordId").GetGuid().ShouldBe(breach);
        var kpi = Need(needs, "rapport-empathy").GetProperty("sources").EnumerateArray().Single();
        kpi.GetProperty("kind").GetString().ShouldBe("kpi");
        kpi.GetProperty("recordId").GetGuid().ShouldBe(kpiResult);
    }

    [Fact]
    public async Task Needs_RecordedByPeople_ObservationBySupporter_SelfAssessmentByThePerson_OthersRefused()
    {
        var c = await app.CastAsync("rec");
        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        using var outsider = await app.ClientForAsync($"{c.P}b.tl");
        var observed = await (await leader.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-needs",
            new { skill = "questioning", kind = "observation", summary = "Closed questions too early on three calls" })).ReadJsonAsync(HttpStatusCode.Created);
        observed.GetProperty("sources")[0].GetProperty("kind").GetString().ShouldBe("observation");
        var self = await (await agent.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-needs",
            new { skill = "Questioning", summary = "I find it hard to probe politely" })).ReadJsonAsync(HttpStatusCode.Created);
        self.GetProperty("id").GetGuid().ShouldBe(observed.GetProperty("id").GetGuid());
        self.GetProperty("sources").GetArrayLength().ShouldBe(2);
        await (await agent.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-needs", new { skill = "tone", kind = "observation", summary = "x" }))
            .ShouldBeValidationProblemAsync("kind");
        await (await leader.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-needs", new { skill = "juggling", summary = "x" }))
            .ShouldBeValidationProblemAsync("skill");
        await (await outsider.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-needs", new { skill = "tone", summary = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/people/{c.AgentA}/development-needs")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Plan_Create201_ThenVisibility_Person_Leader_LineManager_Trainer_Manager_200_Everyone_Else_404()
    {
        var c = await app.CastAsync("vis");
        using var lineManager = await app.ClientForAsync($"{c.P}.lm");
        var response = await lineManager.PostAsJsonAsync($"/api/v1/people/{c.Managed}/development-plans", DevelopmentTestData.Plan(c.LineManager));
        var plan = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/people/{c.Managed}/development-plans/{id}");
        plan.GetProperty("objectives").GetArrayLength().ShouldBe(2);
        plan.GetProperty("objectives")[1].GetProperty("policyObjective").GetString().ShouldBe("Customers feel listened to");
        plan.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("method").GetString()).ShouldBe(["coaching-session", "side-by-side-listening"]);
        plan.GetProperty("startsOn").GetString().ShouldBe("2026-12-01");
        plan.GetProperty("endsOn").GetString().ShouldBe("2026-12-31");

        var url = $"/api/v1/people/{c.Managed}/development-plans/{id}";
        foreach (var (user, expected) in new[]
                 {
                     ($"{c.P}.managed", HttpStatusCode.OK), ($"{c.P}a.tl", HttpStatusCode.OK), ($"{c.P}.lm", HttpStatusCode.OK),
                     ($"{c.P}.trainer", HttpStatusCode.OK), ($"{c.P}.manager", HttpStatusCode.OK), ($"{c.P}a.agent", HttpStatusCode.NotFound),
                     ($"{c.P}b.tl", HttpStatusCode.NotFound), ($"{c.P}b.agent", HttpStatusCode.NotFound), ($"{c.P}.qa", HttpStatusCode.NotFound),
                 })
        {
            using var client = await app.ClientForAsync(user);
            (await client.GetAsync(url)).StatusCode.ShouldBe(expected, user);
            (await client.GetAsync($"/api/v1/people/{c.Managed}/development-plans")).StatusCode.ShouldBe(expected, user);
        }

        // The line manager does not see team A's other agent; the plan is not found under another person either.
        (await lineManager.GetAsync($"/api/v1/people/{c.AgentA}/development-plans")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lineManager.GetAsync($"/api/v1/people/{c.AgentA}/development-plans/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Plan_BadInput_OutsideScope404_EndsBeforeStart_SelfPlan403_InactiveOwner_NothingSaved_StaleEdit409()
    {
        var c = await app.CastAsync("bad");
        using var leaderB = await app.ClientForAsync($"{c.P}b.tl");
        using var leaderA = await app.ClientForAsync($"{c.P}a.tl");
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        Task<int> CountAsync() => app.WithDbAsync(db => db.Set<DevelopmentPlan>().CountAsync(p => p.StaffId == c.AgentA));

        await (await leaderB.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.LeaderB)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderA.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.LeaderA, endsOn: "2026-11-30")))
            .ShouldBeValidationProblemAsync("activities[0].endsOn");
        await (await leaderA.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.LeaderA, method: "juggling")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await leaderA.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(Guid.NewGuid())))
            .ShouldBeValidationProblemAsync("activities[0].ownerId");
        await (await agent.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.AgentA)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await leaderA.PostAsJsonAsync($"/api/v1/people/{Guid.NewGuid()}/development-plans", DevelopmentTestData.Plan(c.LeaderA)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await CountAsync()).ShouldBe(0);

        var plan = await (await leaderA.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.LeaderA))).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/people/{c.AgentA}/development-plans/{plan.GetProperty("id").GetGuid()}";
        var version = plan.GetProperty("version").GetInt32();
        var renamed = await (await leaderA.PatchAsJsonAsync(url, new { title = "Renamed", version })).ReadJsonAsync(HttpStatusCode.OK);
        renamed.GetProperty("version").GetInt32().ShouldBe(version + 1);
        await (await leaderA.PatchAsJsonAsync(url, new { title = "Lost update", version })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var activity = plan.GetProperty("activities")[0].GetProperty("id").GetGuid();
        await (await leaderA.PatchAsJsonAsync($"{url}/activities/{activity}", new { endsOn = "2026-11-01", version = version + 1 }))
            .ShouldBeValidationProblemAsync("endsOn");
        var added = await (await leaderA.PostAsJsonAsync($"{url}/activities",
            new { method = "e-learning", title = "Vulnerability module", startsOn = "2026-12-03", endsOn = "2026-12-10", version = version + 1 })).ReadJsonAsync(HttpStatusCode.Created);
        added.GetProperty("activities").GetArrayLength().ShouldBe(3);
        (await app.WithDbAsync(db => db.Set<DevelopmentPlan>().SingleAsync(p => p.StaffId == c.AgentA))).Title.ShouldBe("Renamed");
    }

    [Fact]
    public async Task Coaching_RecordedBySupporter_AcknowledgedByTheColleagueOnly_Once()
    {
        var c = await app.CastAsync("coach");
        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        var plan = await (await leader.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", DevelopmentTestData.Plan(c.LeaderA))).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/people/{c.AgentA}/development-plans/{plan.GetProperty("id").GetGuid()}";
        var evaluation = Guid.NewGuid();
        await (await leader.PostAsJsonAsync($"{url}/coaching-sessions", new { heldOn = "2026-12-04", discussed = "" })).ShouldBeValidationProblemAsync("discussed");
        await (await leader.PostAsJsonAsync($"{url}/coaching-sessions", new { heldOn = "2026-12-04", discussed = "x", followUpOn = "2026-12-01" }))
            .ShouldBeValidationProblemAsync("followUpOn");
        await (await agent.PostAsJsonAsync($"{url}/coaching-sessions", new { heldOn = "2026-12-04", discussed = "x" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var session = await (await leader.PostAsJsonAsync($"{url}/coaching-sessions", new
        {
            heldOn = "2026-12-04", discussed = "Listened to two calls; rapport after bad news.", agreedActions = "Use the customer's name; pause after bad news.",
            followUpOn = "2026-12-18", evidenceReviewed = new[] { new { kind = "evaluation", id = evaluation } },
            activityId = plan.GetProperty("activities")[0].GetProperty("id").GetGuid(),
        })).ReadJsonAsync(HttpStatusCode.Created);
        session.GetProperty("coachId").GetGuid().ShouldBe(c.LeaderA);
        session.GetProperty("evidenceReviewed")[0].GetProperty("link").GetString().ShouldBe($"/quality/evaluations/{evaluation}");
        session.GetProperty("acknowledgedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var id = session.GetProperty("id").GetGuid();

        await (await leader.PostAsJsonAsync($"/api/v1/people/coaching-sessions/{id}/acknowledge", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var outsider = await app.ClientForAsync($"{c.P}b.agent");
        await (await outsider.PostAsJsonAsync($"/api/v1/people/coaching-sessions/{id}/acknowledge", new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var acknowledged = await (await agent.PostAsJsonAsync($"/api/v1/people/coaching-sessions/{id}/acknowledge", new { comment = "Agreed" })).ReadJsonAsync(HttpStatusCode.OK);
        acknowledged.GetProperty("acknowledgedAt").ValueKind.ShouldBe(JsonValueKind.String);
        acknowledged.GetProperty("colleagueComment").GetString().ShouldBe("Agreed");
        await (await agent.PostAsJsonAsync($"/api/v1/people/coaching-sessions/{id}/acknowledge", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var seen = await (await trainer.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("coachingSessions").GetArrayLength().ShouldBe(1);
        seen.GetProperty("activities")[0].GetProperty("status").GetString().ShouldBe("in-progress");
    }

    [Fact]
    public async Task Skills_SeededFramework_EditableByTrainers_NotAgents_Stale409_DuplicateName409()
    {
        var c = await app.CastAsync("sk");
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        var skills = await (await agent.GetAsync("/api/v1/people/skills")).ReadJsonAsync(HttpStatusCode.OK);
        var codes = skills.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("listening");
        codes.ShouldContain("idv-security");
        codes.ShouldContain("complaint-recognition");
        (await agent.PostAsJsonAsync("/api/v1/people/skills", new { name = "Juggling" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var created = await (await trainer.PostAsJsonAsync("/api/v1/people/skills", new { name = "pdev Negotiation", area = "communication", linkedKpis = new[] { "fcr" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        created.GetProperty("code").GetString().ShouldBe("pdev-negotiation");
        await (await trainer.PostAsJsonAsync("/api/v1/people/skills", new { name = "pdev Negotiation" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var id = created.GetProperty("id").GetGuid();
        (await trainer.PatchAsJsonAsync($"/api/v1/people/skills/{id}", new { description = "Finding a fair outcome", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await trainer.PatchAsJsonAsync($"/api/v1/people/skills/{id}", new { description = "Lost", version = 0 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
