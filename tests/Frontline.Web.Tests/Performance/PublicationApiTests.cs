using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Performance;

/// <summary>Validation before publication, exclusions with reasons, and distribution to exactly the people the rules name, with the reason.</summary>
public sealed class PublicationApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Day = new(2026, 3, 3, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Validate_ExcludeABadRecordWithAReason_Publish_ReachesExactlyThePeopleTheRulesName_WhoAcknowledge()
    {
        app.Clock.Set(Now);
        var teamA = await app.CreateTeamAsync("perf.pub team A");
        var teamB = await app.CreateTeamAsync("perf.pub team B");
        var leaderA = await app.CreateStaffAsync("perf.pub.tla", ["TeamLeader"], teamA);
        var leaderB = await app.CreateStaffAsync("perf.pub.tlb", ["TeamLeader"], teamB);
        await app.WithDbAsync(async db =>
        {
            (await db.Set<Frontline.Domain.People.Team>().SingleAsync(t => t.Id == teamA)).TeamLeaderId = leaderA;
            (await db.Set<Frontline.Domain.People.Team>().SingleAsync(t => t.Id == teamB)).TeamLeaderId = leaderB;
            return await db.SaveChangesAsync();
        });
        var a1 = await app.CreateStaffAsync("perf.pub.a1", ["Agent"], teamA);
        var a2 = await app.CreateStaffAsync("perf.pub.a2", ["Agent"], teamA);
        var b1 = await app.CreateStaffAsync("perf.pub.b1", ["Agent"], teamB);
        var manager = await app.CreateStaffAsync("perf.pub.mgr", ["Manager"]);
        const string queue = "perf-pub";
        await app.ContactAsync(a1, teamA, Day, 5, queue);
        await app.ContactAsync(a2, teamA, Day, 50, queue);
        await app.ContactAsync(b1, teamB, Day, 5, queue);
        var bad = await app.ContactAsync(a1, teamA, Day, 5, queue, endedAt: Day.AddSeconds(-60)); // ended before it was answered
        using var mgr = await app.ClientForAsync("perf.pub.mgr");

        var kpi = new Dictionary<string, object?>(JsonSerializer.SerializeToElement(PerformanceTestData.ServiceLevelKpi("Pub SL", queue, effectiveFrom: "2026-01-01"),
            FrontlineAppFactory.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value))
        {
            ["distribution"] = new object[]
            {
                new { level = "individual", audience = "person", reason = "You see your own figure so you can act on it." },
                new { level = "individual", audience = "team-leader", reason = "You lead this agent's team and coach them." },
                new { level = "team", audience = "team-leader", reason = "You are accountable for your team's service level." },
                new { level = "centre", audience = "managers", reason = "Managers review the centre's service level." },
            },
        };
        var id = (await (await mgr.PostAsJsonAsync("/api/v1/performance/kpis", kpi)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await mgr.PostAsJsonAsync("/api/v1/performance/kpis", new Dictionary<string, object?>(kpi)
        {
            ["name"] = "Bad rule",
            ["distribution"] = new object[] { new { level = "individual", audience = "team-members", reason = "Everyone sees everyone" } },
        })).ShouldBeValidationProblemAsync("distribution");

        await (await mgr.PostAsJsonAsync($"/api/v1/performance/kpis/{id}/validations", new { periodStart = "2026-02-02" })).ShouldBeValidationProblemAsync("periodStart");
        var run = await (await mgr.PostAsJsonAsync($"/api/v1/performance/kpis/{id}/validations", new { periodStart = "2026-03-03" })).ReadJsonAsync(HttpStatusCode.Created);
        var runId = run.GetProperty("id").GetGuid();
        var problem = run.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "ended-before-answered");
        problem.GetProperty("contactIds").EnumerateArray().Select(x => x.GetGuid()).ShouldBe([bad]);
        run.GetProperty("problems").EnumerateArray().Count(p => p.GetProperty("kind").GetString() == "suitability").ShouldBe(3);
        run.GetProperty("readyToPublish").GetBoolean().ShouldBeFalse();

        await (await mgr.PostAsync($"/api/v1/performance/validations/{runId}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/exclusions", new { contactIds = new[] { bad }, reason = "" }))
            .ShouldBeValidationProblemAsync("reason");
        await (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/exclusions", new { contactIds = new[] { Guid.NewGuid() }, reason = "Not ours" }))
            .ShouldBeValidationProblemAsync("contactIds");
        var excluded = await (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/exclusions",
            new { contactIds = new[] { bad }, reason = "Telephony clock fault: end stamped before answer" })).ReadJsonAsync(HttpStatusCode.OK);
        excluded.GetProperty("readyToPublish").GetBoolean().ShouldBeTrue();
        excluded.GetProperty("exclusions").EnumerateArray().Single().GetProperty("reason").GetString().ShouldBe("Telephony clock fault: end stamped before answer");

        var published = await (await mgr.PostAsync($"/api/v1/performance/validations/{runId}/publish", null)).ReadJsonAsync(HttpStatusCode.Created);
        published.GetProperty("excluded").GetInt32().ShouldBe(1);
        var centre = published.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("level").GetString() == "centre");
        centre.GetProperty("count").GetInt32().ShouldBe(3); // the excluded record is left out
        centre.GetProperty("value").GetDouble().ShouldBe(2.0 / 3, 1e-9);
        await (await mgr.PostAsync($"/api/v1/performance/validations/{runId}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var log = (await (await mgr.GetAsync($"/api/v1/performance/distributions?publicationId={published.GetProperty("id").GetGuid()}"))
            .ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var told = log.Select(d => (d.GetProperty("recipientId").GetGuid(), d.GetProperty("level").GetString())).ToList();
        var managers = (await app.WithDbAsync(db => db.Set<Frontline.Domain.People.StaffMember>().AsNoTracking().Where(s => s.IsActive).ToListAsync()))
            .Where(s => s.HasRole("Manager")).Select(s => (s.Id, (string?)"centre")).ToList();
        managers.ShouldContain((manager, "centre"));
        told.ShouldBe(
        [
            (a1, "individual"), (a2, "individual"), (b1, "individual"), // the person
            (leaderA, "individual"), (leaderA, "individual"), (leaderB, "individual"), // their team leader
            (leaderA, "team"), (leaderB, "team"), .. managers, // the centre's to every manager
        ], ignoreOrder: true);
        log.Where(d => d.GetProperty("recipientId").GetGuid() == a1).ShouldAllBe(d => d.GetProperty("reason").GetString() == "You see your own figure so you can act on it.");
        log.Single(d => d.GetProperty("recipientId").GetGuid() == a1).GetProperty("what").GetString()!.ShouldContain("Test perf.pub.a1");

        // The team leader receives the team's result (in-app, with the reason) and acknowledges it; nobody else can.
        using var leader = await app.ClientForAsync("perf.pub.tla");
        var mine = (await (await leader.GetAsync("/api/v1/performance/my-results")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        mine.Count.ShouldBe(3);
        mine.ShouldAllBe(d => d.GetProperty("recipientId").GetGuid() == leaderA);
        var teamResult = mine.Single(d => d.GetProperty("level").GetString() == "team");
        teamResult.GetProperty("reason").GetString().ShouldBe("You are accountable for your team's service level.");
        var inbox = await app.WithDbAsync(db => db.Set<Frontline.Domain.Platform.Notifications.Notification>().AsNoTracking()
            .Where(n => n.RecipientId == leaderA && n.Kind == "kpi-result").ToListAsync());
        inbox.Count.ShouldBe(3);
        inbox.ShouldContain(n => n.Reason == "You are accountable for your team's service level.");

        using var agentB = await app.ClientForAsync("perf.pub.b1");
        var theirs = (await (await agentB.GetAsync("/api/v1/performance/my-results")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        theirs.GetProperty("what").GetString()!.ShouldContain("Test perf.pub.b1");
        await (await agentB.PostAsync($"/api/v1/performance/distributions/{teamResult.GetProperty("id").GetGuid()}/acknowledge", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await agentB.GetAsync("/api/v1/performance/distributions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var acknowledged = await (await leader.PostAsync($"/api/v1/performance/distributions/{teamResult.GetProperty("id").GetGuid()}/acknowledge", null))
            .ReadJsonAsync(HttpStatusCode.OK);
        acknowledged.GetProperty("acknowledgedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var unread = (await (await mgr.GetAsync($"/api/v1/performance/distributions?publicationId={published.GetProperty("id").GetGuid()}&unread=true"))
            .ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        unread.Count.ShouldBe(told.Count - 1);
    }

    [Fact]
    public async Task AcceptingTheDataNeedsAComment_AndAPeriodWithNoDataCannotBeValidated()
    {
        app.Clock.Set(Now);
        await app.CreateStaffAsync("perf.acc.mgr", ["Administrator"]);
        using var mgr = await app.ClientForAsync("perf.acc.mgr");
        await app.ContactAsync(null, null, Day, 5, "perf-acc"); // answered, no agent: an accuracy problem
        var id = (await (await mgr.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("Acc SL", "perf-acc", effectiveFrom: "2026-01-01")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await mgr.PostAsJsonAsync($"/api/v1/performance/kpis/{id}/validations", new { periodStart = "2026-02-02" })).ShouldBeValidationProblemAsync("periodStart");
        var run = await (await mgr.PostAsJsonAsync($"/api/v1/performance/kpis/{id}/validations", new { periodStart = "2026-03-03" })).ReadJsonAsync(HttpStatusCode.Created);
        run.GetProperty("problems").EnumerateArray().ShouldContain(p => p.GetProperty("code").GetString() == "answered-without-agent");
        var runId = run.GetProperty("id").GetGuid();

        await (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/accept", new { comment = "" })).ShouldBeValidationProblemAsync("comment");
        var accepted = await (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/accept",
            new { comment = "IVR self-service answers carry no agent", revision = run.GetProperty("revision").GetInt32() })).ReadJsonAsync(HttpStatusCode.OK);
        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        await (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/accept", new { comment = "Again", revision = run.GetProperty("revision").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var published = await (await mgr.PostAsync($"/api/v1/performance/validations/{runId}/publish", null)).ReadJsonAsync(HttpStatusCode.Created);
        published.GetProperty("comment").GetString().ShouldBe("IVR self-service answers carry no agent");
    }

    [Fact]
    public async Task Publishing_AReliableRedIndividualResult_RaisesADevelopmentNeed_AnUnreliableOneDoesNot()
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync("perf.red team");
        var slow = await app.CreateStaffAsync("perf.red.slow", ["Agent"], team);
        var few = await app.CreateStaffAsync("perf.red.few", ["Agent"], team);
        await app.CreateStaffAsync("perf.red.mgr", ["Manager"]);
        var day = new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 30; i++)
        {
            await app.ContactAsync(slow, team, day.AddMinutes(i * 5), 90, "perf-red"); // 30 calls, each waited 90 s: 0 % within 20 s
        }

        await app.ContactAsync(few, team, day, 90, "perf-red"); // one late call: red, but not reliable
        using var mgr = await app.ClientForAsync("perf.red.mgr");
        var id = (await (await mgr.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("Red SL", "perf-red", effectiveFrom: "2026-01-01")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var run = await (await mgr.PostAsJsonAsync($"/api/v1/performance/kpis/{id}/validations", new { periodStart = "2026-03-05" })).ReadJsonAsync(HttpStatusCode.Created);
        var runId = run.GetProperty("id").GetGuid();
        if (!run.GetProperty("readyToPublish").GetBoolean())
        {
            (await mgr.PostAsJsonAsync($"/api/v1/performance/validations/{runId}/accept",
                new { comment = "One agent with a single call", revision = run.GetProperty("revision").GetInt32() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var published = await (await mgr.PostAsync($"/api/v1/performance/validations/{runId}/publish", null)).ReadJsonAsync(HttpStatusCode.Created);
        published.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("level").GetString() == "individual" && r.GetProperty("subject").GetGuid() == slow)
            .GetProperty("band").GetString().ShouldBe("red");

        var needs = await (await mgr.GetAsync($"/api/v1/people/{slow}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
        var source = needs.GetProperty("items").EnumerateArray().SelectMany(n => n.GetProperty("sources").EnumerateArray())
            .Single(s => s.GetProperty("kind").GetString() == "kpi");
        source.GetProperty("recordId").GetGuid().ShouldBe(published.GetProperty("id").GetGuid());
        source.GetProperty("summary").GetString()!.ShouldContain("Red SL");
        var none = await (await mgr.GetAsync($"/api/v1/people/{few}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
        none.GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}
