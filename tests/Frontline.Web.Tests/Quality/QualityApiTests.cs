using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Platform.Notifications;
using Frontline.Domain.Quality;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Quality;

/// <summary>The Quality API: contract, scoring, scope, bad input, the dispute flow and concurrency (SQLite and PostgreSQL).</summary>
public sealed class QualityApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Scorecard_Create201_WithIdsInOrder_Publish200_ThenEditingMakesVersion2_AndVersion1NeverChanges()
    {
        await app.CreateStaffAsync("sc.qa", ["QualityAnalyst"], null, 4);
        using var analyst = await app.ClientForAsync("sc.qa");
        var response = await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", QualityTestData.Card("Contract card"));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/quality/scorecards/{created.GetProperty("id").GetGuid()}");
        created.GetProperty("version").GetInt32().ShouldBe(1);
        created.GetProperty("status").GetString().ShouldBe("draft");
        var sections = created.GetProperty("sections").EnumerateArray().ToList();
        sections.Select(s => s.GetProperty("name").GetString()).ShouldBe(["Main", "Compliance"]);
        sections[0].GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("text").GetString()).ShouldBe(["Greeting", "Rapport"]);
        sections[0].GetProperty("criteria")[1].GetProperty("kind").GetString().ShouldBe("scale");
        sections[1].GetProperty("criteria")[0].GetProperty("critical").GetString().ShouldBe("compliance");
        sections.SelectMany(s => s.GetProperty("criteria").EnumerateArray()).ShouldAllBe(c => c.GetProperty("id").GetGuid() != Guid.Empty);
        var id = created.GetProperty("id").GetGuid();

        var published = await (await analyst.PostAsync($"/api/v1/quality/scorecards/{id}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        published.GetProperty("status").GetString().ShouldBe("published");
        await (await analyst.PostAsync($"/api/v1/quality/scorecards/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Editing a published scorecard makes draft version 2; version 1 is untouched.
        var edited = JsonSerializer.Deserialize<JsonElement>(JsonSerializer.Serialize(QualityTestData.Card("Contract card v2")));
        var v2 = await (await analyst.PutAsJsonAsync($"/api/v1/quality/scorecards/{id}/draft", edited)).ReadJsonAsync(HttpStatusCode.OK);
        v2.GetProperty("version").GetInt32().ShouldBe(2);
        v2.GetProperty("status").GetString().ShouldBe("draft");
        var v1 = await (await analyst.GetAsync($"/api/v1/quality/scorecards/{id}?version=1")).ReadJsonAsync(HttpStatusCode.OK);
        v1.GetProperty("name").GetString().ShouldBe("Contract card");
        v1.GetProperty("status").GetString().ShouldBe("published");

        // Stale revision: 409.
        await (await analyst.PostAsJsonAsync($"/api/v1/quality/scorecards/{id}/publish", new { revision = 0 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var list = await (await analyst.GetAsync("/api/v1/quality/scorecards?q=contract&sort=-name&pageSize=10")).ReadJsonAsync(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("page").GetInt32().ShouldBe(1);
        list.GetProperty("pageSize").GetInt32().ShouldBe(10);
        list.GetProperty("items")[0].GetProperty("publishedVersion").GetInt32().ShouldBe(1);
        await (await analyst.GetAsync("/api/v1/quality/scorecards?pageSize=201")).ShouldBeValidationProblemAsync("pageSize");
    }

    [Fact]
    public async Task Scorecard_BadInput_WeightsNotPositiveOrNotNumbers_NoCriteria_AgentForbidden_NothingSaved()
    {
        await app.CreateStaffAsync("bad.qa", ["QualityAnalyst"], null, 4);
        await app.CreateStaffAsync("bad.agent", ["Agent"]);
        using var analyst = await app.ClientForAsync("bad.qa");
        var before = await app.WithDbAsync(db => db.Set<Scorecard>().CountAsync());

        object Card(object sectionWeight, object criterionWeight, bool withCriteria = true) => new
        {
            name = "Bad card", channels = new[] { "phone" },
            sections = new object[]
            {
                new { name = "S", weight = sectionWeight, criteria = withCriteria ? new object[] { new { text = "A", kind = "yes-no", weight = criterionWeight, allowNa = false } } : [] },
            },
        };

        await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", Card(0, 1))).ShouldBeValidationProblemAsync("sections[0].weight");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", Card(1, -2))).ShouldBeValidationProblemAsync("sections[0].criteria[0].weight");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", Card("heavy", 1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", Card(1, 1, withCriteria: false))).ShouldBeValidationProblemAsync("sections");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", new { name = "Empty", channels = new[] { "phone" }, sections = Array.Empty<object>() }))
            .ShouldBeValidationProblemAsync("sections");
        using var agent = await app.ClientForAsync("bad.agent");
        (await agent.PostAsJsonAsync("/api/v1/quality/scorecards", Card(1, 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.Set<Scorecard>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Evaluation_Create201_ScoredByTheRule_AgentSeesOwnOnly_TeamLeaderTheirTeam_Others404()
    {
        var p = await app.PeopleAsync("scope");
        using var analyst = await app.ClientForAsync("scope.qa");
        var card = await analyst.PublishedCardAsync("Scope card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);

        var response = await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact, greeting: "no", rapport: 3));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        // Main = (1×0 + 1×3/4) ÷ 2 = 0.375; Compliance = 1; (2×0.375 + 1) ÷ 3 × 100 = 58.33.
        created.Score().ShouldBe(58.33m);
        created.Score("scoreBeforeCritical").ShouldBe(58.33m);
        created.GetProperty("band").GetString().ShouldBe("unsatisfactory");
        created.GetProperty("criticalFailed").GetArrayLength().ShouldBe(0);
        created.GetProperty("status").GetString().ShouldBe("submitted");
        created.GetProperty("developmentAreas").EnumerateArray().Select(a => a.GetString()).ShouldBe(["rapport-empathy", "listening"]);
        created.GetProperty("answers")[0].GetProperty("comment").GetString().ShouldBe("Opening at 00:03");
        var id = created.GetProperty("id").GetGuid();

        using var agentA = await app.ClientForAsync("scopea.agent");
        using var agentB = await app.ClientForAsync("scopeb.agent");
        using var leaderA = await app.ClientForAsync("scopea.tl");
        using var leaderB = await app.ClientForAsync("scopeb.tl");
        using var trainer = await app.ClientForAsync("scope.trainer");
        (await agentA.GetAsync($"/api/v1/quality/evaluations/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leaderA.GetAsync($"/api/v1/quality/evaluations/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agentB.GetAsync($"/api/v1/quality/evaluations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await leaderB.GetAsync($"/api/v1/quality/evaluations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await trainer.GetAsync($"/api/v1/quality/evaluations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await agentA.GetAsync("/api/v1/quality/evaluations")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(1);
        (await (await agentB.GetAsync("/api/v1/quality/evaluations")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);
        (await (await leaderB.GetAsync("/api/v1/quality/evaluations")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);

        // A team leader evaluating a contact outside their team: 404; the agent cannot evaluate at all: 403.
        await (await leaderB.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await agentB.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The record beside the evaluation: the contact's timings, notes, outcome and recording reference.
        var record = await (await analyst.GetAsync($"/api/v1/quality/records?contactId={contact}")).ReadJsonAsync(HttpStatusCode.OK);
        record.GetProperty("contact").GetProperty("externalReference").GetString().ShouldBe("REC-0042");
        record.GetProperty("agentId").GetGuid().ShouldBe(p.AgentA);
    }

    [Fact]
    public async Task Evaluation_CriticalFailure_ScoresZero_BandFail_FlagsCompliance()
    {
        var p = await app.PeopleAsync("crit");
        using var analyst = await app.ClientForAsync("crit.qa");
        var card = await analyst.PublishedCardAsync("Critical card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);
        var created = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact, rapport: "na", cardNumber: "no")))
            .ReadJsonAsync(HttpStatusCode.Created);
        created.Score().ShouldBe(0m);
        created.Score("scoreBeforeCritical").ShouldBe(66.67m); // Main 1 (rapport n/a), Compliance 0: 2 ÷ 3.
        created.GetProperty("band").GetString().ShouldBe("fail");
        created.GetProperty("criticalFailed").EnumerateArray().Select(c => c.GetGuid()).ShouldBe([card.CardNumber]);
        created.GetProperty("complianceCriticalFailed").GetBoolean().ShouldBeTrue();
        var failed = await (await analyst.GetAsync("/api/v1/quality/evaluations?complianceFailed=true")).ReadJsonAsync(HttpStatusCode.OK);
        failed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(created.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Evaluation_BadAnswers_AreRefusedNamingTheField_NothingSaved()
    {
        var p = await app.PeopleAsync("badev");
        using var analyst = await app.ClientForAsync("badev.qa");
        var card = await analyst.PublishedCardAsync("Bad answers card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);

        object With(object answer) => new { scorecardId = card.Id, contactId = contact, answers = new[] { answer }, submit = false };
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", With(new { criterionId = Guid.NewGuid(), value = "yes" })))
            .ShouldBeValidationProblemAsync("answers[0].criterionId");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", With(new { criterionId = card.Rapport, value = 5 })))
            .ShouldBeValidationProblemAsync("answers[0].value");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", With(new { criterionId = card.Greeting, value = "na" })))
            .ShouldBeValidationProblemAsync("answers[0].value");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", With(new { criterionId = card.Greeting, value = "maybe" })))
            .ShouldBeValidationProblemAsync("answers[0].value");
        // Submitting with a criterion unanswered.
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", new
        {
            scorecardId = card.Id, contactId = contact, answers = new[] { new { criterionId = card.Greeting, value = "yes" } }, submit = true,
        })).ShouldBeValidationProblemAsync("answers");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations",
            new { scorecardId = card.Id, contactId = contact, answers = Array.Empty<object>(), developmentAreas = new[] { "juggling" }, submit = false }))
            .ShouldBeValidationProblemAsync("developmentAreas");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Set<Evaluation>().CountAsync(x => x.ContactId == contact))).ShouldBe(0);
    }

    [Fact]
    public async Task Dispute_Once_EvaluatorCannotArbitrate_TeamLeaderUpholds_ScoreRecomputed_HistoryKept()
    {
        var p = await app.PeopleAsync("disp");
        using var analyst = await app.ClientForAsync("disp.qa");
        var card = await analyst.PublishedCardAsync("Dispute card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);
        var evaluation = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact, greeting: "no", rapport: 2)))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = evaluation.GetProperty("id").GetGuid();
        evaluation.Score().ShouldBe(50m); // Main (0 + 0.5) ÷ 2 = 0.25; (0.5 + 1) ÷ 3.

        using var agent = await app.ClientForAsync("dispa.agent");
        using var otherAgent = await app.ClientForAsync("dispb.agent");
        await (await otherAgent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/disputes", new { criterionIds = new[] { card.Greeting }, reason = "Not mine" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/disputes", new { criterionIds = new[] { card.Greeting }, reason = "" }))
            .ShouldBeValidationProblemAsync("reason");
        var dispute = await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/disputes",
            new { criterionIds = new[] { card.Greeting }, reason = "I greeted the customer at 00:03." })).ReadJsonAsync(HttpStatusCode.Created);
        var disputeId = dispute.GetProperty("id").GetGuid();
        dispute.GetProperty("status").GetString().ShouldBe("open");
        await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/disputes", new { criterionIds = new[] { card.Rapport }, reason = "And this" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // The evaluator never arbitrates their own evaluation; another team's leader cannot see it.
        (await (await analyst.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision", new { outcome = "rejected", reason = "Stands" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("dispute.own-evaluation");
        using var leaderB = await app.ClientForAsync("dispb.tl");
        await (await leaderB.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision", new { outcome = "rejected", reason = "No" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var leader = await app.ClientForAsync("dispa.tl");
        await (await leader.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision", new { outcome = "maybe", reason = "Hmm" }))
            .ShouldBeValidationProblemAsync("outcome");
        await (await leader.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision",
            new { outcome = "upheld", reason = "Greeting heard", answers = new[] { new { criterionId = card.Rapport, value = (object)4 } } }))
            .ShouldBeValidationProblemAsync("answers");
        await (await leader.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision",
            new { outcome = "upheld", reason = "Greeting heard", version = 0, answers = new[] { new { criterionId = card.Greeting, value = "yes" } } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var decided = await (await leader.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision",
            new { outcome = "upheld", reason = "The greeting is at 00:03.", answers = new[] { new { criterionId = card.Greeting, value = "yes" } } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        decided.Score().ShouldBe(83.33m); // Main (1 + 0.5) ÷ 2 = 0.75; (1.5 + 1) ÷ 3.
        decided.GetProperty("status").GetString().ShouldBe("arbitrated");
        var recorded = decided.GetProperty("disputes")[0];
        recorded.GetProperty("status").GetString().ShouldBe("upheld");
        recorded.GetProperty("scoreBefore").GetDecimal().ShouldBe(50m);
        recorded.GetProperty("scoreAfter").GetDecimal().ShouldBe(83.33m);
        recorded.GetProperty("changes")[0].GetProperty("from").GetString().ShouldBe("no");
        recorded.GetProperty("changes")[0].GetProperty("to").GetString().ShouldBe("yes");
        decided.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString())
            .ShouldBe(["created", "submitted", "disputed", "dispute-upheld"]);
        await (await leader.PostAsJsonAsync($"/api/v1/quality/disputes/{disputeId}/decision", new { outcome = "rejected", reason = "Again" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await agent.GetAsync($"/api/v1/quality/evaluations/{id}")).ReadJsonAsync(HttpStatusCode.OK)).Score().ShouldBe(83.33m);

        // The agent was told twice (shared, then decided), each naming the rule; the team leader was told of the dispute.
        var inbox = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.RecipientId == p.AgentA || n.RecipientId == p.LeaderA)
            .Select(n => new { n.RecipientId, n.Reason }).ToListAsync());
        inbox.Where(n => n.RecipientId == p.AgentA).Select(n => n.Reason).Order().ShouldBe(["you are the agent evaluated", "you raised the dispute"]);
        inbox.Where(n => n.RecipientId == p.LeaderA).Select(n => n.Reason).ShouldBe(["you lead the team of the agent who disputed"]);
    }

    [Fact]
    public async Task Acknowledge_ByTheAgentOnly_StaleVersionIs409_AndDraftsAreEditedBeforeSubmitting()
    {
        var p = await app.PeopleAsync("ack");
        using var analyst = await app.ClientForAsync("ack.qa");
        var card = await analyst.PublishedCardAsync("Ack card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);
        var draft = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact, submit: false)))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("draft");
        var version = draft.GetProperty("version").GetInt32();
        using var agent = await app.ClientForAsync("acka.agent");
        // A draft is not shared with the agent.
        await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/acknowledge", new { comment = "Seen" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var submitted = await (await analyst.PatchAsJsonAsync($"/api/v1/quality/evaluations/{id}", new { version, submit = true, method = "call-listening" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        submitted.GetProperty("method").GetString().ShouldBe("call-listening");
        await (await analyst.PatchAsJsonAsync($"/api/v1/quality/evaluations/{id}", new { version, strengths = "Late edit" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        using var leader = await app.ClientForAsync("acka.tl");
        await (await leader.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/acknowledge", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/acknowledge", new { comment = "Seen", version = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var acknowledged = await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/acknowledge", new { comment = "Thanks, I will use the name more." }))
            .ReadJsonAsync(HttpStatusCode.OK);
        acknowledged.GetProperty("status").GetString().ShouldBe("acknowledged");
        acknowledged.GetProperty("agentComment").GetString().ShouldBe("Thanks, I will use the name more.");
        await (await agent.PostAsJsonAsync($"/api/v1/quality/evaluations/{id}/disputes", new { criterionIds = new[] { card.Greeting }, reason = "Late" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Calibration_BlindUntilAllScore_ThenSpreadAndDeviationFromReference_AndAlignmentOverTime()
    {
        var p = await app.PeopleAsync("cal");
        var second = await app.CreateStaffAsync("cal.qa2", ["QualityAnalyst"], null, 4);
        using var lead = await app.ClientForAsync("cal.qa");
        using var other = await app.ClientForAsync("cal.qa2");
        using var leader = await app.ClientForAsync("cala.tl");
        var card = await lead.PublishedCardAsync("Calibration card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);
        var session = await (await lead.PostAsJsonAsync("/api/v1/quality/calibrations", new
        {
            title = "December calibration", contactId = contact, scorecardId = card.Id, evaluatorIds = new[] { p.Analyst, second, p.LeaderA },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = session.GetProperty("id").GetGuid();
        object Answers(string greeting, object rapport) => new
        {
            answers = new object[]
            {
                new { criterionId = card.Greeting, value = greeting }, new { criterionId = card.Rapport, value = rapport },
                new { criterionId = card.CardNumber, value = "yes" },
            },
        };

        (await (await lead.PostAsJsonAsync($"/api/v1/quality/calibrations/{id}/scores", Answers("yes", 4))).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("spread").ValueKind.ShouldBe(JsonValueKind.Null);
        var blind = await (await other.GetAsync($"/api/v1/quality/calibrations/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        blind.GetProperty("participants").EnumerateArray().ShouldAllBe(x => x.GetProperty("score").ValueKind == JsonValueKind.Null);
        await (await other.PostAsJsonAsync($"/api/v1/quality/calibrations/{id}/close", new { agreedOutcome = "Too early" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostAsJsonAsync($"/api/v1/quality/calibrations/{id}/scores", Answers("no", 2))).ReadJsonAsync(HttpStatusCode.OK);
        var revealed = await (await leader.PostAsJsonAsync($"/api/v1/quality/calibrations/{id}/scores", Answers("yes", 2))).ReadJsonAsync(HttpStatusCode.OK);
        revealed.GetProperty("status").GetString().ShouldBe("revealed");
        var greeting = revealed.GetProperty("spread").EnumerateArray().Single(s => s.GetProperty("text").GetString() == "Greeting");
        greeting.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("value").GetString()).Order().ShouldBe(["no", "yes", "yes"]);
        greeting.GetProperty("distinct").GetInt32().ShouldBe(2);

        var closed = await (await lead.PostAsJsonAsync($"/api/v1/quality/calibrations/{id}/close",
            new { agreedOutcome = "Greeting met when the name is given.", notes = "Update guidance." })).ReadJsonAsync(HttpStatusCode.OK);
        closed.GetProperty("referenceScore").GetDecimal().ShouldBe(100m);
        var deviations = closed.GetProperty("participants").EnumerateArray()
            .ToDictionary(x => x.GetProperty("evaluatorId").GetGuid(), x => x.GetProperty("deviation").GetDecimal());
        deviations[p.Analyst].ShouldBe(0m);
        deviations[second].ShouldBe(50m);   // Main (0 + 0.5) ÷ 2 = 0.25: (0.5 + 1) ÷ 3 = 50.
        deviations[p.LeaderA].ShouldBe(16.67m); // Main 0.75: (1.5 + 1) ÷ 3 = 83.33.

        var alignment = await (await lead.GetAsync("/api/v1/quality/calibrations/alignment?from=2020-01-01&to=2030-12-31")).ReadJsonAsync(HttpStatusCode.OK);
        alignment.EnumerateArray().Single(a => a.GetProperty("evaluatorId").GetGuid() == second).GetProperty("meanAbsoluteDeviation").GetDecimal().ShouldBe(50m);
        using var agent = await app.ClientForAsync("cala.agent");
        await (await agent.GetAsync($"/api/v1/quality/calibrations/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
