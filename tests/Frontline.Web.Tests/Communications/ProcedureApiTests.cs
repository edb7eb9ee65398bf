using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Communications;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Features.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Communications;

/// <summary>Procedures traced to policy clauses: evaluation blocks approval, reconciliation finds the three kinds of gap, roles and scope (SQLite and PostgreSQL).</summary>
public sealed class ProcedureApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static Guid Key(JsonElement policy, string component) =>
        policy.GetProperty("clauses").EnumerateArray().First(c => c.GetProperty("component").GetString() == component).GetProperty("key").GetGuid();

    private static object Procedure(Guid policyId, params (string Text, Guid[] Keys)[] steps) => new
    {
        policyId, title = "Opening a call", mode = "verbal", channel = "phone", purpose = "How every inbound call starts.", reviewOn = "2030-01-01",
        steps = steps.Select(s => new { text = s.Text, clauseKeys = s.Keys }).ToArray(),
    };

    /// <summary>Verdicts on every applicable clause: meets where a step covers it, not applicable otherwise.</summary>
    private static object Evaluation(JsonElement procedure, string outcome = "consistent") => new
    {
        outcome,
        verdicts = procedure.GetProperty("coverage").EnumerateArray().Where(c => c.GetProperty("applies").GetBoolean()).Select(c => new
        {
            clauseKey = c.GetProperty("clauseKey").GetGuid(), verdict = c.GetProperty("covered").GetBoolean() ? "meets" : "not-applicable",
        }).ToArray(),
    };

    private static async Task<Guid> ApprovedAsync(HttpClient author, HttpClient evaluator, HttpClient manager, object request)
    {
        var created = await (await author.PostAsJsonAsync("/api/v1/communications/procedures", request)).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        (await evaluator.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/evaluation", Evaluation(created))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostAsync($"/api/v1/communications/procedures/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Evaluation_BlocksApprovalUntilDone_DraftsHiddenFromAgents_BadInputNothingSaved_StaleEdit409()
    {
        var people = await app.CommsPeopleAsync("proc");
        using var author = await app.AsAsync(people, "author");
        using var manager = await app.AsAsync(people, "mgra");
        using var leader = await app.AsAsync(people, "leader");
        using var agent = await app.AsAsync(people, "agent");
        var policyId = await app.PublishedPolicyAsync(people, "Procedure policy");
        var policy = await (await author.GetAsync($"/api/v1/communications/policies/{policyId}")).ReadJsonAsync(HttpStatusCode.OK);
        var standards = Key(policy, "channel-standards");
        var objectives = Key(policy, "service-objectives");

        var before = await app.WithDbAsync(db => db.Set<Procedure>().CountAsync());
        var bad = await (await author.PostAsJsonAsync("/api/v1/communications/procedures", Procedure(policyId, ("Answer.", [Guid.NewGuid()]))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("steps[0].clauseKeys", out _).ShouldBeTrue();
        (await app.WithDbAsync(db => db.Set<Procedure>().CountAsync())).ShouldBe(before);
        await (await agent.PostAsJsonAsync("/api/v1/communications/procedures", Procedure(policyId, ("Answer.", [standards]))))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var created = await (await author.PostAsJsonAsync("/api/v1/communications/procedures",
            Procedure(policyId, ("Answer within 20 seconds and give your name.", [standards, objectives]), ("Thank the customer.", []))))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("status").GetString().ShouldBe("draft");
        created.GetProperty("policyVersion").GetInt32().ShouldBe(1);
        var coverage = created.GetProperty("coverage").EnumerateArray().ToList();
        coverage.Single(c => c.GetProperty("clauseKey").GetGuid() == standards).GetProperty("coveredBySteps").EnumerateArray().Select(s => s.GetInt32()).ShouldBe([1]);
        coverage.Single(c => c.GetProperty("component").GetString() == "purpose-and-scope").GetProperty("applies").GetBoolean().ShouldBeFalse();
        created.GetProperty("serviceObjectives").GetArrayLength().ShouldBe(1);

        await (await agent.GetAsync($"/api/v1/communications/procedures/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await leader.GetAsync($"/api/v1/communications/procedures/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var early = await (await manager.PostAsync($"/api/v1/communications/procedures/{id}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        early.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("Evaluate this draft");
        await (await leader.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/evaluation", new { outcome = "consistent", verdicts = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await agent.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/evaluation", Evaluation(created))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // Changes needed: still blocked.
        var needs = await (await leader.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/evaluation", Evaluation(created, "changes-needed")))
            .ReadJsonAsync(HttpStatusCode.OK);
        needs.GetProperty("currentEvaluation").GetProperty("outcome").GetString().ShouldBe("changes-needed");
        await (await manager.PostAsync($"/api/v1/communications/procedures/{id}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var evaluated = await (await leader.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/evaluation", Evaluation(created)))
            .ReadJsonAsync(HttpStatusCode.OK);
        evaluated.GetProperty("currentEvaluation").GetProperty("evaluatorName").GetString().ShouldBe("Test comms.proc.leader");
        evaluated.GetProperty("evaluations").GetArrayLength().ShouldBe(2);
        await (await manager.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/approve", new { revision = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var approved = await (await manager.PostAsJsonAsync($"/api/v1/communications/procedures/{id}/approve",
            new { revision = evaluated.GetProperty("revision").GetInt32() })).ReadJsonAsync(HttpStatusCode.OK);
        approved.GetProperty("status").GetString().ShouldBe("approved");
        approved.GetProperty("approvedByName").GetString().ShouldBe("Test comms.proc.mgra");
        (await agent.GetAsync($"/api/v1/communications/procedures/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reconciliation_FindsTheThreeKindsOfGap_RecordedOnlyOnceEachHasAnAction()
    {
        var people = await app.CommsPeopleAsync("recon");
        using var author = await app.AsAsync(people, "author");
        using var a = await app.AsAsync(people, "mgra");
        using var b = await app.AsAsync(people, "mgrb");
        using var leader = await app.AsAsync(people, "leader");
        using var agent = await app.AsAsync(people, "agent");
        var policyId = await app.PublishedPolicyAsync(people, "Reconciled policy");
        var policy = await (await author.GetAsync($"/api/v1/communications/policies/{policyId}")).ReadJsonAsync(HttpStatusCode.OK);
        var traced = new[] { "service-objectives", "channels", "channel-standards", "regulatory-requirements", "record-keeping" }.Select(c => Key(policy, c)).ToArray();
        var procedureId = await ApprovedAsync(author, leader, a, Procedure(policyId, ("Follow the standards.", traced), ("Offer a cup of tea.", [])));

        // Version 2 of the policy is published: the procedure follows an older version.
        (await author.PostAsync($"/api/v1/communications/policies/{policyId}/versions", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await author.PostAsync($"/api/v1/communications/policies/{policyId}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.PostAsJsonAsync($"/api/v1/communications/policies/{policyId}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await b.PostAsJsonAsync($"/api/v1/communications/policies/{policyId}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.PostAsync($"/api/v1/communications/policies/{policyId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var url = $"/api/v1/communications/policies/{policyId}/reconciliation";
        await (await agent.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var view = await (await leader.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        view.GetProperty("policyVersion").GetInt32().ShouldBe(2);
        var gaps = view.GetProperty("gaps").EnumerateArray().ToList();
        gaps.Select(g => g.GetProperty("kind").GetString()).Distinct().Order().ShouldBe(["outdated-procedure", "unimplemented-clause", "untraced-step"]);
        gaps.Single(g => g.GetProperty("kind").GetString() == "unimplemented-clause").GetProperty("key").GetString().ShouldBe($"clause:{Key(policy, "accessibility")}");
        gaps.Single(g => g.GetProperty("kind").GetString() == "outdated-procedure").GetProperty("procedureId").GetGuid().ShouldBe(procedureId);
        gaps.Single(g => g.GetProperty("kind").GetString() == "untraced-step").GetProperty("description").GetString().ShouldNotBeNull().ShouldContain("Step 2");

        var refused = await (await author.PostAsJsonAsync(url, new { notes = "All done." })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("3 gap(s)");
        await (await author.PostAsJsonAsync($"{url}/actions", new { gapKey = "clause:nothing", ownerId = people.Leader, dueOn = "2030-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var gap in gaps)
        {
            var raised = await (await author.PostAsJsonAsync($"{url}/actions", new { gapKey = gap.GetProperty("key").GetString(), ownerId = people.Leader, dueOn = "2030-01-01" }))
                .ReadJsonAsync(HttpStatusCode.Created);
            raised.GetProperty("gaps").EnumerateArray().Single(g => g.GetProperty("key").GetString() == gap.GetProperty("key").GetString())
                .GetProperty("actions").GetArrayLength().ShouldBe(1);
        }

        var recorded = await (await author.PostAsJsonAsync(url, new { notes = "Actions raised for every gap." })).ReadJsonAsync(HttpStatusCode.Created);
        var history = recorded.GetProperty("history").EnumerateArray().ShouldHaveSingleItem();
        (history.GetProperty("unimplementedClauses").GetInt32(), history.GetProperty("untracedSteps").GetInt32(), history.GetProperty("outdatedProcedures").GetInt32())
            .ShouldBe((1, 1, 1));
        history.GetProperty("recordedByName").GetString().ShouldBe("Test comms.recon.author");
    }

    [Fact]
    public async Task ReviewReminders_WhenAPolicyAndAProcedureFallDue_TellAuthorManagersAndOwnerOnce()
    {
        app.Clock.Set(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var people = await app.CommsPeopleAsync("remind");
        using var author = await app.AsAsync(people, "author");
        using var a = await app.AsAsync(people, "mgra");
        using var leader = await app.AsAsync(people, "leader");
        var policyId = await app.PublishedPolicyAsync(people, "Reminded policy");
        var policy = await (await author.GetAsync($"/api/v1/communications/policies/{policyId}")).ReadJsonAsync(HttpStatusCode.OK);
        var request = Procedure(policyId, ("Answer within 20 seconds.", [Key(policy, "channel-standards")]));
        var procedureId = await ApprovedAsync(author, leader, a, request);

        async Task<int> RunAsync()
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReviewReminders>().SendAsync(default);
        }

        async Task<List<Guid>> ToldAsync(string kind, Guid id) =>
            await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Kind == kind && n.Link!.Contains(id.ToString())).Select(n => n.RecipientId).ToListAsync());

        await RunAsync();
        (await ToldAsync(ReviewReminders.PolicyKind, policyId)).ShouldBeEmpty();
        // Thirteen months on: the policy's 12-month review and the procedure's review date (2030) — only the policy is due.
        app.Clock.Set(new DateTimeOffset(2028, 1, 8, 9, 0, 0, TimeSpan.Zero));
        await RunAsync();
        var told = await ToldAsync(ReviewReminders.PolicyKind, policyId);
        told.ShouldContain(people.Author);
        told.ShouldContain(people.ManagerA);
        told.ShouldContain(people.ManagerB);
        (await ToldAsync(ReviewReminders.ProcedureKind, procedureId)).ShouldBeEmpty();
        app.Clock.Set(new DateTimeOffset(2030, 1, 2, 9, 0, 0, TimeSpan.Zero));
        await RunAsync();
        await RunAsync();
        (await ToldAsync(ReviewReminders.ProcedureKind, procedureId)).ShouldBe([people.Author]);
        (await ToldAsync(ReviewReminders.PolicyKind, policyId)).Count(r => r == people.Author).ShouldBe(1);
        app.Clock.Reset();
    }
}
