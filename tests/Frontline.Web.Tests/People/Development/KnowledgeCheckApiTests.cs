using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.People.Development;

/// <summary>Knowledge checks through the API (SQLite and PostgreSQL): no answers before submission, marking, needs, refusals.</summary>
public sealed class KnowledgeCheckApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static object Check(string title) => new
    {
        title,
        about = "Complaint handling (DISP 1.3, 1.6)",
        skill = "complaint-recognition",
        passMark = 67,
        questions = new object[]
        {
            new { text = "Is an expression of dissatisfaction a complaint?", kind = "single-choice",
                options = new object[] { new { text = "Only in writing", correct = false }, new { text = "Yes, however it is made", correct = true } } },
            new { text = "Which deadlines apply?", kind = "multiple-choice",
                options = new object[] { new { text = "Final response within 8 weeks", correct = true }, new { text = "Acknowledge promptly", correct = true },
                    new { text = "Close within a day", correct = false } } },
            new { text = "Who may resolve a complaint by the end of the third business day?", kind = "single-choice",
                options = new object[] { new { text = "Anyone trained", correct = true }, new { text = "Only a manager", correct = false } } },
        },
    };

    /// <summary>The answer key by question id (option numbers that are right), read by the author.</summary>
    private static Dictionary<Guid, int[]> Key(JsonElement authorView) => authorView.GetProperty("questions").EnumerateArray().ToDictionary(
        q => q.GetProperty("id").GetGuid(),
        q => q.GetProperty("options").EnumerateArray().Where(o => o.GetProperty("correct").GetBoolean()).Select(o => o.GetProperty("number").GetInt32()).ToArray());

    private static void ShouldHoldNoAnswers(string body, JsonElement paper)
    {
        body.ShouldNotContain("\"correct\":true", Case.Insensitive);
        body.ShouldNotContain("rightOptions\":[", Case.Insensitive);
        foreach (var q in paper.GetProperty("questions").EnumerateArray())
        {
            foreach (var o in q.GetProperty("options").EnumerateArray())
            {
                o.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ShouldBe(["number", "text"]);
            }

            foreach (var name in new[] { "correct", "rightOptions", "chosen" })
            {
                (!q.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null).ShouldBeTrue(name);
            }
        }
    }

    [Fact]
    public async Task Attempt_PaperHasNoAnswers_UntilSubmitted_FailRaisesAKnowledgeCheckNeed_ResubmitIs409_OthersSee404()
    {
        var c = await app.CastAsync("kc");
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        using var otherLeader = await app.ClientForAsync($"{c.P}b.tl");
        var author = await (await trainer.PostAsJsonAsync("/api/v1/people/knowledge-checks", Check("Complaints basics"))).ReadJsonAsync(HttpStatusCode.Created);
        var checkId = author.GetProperty("id").GetGuid();
        var key = Key(author);

        // The answer key is for authors only; the list shows no questions.
        (await agent.GetAsync($"/api/v1/people/knowledge-checks/{checkId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var list = await agent.GetStringAsync("/api/v1/people/knowledge-checks");
        list.ShouldContain("Complaints basics");
        list.ShouldNotContain("correct", Case.Insensitive);

        var started = await agent.PostAsJsonAsync($"/api/v1/people/knowledge-checks/{checkId}/attempts", new { });
        var body = await started.Content.ReadAsStringAsync();
        started.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var paper = JsonDocument.Parse(body).RootElement;
        ShouldHoldNoAnswers(body, paper);
        paper.GetProperty("questions").GetArrayLength().ShouldBe(3);
        var attemptId = paper.GetProperty("id").GetGuid();
        var again = await agent.GetStringAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}");
        ShouldHoldNoAnswers(again, JsonDocument.Parse(again).RootElement);
        // The same order every time the attempt is opened.
        JsonDocument.Parse(again).RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid())
            .ShouldBe(paper.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid()));

        (await otherLeader.GetAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await leader.GetAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // An answer to a question not in the quiz: a problem, nothing saved.
        var ids = key.Keys.ToList();
        await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}/submit",
            new { answers = new object[] { new { questionId = ids[0], options = key[ids[0]] }, new { questionId = Guid.NewGuid(), options = new[] { 1 } } } }))
            .ShouldBeValidationProblemAsync("answers[1].questionId");
        (await (await agent.GetAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("submittedAt").ValueKind.ShouldBe(JsonValueKind.Null);

        // One right of three (33.33% < 67%): failed; the marking is shown now; a knowledge-check need in the check's skill.
        var wrong = key[ids[1]].Length == 2 ? new[] { 3 } : new[] { 1 };
        var marked = await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}/submit",
            new { answers = new object[] { new { questionId = ids[0], options = key[ids[0]] }, new { questionId = ids[1], options = wrong } } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        (marked.GetProperty("correct").GetInt32(), marked.GetProperty("total").GetInt32(), marked.GetProperty("percent").GetDecimal(), marked.GetProperty("passed").GetBoolean())
            .ShouldBe((1, 3, 33.33m, false));
        marked.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetGuid() == ids[1]).GetProperty("rightOptions").EnumerateArray()
            .Select(n => n.GetInt32()).Order().ShouldBe(key[ids[1]].Order());
        await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-check-attempts/{attemptId}/submit", new { answers = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var needs = await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
        var need = needs.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("skill").GetString() == "complaint-recognition");
        var source = need.GetProperty("sources").EnumerateArray().Single();
        (source.GetProperty("kind").GetString(), source.GetProperty("recordId").GetGuid()).ShouldBe(("knowledge-check", attemptId));

        // A second attempt, all right: passed, and no new evidence.
        var second = await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-checks/{checkId}/attempts", new { })).ReadJsonAsync(HttpStatusCode.Created);
        var passed = await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-check-attempts/{second.GetProperty("id").GetGuid()}/submit",
            new { answers = key.Select(k => new { questionId = k.Key, options = k.Value }).ToArray() })).ReadJsonAsync(HttpStatusCode.OK);
        (passed.GetProperty("passed").GetBoolean(), passed.GetProperty("percent").GetDecimal()).ShouldBe((true, 100m));
        var after = await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/development-needs")).ReadJsonAsync(HttpStatusCode.OK);
        after.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("skill").GetString() == "complaint-recognition").GetProperty("sources").GetArrayLength()
            .ShouldBe(1);
        var history = await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/knowledge-check-attempts")).ReadJsonAsync(HttpStatusCode.OK);
        history.EnumerateArray().Select(a => a.GetProperty("passed").GetBoolean()).ShouldBe([true, false]);
        (await otherLeader.GetAsync($"/api/v1/people/{c.AgentA}/knowledge-check-attempts")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Check_BadInput_IsAProblem_AttemptForAPlanActivity_PassMovesItToDone()
    {
        var c = await app.CastAsync("kc2");
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        using var agent = await app.ClientForAsync($"{c.P}b.agent");
        using var leader = await app.ClientForAsync($"{c.P}b.tl");
        (await agent.PostAsJsonAsync("/api/v1/people/knowledge-checks", Check("x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await trainer.PostAsJsonAsync("/api/v1/people/knowledge-checks", new { title = "No questions", skill = "general", passMark = 50, questions = Array.Empty<object>() }))
            .ShouldBeValidationProblemAsync("questions");
        await (await trainer.PostAsJsonAsync("/api/v1/people/knowledge-checks", new
        {
            title = "Two right on single", skill = "general", passMark = 50,
            questions = new object[] { new { text = "q", kind = "single-choice", options = new object[] { new { text = "a", correct = true }, new { text = "b", correct = true } } } },
        })).ShouldBeValidationProblemAsync("questions[0].options");
        await (await trainer.PostAsJsonAsync("/api/v1/people/knowledge-checks", new { title = "Bad skill", skill = "no-such-skill", passMark = 50 }))
            .ShouldBeValidationProblemAsync("skill");

        var author = await (await trainer.PostAsJsonAsync("/api/v1/people/knowledge-checks", Check("Complaints for a plan"))).ReadJsonAsync(HttpStatusCode.Created);
        var plan = await (await leader.PostAsJsonAsync($"/api/v1/people/{c.AgentB}/development-plans", new
        {
            objectives = new[] { "Recognise complaints" },
            activities = new object[] { new { method = "knowledge-check", title = "Complaints check", ownerId = c.LeaderB, startsOn = "2026-12-01", endsOn = "2026-12-10" } },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var activityId = plan.GetProperty("activities")[0].GetProperty("id").GetGuid();
        await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-checks/{author.GetProperty("id").GetGuid()}/attempts", new { activityId = Guid.NewGuid() }))
            .ShouldBeValidationProblemAsync("activityId");
        var attempt = await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-checks/{author.GetProperty("id").GetGuid()}/attempts", new { activityId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var single = Key(author).First(k => k.Value.Length == 1).Key;
        await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-check-attempts/{attempt.GetProperty("id").GetGuid()}/submit",
            new { answers = new object[] { new { questionId = single, options = new[] { 1, 2 } } } })).ShouldBeValidationProblemAsync("answers[0].options");
        await (await agent.PostAsJsonAsync($"/api/v1/people/knowledge-check-attempts/{attempt.GetProperty("id").GetGuid()}/submit",
            new { answers = Key(author).Select(k => new { questionId = k.Key, options = k.Value }).ToArray() })).ReadJsonAsync(HttpStatusCode.OK);
        var reread = await (await leader.GetAsync($"/api/v1/people/{c.AgentB}/development-plans/{plan.GetProperty("id").GetGuid()}")).ReadJsonAsync(HttpStatusCode.OK);
        reread.GetProperty("activities")[0].GetProperty("status").GetString().ShouldBe("done");
    }
}
