using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Actions;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Compliance;

/// <summary>The Compliance API: the register, risk, breaches and their confidential routes (SQLite and PostgreSQL).</summary>
public sealed class ComplianceApiTests : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly FrontlineAppFactory _app;

    public ComplianceApiTests(FrontlineAppFactory app)
    {
        _app = app;
        app.Clock.Set(Now);
    }

    private static object Requirement(string citation = "ORG-PROC 7", string? type = "organisational-procedure") => new
    {
        title = "Call-back within one working day",
        type,
        source = "Centre procedures",
        citation,
        summary = "Promised call-backs are made by the end of the next working day.",
        customerEffect = "Customers are called back when we said.",
        colleagueEffect = "Book the call-back on the contact; never promise a time you cannot keep.",
        channels = "phone",
        processes = "call-backs",
        controls = new object[]
        {
            new { kind = "idv-policy", reference = "case-details", label = "ID&V before case details" },
            new { kind = "manual", label = "Daily call-back report", description = "Team leaders check the call-back report at 16:00." },
            new { kind = "complaint-rule-pack", reference = "fca-disp", label = "DISP pack" },
        },
        measures = new object[] { new { kind = "scorecard-pass-rate", threshold = 90, atRiskFrom = 80, reference = "ORG-PROC 7" } },
    };

    [Fact]
    public async Task Register_StarterRegisterIsThere_WithExactCitations_AndControlsThatLink()
    {
        await _app.CreateStaffAsync("comp.reader", ["Agent"]);
        using var agent = await _app.ClientForAsync("comp.reader");
        var list = await (await agent.GetAsync("/api/v1/compliance/requirements")).ReadJsonAsync(HttpStatusCode.OK);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var citations = items.Select(i => i.GetProperty("citation").GetString()).ToList();
        foreach (var expected in new[]
        {
            "FCA DISP 1.4.1R", "FCA DISP 1.5.1R", "FCA DISP 1.6.1R", "FCA DISP 1.6.2R", "FCA DISP 1.9.1R", "FCA DISP 1.10.1R", "PSRs 2017 reg 101",
            "Ofcom GC C4", "SI 2008/1898 reg 4", "FCA PRIN 2A", "FCA FG21/1", "UK GDPR Art 5", "UK GDPR Art 12", "UK GDPR Art 15", "UK GDPR Art 17",
            "UK GDPR Art 33", "DPA 2018 s.170", "PCI DSS v4.0.1 Req 3.3.1", "PCI DSS v4.0.1 Req 3.4.1", "SI 2013/3134 reg 13", "Consumer Rights Act 2015 s.22",
        })
        {
            citations.ShouldContain(expected);
        }

        items.All(i => i.GetProperty("id").GetGuid() != Guid.Empty && i.GetProperty("title").GetString()!.Length > 0 && i.GetProperty("type").GetString()!.Length > 0)
            .ShouldBeTrue();
        var disp = items.Single(i => i.GetProperty("citation").GetString() == "FCA DISP 1.6.2R");
        disp.GetProperty("type").GetString().ShouldBe("regulation");
        var detail = await (await agent.GetAsync($"/api/v1/compliance/requirements/{disp.GetProperty("id").GetGuid()}")).ReadJsonAsync(HttpStatusCode.OK);
        detail.GetProperty("colleagueEffect").GetString()!.ShouldContain("8-week");
        var control = detail.GetProperty("controls").EnumerateArray().First();
        control.GetProperty("kind").GetString().ShouldBe("complaint-rule-pack");
        control.GetProperty("link").GetString().ShouldBe("/complaints/settings");
        detail.GetProperty("measures").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("complaints-resolved-in-time");
        detail.GetProperty("risk").GetProperty("residualScore").GetInt32().ShouldBe(6);

        // Agents read the register but do not change it.
        (await agent.PostAsJsonAsync("/api/v1/compliance/requirements", Requirement())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Requirement_Create_Update_StaleIs409_BadInputIsProblem_NothingSaved()
    {
        var officerId = await _app.CreateStaffAsync("comp.reg", ["ComplianceOfficer"]);
        using var officer = await _app.ClientForAsync("comp.reg");
        var created = await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", Requirement("ORG-PROC 7.1"))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("type").GetString().ShouldBe("organisational-procedure");
        var links = created.GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("link").ValueKind == JsonValueKind.Null ? null : c.GetProperty("link").GetString()).ToList();
        links.ShouldBe(["/customers/idv-policy", null, "/complaints/settings"]);

        var version = created.GetProperty("version").GetInt32();
        var update = new Dictionary<string, object?>
        {
            ["title"] = "Call-back within one working day (revised)", ["type"] = "organisational-procedure", ["source"] = "Centre procedures",
            ["citation"] = "ORG-PROC 7.1", ["summary"] = "s", ["customerEffect"] = "c", ["colleagueEffect"] = "a", ["ownerId"] = officerId,
            ["reviewOn"] = "2027-03-31", ["version"] = version,
        };
        var updated = await (await officer.PutAsJsonAsync($"/api/v1/compliance/requirements/{id}", update)).ReadJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("ownerName").GetString().ShouldBe("Test comp.reg");
        await (await officer.PutAsJsonAsync($"/api/v1/compliance/requirements/{id}", update)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var before = await _app.WithDbAsync(db => db.Set<Requirement>().CountAsync());
        await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", Requirement("X", "bye-law"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", Requirement(""))).ShouldBeValidationProblemAsync("citation");
        await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", new
        {
            title = "t", type = "standard", source = "s", citation = "c", summary = "s", customerEffect = "c", colleagueEffect = "a",
            controls = new object[] { new { kind = "manual", label = "No description" } },
        })).ShouldBeValidationProblemAsync("controls[0].description");
        (await _app.WithDbAsync(db => db.Set<Requirement>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Risk_AssessmentsAreDatedAndKept_HeatMapAndListOrderedByResidualRisk_ScaleOutside1To5Refused()
    {
        await _app.CreateStaffAsync("comp.risk", ["ComplianceOfficer"]);
        using var officer = await _app.ClientForAsync("comp.risk");
        var created = await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", Requirement("ORG-PROC 9"))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var risk = new { implications = "Customers wait; complaints.", inherentLikelihood = 5, inherentImpact = 5, residualLikelihood = 5, residualImpact = 5,
            reasoning = "No control works yet.", version = (int?)created.GetProperty("version").GetInt32() };
        var assessed = await (await officer.PostAsJsonAsync($"/api/v1/compliance/requirements/{id}/risk", risk)).ReadJsonAsync(HttpStatusCode.OK);
        assessed.GetProperty("risk").GetProperty("residualScore").GetInt32().ShouldBe(25);
        assessed.GetProperty("risk").GetProperty("residualRating").GetString().ShouldBe("severe");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var second = await (await officer.PostAsJsonAsync($"/api/v1/compliance/requirements/{id}/risk", risk with
        {
            residualLikelihood = 2, residualImpact = 4, reasoning = "The daily report now catches misses.", version = assessed.GetProperty("version").GetInt32(),
        })).ReadJsonAsync(HttpStatusCode.OK);
        second.GetProperty("risk").GetProperty("residualRating").GetString().ShouldBe("medium");

        var history = await (await officer.GetAsync($"/api/v1/compliance/requirements/{id}/risk-history")).ReadJsonAsync(HttpStatusCode.OK);
        history.GetArrayLength().ShouldBe(2);
        history[0].GetProperty("residualScore").GetInt32().ShouldBe(8);
        history[1].GetProperty("residualScore").GetInt32().ShouldBe(25);

        await (await officer.PostAsJsonAsync($"/api/v1/compliance/requirements/{id}/risk", risk with { inherentLikelihood = 6, version = (int?)null }))
            .ShouldBeValidationProblemAsync("inherentLikelihood");
        await (await officer.PostAsJsonAsync($"/api/v1/compliance/requirements/{id}/risk", risk with { residualImpact = 0, version = (int?)null }))
            .ShouldBeValidationProblemAsync("residualImpact");
        await (await officer.PostAsJsonAsync($"/api/v1/compliance/requirements/{id}/risk", risk with { version = (int?)1 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var map = await (await officer.GetAsync("/api/v1/compliance/risk/heat-map")).ReadJsonAsync(HttpStatusCode.OK);
        map.GetProperty("cells").GetArrayLength().ShouldBe(25);
        var cell = map.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("likelihood").GetInt32() == 2 && c.GetProperty("impact").GetInt32() == 4);
        cell.GetProperty("citations").EnumerateArray().Select(c => c.GetString()).ShouldContain("ORG-PROC 9");
        var ordered = map.GetProperty("byResidualRisk").EnumerateArray().Select(r => r.GetProperty("residualScore").ValueKind == JsonValueKind.Null ? -1
            : r.GetProperty("residualScore").GetInt32()).ToList();
        ordered.ShouldBe([.. ordered.OrderByDescending(s => s)]);
    }

    private sealed record Cast(Guid RequirementId, Guid Agent, Guid Leader, Guid Team);

    private async Task<Cast> CastAsync(string prefix)
    {
        var (team, leader, agent) = await _app.TeamAsync(prefix);
        var requirementId = await _app.WithDbAsync(db => db.Set<Requirement>().Where(r => r.Citation == "DPA 2018 s.170").Select(r => r.Id).SingleAsync());
        return new Cast(requirementId, agent, leader, team);
    }

    [Fact]
    public async Task Breach_PersonalData_IcoDueIn72Hours_RoutedToDisciplinary_IsConfidentialForEveryRole()
    {
        var cast = await CastAsync("comp.conf");
        await _app.CreateStaffAsync("comp.conf.co", ["ComplianceOfficer"]);
        var roles = new[] { "Agent", "TeamLeader", "QualityAnalyst", "ComplaintsHandler", "Trainer", "Administrator" };
        foreach (var role in roles)
        {
            await _app.CreateStaffAsync($"comp.conf.x.{role.ToLowerInvariant()}", [role]);
        }

        await _app.CreateStaffAsync("comp.conf.mgr", ["Manager"]);
        using var officer = await _app.ClientForAsync("comp.conf.co");
        var breach = await (await officer.PostAsJsonAsync("/api/v1/compliance/breaches", new
        {
            requirementId = cast.RequirementId, staffIds = new[] { cast.Agent }, occurredAt = "2026-12-06T14:00:00Z", detectedAt = "2026-12-07T09:30:00Z",
            detectedBy = "complaint", description = "Account balance given to a caller who failed ID&V.", severity = "high", personalDataBreach = true,
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = breach.GetProperty("id").GetGuid();
        breach.GetProperty("icoNotificationDueAt").GetDateTime().ShouldBe(new DateTime(2026, 12, 10, 9, 30, 0, DateTimeKind.Utc));
        breach.GetProperty("status").GetString().ShouldBe("open");

        // Before routing: analysts and administrators see it; an unrelated agent does not.
        using (var qa = await _app.ClientForAsync("comp.conf.x.qualityanalyst"))
        {
            (await qa.GetAsync($"/api/v1/compliance/breaches/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var routed = await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/route", new { route = "disciplinary" })).ReadJsonAsync(HttpStatusCode.OK);
        routed.GetProperty("confidential").GetBoolean().ShouldBeTrue();
        routed.GetProperty("nextStage").GetString().ShouldBe("investigation");

        foreach (var role in roles)
        {
            using var other = await _app.ClientForAsync($"comp.conf.x.{role.ToLowerInvariant()}");
            await (await other.GetAsync($"/api/v1/compliance/breaches/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            (await (await other.GetAsync("/api/v1/compliance/breaches")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Select(b => b.GetProperty("id").GetGuid()).ShouldNotContain(id, role);
            await (await other.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/stages", new { stage = "investigation", on = "2026-12-07", notes = "x" }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        foreach (var allowed in new[] { "comp.conf.agent", "comp.conf.tl", "comp.conf.mgr", "comp.conf.co" })
        {
            using var client = await _app.ClientForAsync(allowed);
            (await client.GetAsync($"/api/v1/compliance/breaches/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK, allowed);
        }

        // The audit trail keeps the entries, but shows them only inside the rule (an administrator reads the audit, not these).
        using (var admin = await _app.ClientForAsync("comp.conf.x.administrator"))
        {
            (await (await admin.GetAsync($"/api/v1/audit?entityType=Breach&entityId={id}")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
            (await (await admin.GetAsync("/api/v1/audit?limit=1000")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Any(e => e.GetProperty("entityId").GetString() == id.ToString()).ShouldBeFalse();
        }

        (await (await officer.GetAsync($"/api/v1/audit?entityType=Breach&entityId={id}")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBeGreaterThan(1);

        // The person concerned and their line manager were told why.
        var told = await _app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Kind == "breach-routed").Select(n => n.RecipientId).ToListAsync());
        told.ShouldContain(cast.Agent);
        told.ShouldContain(cast.Leader);
    }

    [Fact]
    public async Task Disciplinary_StagesInOrder_DecisionNeedsReasons_AppealHeardBySomeoneNew_ActionRaised_Closed()
    {
        var cast = await CastAsync("comp.disc");
        var officerId = await _app.CreateStaffAsync("comp.disc.co", ["ComplianceOfficer"]);
        var appealManager = await _app.CreateStaffAsync("comp.disc.mgr", ["Manager"]);
        using var officer = await _app.ClientForAsync("comp.disc.co");
        var id = (await (await officer.PostAsJsonAsync("/api/v1/compliance/breaches", new
        {
            requirementId = cast.RequirementId, staffIds = new[] { cast.Agent }, occurredAt = "2026-12-01T10:00:00Z", detectedAt = "2026-12-02T10:00:00Z",
            detectedBy = "audit", description = "Looked up a neighbour's account with no business reason.", severity = "critical",
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/stages", new { stage = "investigation", on = "2026-12-03", notes = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/route", new { route = "disciplinary" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        string Url(string path = "stages") => $"/api/v1/compliance/breaches/{id}/{path}";
        await (await officer.PostAsJsonAsync(Url(), new { stage = "meeting", on = "2026-12-03", notes = "Too early" })).ShouldBeValidationProblemAsync("stage");
        (await officer.PostAsJsonAsync(Url(), new { stage = "investigation", on = "2026-12-03", notes = "Audit log shows 4 look-ups; admitted." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await officer.PostAsJsonAsync(Url(), new { stage = "written-notice", on = "2026-12-02", notes = "Meeting on 8 Dec." })).ShouldBeValidationProblemAsync("on");
        (await officer.PostAsJsonAsync(Url(), new { stage = "written-notice", on = "2026-12-04", notes = "Invited to a meeting on 8 Dec at 10:00." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await officer.GetAsync(Url("notice.pdf"));
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync())[..4].ShouldBe("%PDF"u8.ToArray());
        (await officer.PostAsJsonAsync(Url(), new { stage = "meeting", on = "2026-12-08", companion = "J. Smith (union rep)", notes = "Agent explained." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await officer.PostAsJsonAsync(Url(), new { stage = "decision", on = "2026-12-09", outcome = "final-written-warning" })).ShouldBeValidationProblemAsync("reasons");
        await (await officer.PostAsJsonAsync(Url(), new { stage = "decision", on = "2026-12-09", outcome = "final-written-warning", reasons = "Deliberate." }))
            .ShouldBeValidationProblemAsync("warningExpiresOn");
        await (await officer.PostAsJsonAsync(Url(), new { stage = "decision", on = "2026-12-09", outcome = "upheld", reasons = "Deliberate." }))
            .ShouldBeValidationProblemAsync("outcome");
        var decided = await (await officer.PostAsJsonAsync(Url(), new
        {
            stage = "decision", on = "2026-12-09", outcome = "final-written-warning", reasons = "Deliberate access without reason.", warningExpiresOn = "2027-12-09",
        })).ReadJsonAsync(HttpStatusCode.OK);
        decided.GetProperty("nextStage").GetString().ShouldBe("appeal");
        await (await officer.PostAsJsonAsync(Url(), new { stage = "appeal", on = "2026-12-15", heardById = officerId, outcome = "not-upheld", reasons = "r" }))
            .ShouldBeValidationProblemAsync("heardById");
        var appealed = await (await officer.PostAsJsonAsync(Url(), new
        {
            stage = "appeal", on = "2026-12-15", heardById = appealManager, outcome = "not-upheld", reasons = "The warning stands.",
        })).ReadJsonAsync(HttpStatusCode.OK);
        appealed.GetProperty("procedure").GetArrayLength().ShouldBe(5);
        appealed.GetProperty("procedure")[4].GetProperty("heardBy").GetProperty("name").GetString().ShouldBe("Test comp.disc.mgr");
        appealed.GetProperty("nextStage").ValueKind.ShouldBe(JsonValueKind.Null);
        var version = appealed.GetProperty("version").GetInt32();
        await (await officer.PostAsJsonAsync(Url(), new { stage = "appeal", on = "2026-12-16", heardById = appealManager, outcome = "upheld", reasons = "again" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Remediation through the improvement-action register; put right and root cause recorded; stale edits 409.
        var withAction = await (await officer.PostAsJsonAsync(Url("actions"), new
        {
            title = "Monthly audit of look-ups without a contact", ownerId = officerId, dueOn = "2027-01-31",
        })).ReadJsonAsync(HttpStatusCode.Created);
        withAction.GetProperty("actions").EnumerateArray().Single().GetProperty("title").GetString().ShouldBe("Monthly audit of look-ups without a contact");
        (await _app.WithDbAsync(db => db.Set<ImprovementAction>().CountAsync(a => a.SourceKind == ActionSourceKind.Breach && a.SourceId == id.ToString()))).ShouldBe(1);
        var patched = await (await officer.PatchAsJsonAsync($"/api/v1/compliance/breaches/{id}", new
        {
            rootCause = "No alert on look-ups without a contact.", customersAffected = 1, customerRedress = "Apology letter.", version,
        })).ReadJsonAsync(HttpStatusCode.OK);
        patched.GetProperty("rootCause").GetString().ShouldBe("No alert on look-ups without a contact.");
        await (await officer.PatchAsJsonAsync($"/api/v1/compliance/breaches/{id}", new { rootCause = "x", version })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await officer.PostAsync(Url("close"), null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("closed");
    }

    [Fact]
    public async Task Breach_BadInput_IsProblem_AndNothingSaved()
    {
        var cast = await CastAsync("comp.bad");
        await _app.CreateStaffAsync("comp.bad.co", ["ComplianceOfficer"]);
        using var officer = await _app.ClientForAsync("comp.bad.co");
        var before = await _app.WithDbAsync(db => db.Set<Breach>().CountAsync());
        var good = new Dictionary<string, object?>
        {
            ["requirementId"] = cast.RequirementId, ["staffIds"] = new[] { cast.Agent }, ["occurredAt"] = "2026-12-01T10:00:00Z",
            ["detectedAt"] = "2026-12-02T10:00:00Z", ["detectedBy"] = "self-report", ["description"] = "d", ["severity"] = "low",
        };
        await (await officer.PostAsJsonAsync("/api/v1/compliance/breaches", new Dictionary<string, object?>(good) { ["requirementId"] = Guid.NewGuid() }))
            .ShouldBeValidationProblemAsync("requirementId");
        await (await officer.PostAsJsonAsync("/api/v1/compliance/breaches", new Dictionary<string, object?>(good) { ["detectedAt"] = "2026-11-30T10:00:00Z" }))
            .ShouldBeValidationProblemAsync("detectedAt");
        await (await officer.PostAsJsonAsync("/api/v1/compliance/breaches", new Dictionary<string, object?>(good) { ["severity"] = "huge" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await officer.PostAsJsonAsync("/api/v1/compliance/breaches", new Dictionary<string, object?>(good) { ["description"] = " " }))
            .ShouldBeValidationProblemAsync("description");
        (await _app.WithDbAsync(db => db.Set<Breach>().CountAsync())).ShouldBe(before);
        using var agent = await _app.ClientForAsync("comp.bad.agent");
        (await agent.PostAsJsonAsync("/api/v1/compliance/breaches", good)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task QaComplianceCriticalFailure_RaisesSuspectedBreach_OfficerConfirmsOrDismissesWithReason()
    {
        var p = await _app.PeopleAsync("comp.qa");
        await _app.CreateStaffAsync("comp.qa.co", ["ComplianceOfficer"]);
        using var analyst = await _app.ClientForAsync("comp.qa.qa");
        using var officer = await _app.ClientForAsync("comp.qa.co");
        var card = await analyst.PublishedCardAsync("Compliance link card");
        var first = await _app.ContactAsync(p.AgentA, p.TeamA);
        var evaluation = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, first, cardNumber: "no")))
            .ReadJsonAsync(HttpStatusCode.Created);
        var evaluationId = evaluation.GetProperty("id").GetGuid();
        var suspected = (await (await officer.GetAsync("/api/v1/compliance/breaches?status=suspected")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(b => b.GetProperty("staff")[0].GetProperty("id").GetGuid() == p.AgentA);
        suspected.GetProperty("detectedBy").GetString().ShouldBe("qa-evaluation");
        suspected.GetProperty("requirementCitation").GetString()!.ShouldStartWith("PCI DSS");
        var id = suspected.GetProperty("id").GetGuid();
        var detail = await (await officer.GetAsync($"/api/v1/compliance/breaches/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        detail.GetProperty("evaluationId").GetGuid().ShouldBe(evaluationId);
        detail.GetProperty("sourceLink").GetString().ShouldBe($"/quality/evaluations/{evaluationId}");
        (await _app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.Kind == "breach-suspected" && n.Link == $"/compliance/breaches/{id}"))).ShouldBeGreaterThan(0);

        // Cannot route before it is confirmed; dismissing needs a reason.
        await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/route", new { route = "coaching" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/decision", new { confirm = false })).ShouldBeValidationProblemAsync("reason");
        (await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/decision", new { confirm = true })).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("open");
        var coached = await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/route", new { route = "coaching", coachingNeed = "Payment line transfer" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        coached.GetProperty("coachingNeed").GetString().ShouldBe("Payment line transfer");
        coached.GetProperty("confidential").GetBoolean().ShouldBeFalse();
        // The coaching route reaches People & development as the agent's development need, with the breach as its evidence.
        using (var manager = await _app.AdminAsync())
        {
            var needs = await (await manager.GetAsync($"/api/v1/people/{p.AgentA}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
            var source = needs.GetProperty("items").EnumerateArray().SelectMany(n => n.GetProperty("sources").EnumerateArray())
                .Single(s => s.GetProperty("recordId").GetGuid() == id);
            source.GetProperty("kind").GetString().ShouldBe("breach");
            source.GetProperty("summary").GetString().ShouldBe("Payment line transfer");
        }

        await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{id}/decision", new { confirm = false, reason = "late" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // A second failure, dismissed with a reason.
        var second = await _app.ContactAsync(p.AgentB, p.TeamB);
        (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, second, cardNumber: "no"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = (await (await officer.GetAsync("/api/v1/compliance/breaches?status=suspected")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(b => b.GetProperty("staff")[0].GetProperty("id").GetGuid() == p.AgentB).GetProperty("id").GetGuid();
        var dismissed = await (await officer.PostAsJsonAsync($"/api/v1/compliance/breaches/{other}/decision", new { confirm = false, reason = "The number read out was a reference." }))
            .ReadJsonAsync(HttpStatusCode.OK);
        dismissed.GetProperty("status").GetString().ShouldBe("dismissed");
        dismissed.GetProperty("decisionReason").GetString().ShouldBe("The number read out was a reference.");
    }

    [Fact]
    public async Task RegulatoryChange_FlagsEveryLinkedItemForItsOwner_DueBeforeEffectiveDate_TrackedToDone()
    {
        var ownerId = await _app.CreateStaffAsync("comp.chg.owner", ["TeamLeader"]);
        await _app.CreateStaffAsync("comp.chg.co", ["ComplianceOfficer"]);
        await _app.CreateStaffAsync("comp.chg.other", ["TeamLeader"]);
        using var officer = await _app.ClientForAsync("comp.chg.co");
        var requirement = await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", new
        {
            title = "Complaint acknowledgements", type = "regulation", source = "FCA Handbook", citation = "ORG-CHG 1", summary = "s", customerEffect = "c",
            colleagueEffect = "a", ownerId,
            controls = new object[]
            {
                new { kind = "complaint-rule-pack", reference = "fca-disp", label = "DISP pack" },
                new { kind = "communication-procedure", reference = "procedures/ack-letter", label = "Acknowledgement letter procedure" },
            },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var requirementId = requirement.GetProperty("id").GetGuid();

        await (await officer.PostAsJsonAsync("/api/v1/compliance/regulatory-changes", new { source = "FCA PS25/19", summary = "s", effectiveOn = "2027-01-31" }))
            .ShouldBeValidationProblemAsync("requirementIds");
        await (await officer.PostAsJsonAsync("/api/v1/compliance/regulatory-changes", new
        {
            source = "", summary = "s", effectiveOn = "2027-01-31", requirementIds = new[] { requirementId },
        })).ShouldBeValidationProblemAsync("source");
        var change = await (await officer.PostAsJsonAsync("/api/v1/compliance/regulatory-changes", new
        {
            source = "FCA PS25/19", summary = "Acknowledgements must state the response timetable.", effectiveOn = "2027-01-31", requirementIds = new[] { requirementId },
        })).ReadJsonAsync(HttpStatusCode.Created);
        change.GetProperty("reviewsOpen").GetInt32().ShouldBe(2);
        var reviews = change.GetProperty("reviews").EnumerateArray().ToList();
        reviews.Select(r => r.GetProperty("itemLabel").GetString()).ShouldBe(["DISP pack", "Acknowledgement letter procedure"], ignoreOrder: true);
        reviews.ShouldAllBe(r => r.GetProperty("ownerId").GetGuid() == ownerId && r.GetProperty("dueOn").GetString() == "2027-01-17");
        reviews.Single(r => r.GetProperty("itemKind").GetString() == "communication-procedure").GetProperty("itemLink").GetString()
            .ShouldBe("/communications/procedures"); // not an id: the procedures list, never a page that 404s
        (await (await officer.GetAsync($"/api/v1/compliance/requirements/{requirementId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("under-review");
        (await _app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.RecipientId == ownerId && n.Kind == "change-review"))).ShouldBe(1);

        // The owner sees their reviews; someone else sees none of them and cannot complete them.
        using var owner = await _app.ClientForAsync("comp.chg.owner");
        var mine = await (await owner.GetAsync("/api/v1/compliance/reviews?status=open")).ReadJsonAsync(HttpStatusCode.OK);
        mine.GetArrayLength().ShouldBe(2);
        using var other = await _app.ClientForAsync("comp.chg.other");
        (await (await other.GetAsync("/api/v1/compliance/reviews")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
        var first = mine[0].GetProperty("id").GetGuid();
        var second = mine[1].GetProperty("id").GetGuid();
        await (await other.PostAsJsonAsync($"/api/v1/compliance/reviews/{first}/complete", new { outcome = "reviewed-no-change" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsJsonAsync($"/api/v1/compliance/reviews/{first}/complete", new { outcome = "updated" })).ShouldBeValidationProblemAsync("newVersionLink");
        var done = await (await owner.PostAsJsonAsync($"/api/v1/compliance/reviews/{first}/complete", new { outcome = "updated", newVersionLink = "/complaints/settings" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("updated");
        await (await owner.PostAsJsonAsync($"/api/v1/compliance/reviews/{first}/complete", new { outcome = "reviewed-no-change" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await owner.PostAsJsonAsync($"/api/v1/compliance/reviews/{second}/complete", new { outcome = "reviewed-no-change", notes = "Already says it." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await officer.GetAsync($"/api/v1/compliance/requirements/{requirementId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("active");
        var dashboard = await (await officer.GetAsync("/api/v1/compliance/regulatory-changes")).ReadJsonAsync(HttpStatusCode.OK);
        var coming = dashboard.GetProperty("coming").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == change.GetProperty("id").GetGuid());
        coming.GetProperty("reviewsDone").GetInt32().ShouldBe(2);
        coming.GetProperty("reviewsOpen").GetInt32().ShouldBe(0);
    }
}
