using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Quality.Sampling;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

public sealed class SamplingApiTests(QualityOpsAppFactory app) : IClassFixture<QualityOpsAppFactory>
{
    // Tuesday 10 March 2026; the week drawn starts Monday 2 March.
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset InWeek = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private sealed record Centre(HttpClient Analyst, Guid TeamId, Guid[] Agents, Guid[] Evaluators);

    private async Task<Centre> CentreAsync(string prefix)
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync($"{prefix} team");
        var agents = new Guid[3];
        for (var i = 0; i < 3; i++)
        {
            agents[i] = await app.CreateStaffAsync($"{prefix}.agent{i}", ["Agent"], team);
        }

        var evaluators = new[] { await app.CreateStaffAsync($"{prefix}.qa1", ["QualityAnalyst"]), await app.CreateStaffAsync($"{prefix}.qa2", ["QualityAnalyst"]) };
        return new Centre(await app.ClientForAsync($"{prefix}.qa1"), team, agents, evaluators);
    }

    private static async Task<JsonElement> PlanAsync(Centre c, object? filters = null, int perPerson = 3) =>
        await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/sampling-plans", new
        {
            name = "Weekly spot checks",
            teamIds = new[] { c.TeamId },
            perPersonPerPeriod = perPerson,
            period = "week",
            filters = filters ?? new { },
            evaluatorIds = c.Evaluators,
        })).ReadJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Draw_AssignsPerPerson_ShowsShortfall_RecordsTheSeed_OncePerPeriod()
    {
        var c = await CentreAsync("smp.draw");
        var a0 = await app.ContactsAsync(c.Agents[0], c.TeamId, InWeek, 10);
        var a1 = await app.ContactsAsync(c.Agents[1], c.TeamId, InWeek, 2);
        var a2 = await app.ContactsAsync(c.Agents[2], c.TeamId, InWeek, 5);
        await app.ContactsAsync(c.Agents[0], c.TeamId, InWeek.AddDays(-7), 5); // the week before: not in this draw
        var plan = await PlanAsync(c);
        var planId = plan.GetProperty("id").GetGuid();
        plan.Str("period").ShouldBe("week");

        var draw = await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-03-02" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        draw.GetProperty("seed").GetInt64().ShouldBe(SampleDrawer.SeedFor(planId, new DateOnly(2026, 3, 2)));
        var assignments = draw.GetProperty("assignments").EnumerateArray().ToList();
        assignments.Count.ShouldBe(3 + 2 + 3);
        assignments.Where(a => a.GetProperty("agentId").GetGuid() == c.Agents[0]).Select(a => a.GetProperty("contactId").GetGuid()).ShouldAllBe(id => a0.Contains(id));
        assignments.Where(a => a.GetProperty("agentId").GetGuid() == c.Agents[1]).Select(a => a.GetProperty("contactId").GetGuid()).ShouldBe(a1, ignoreOrder: true);
        assignments.Where(a => a.GetProperty("agentId").GetGuid() == c.Agents[2]).Select(a => a.GetProperty("contactId").GetGuid()).ShouldAllBe(id => a2.Contains(id));
        assignments.GroupBy(a => a.GetProperty("evaluatorId").GetGuid()).Select(g => g.Count()).ShouldBe([4, 4]);
        var shortfall = draw.GetProperty("shortfalls").EnumerateArray().Single();
        shortfall.GetProperty("agentId").GetGuid().ShouldBe(c.Agents[1]);
        shortfall.GetProperty("wanted").GetInt32().ShouldBe(3);
        shortfall.GetProperty("available").GetInt32().ShouldBe(2);

        // The same plan and period again: refused (the recorded draw stands); bad periods are explained.
        await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-03-02" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-03-03" })).ShouldBeValidationProblemAsync("periodStart");
        await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-04-06" })).ShouldBeValidationProblemAsync("periodStart");
        await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{Guid.NewGuid()}/draws", new { periodStart = "2026-03-02" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // The recorded draw reads back the same.
        var again = await (await c.Analyst.GetAsync($"/api/v1/quality/sampling-plans/{planId}/draws/{draw.GetProperty("id").GetGuid()}")).ReadJsonAsync(HttpStatusCode.OK);
        again.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("contactId").GetGuid()).ShouldBe(
            assignments.Select(a => a.GetProperty("contactId").GetGuid()), ignoreOrder: true);
    }

    [Fact]
    public async Task ScheduledDraw_DrawsThePeriodJustEnded_Once_AndTellsTheEvaluators()
    {
        var c = await CentreAsync("smp.auto"); // Tuesday 10 March: the plan is made in the week of 9 March
        var contacts = await app.ContactsAsync(c.Agents[0], c.TeamId, new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.Zero), 4);
        var planId = (await PlanAsync(c, perPerson: 2)).GetProperty("id").GetGuid();
        async Task<List<JsonElement>> QueuesAsync()
        {
            using var qa2 = await app.ClientForAsync("smp.auto.qa2");
            var mine = await (await c.Analyst.GetAsync("/api/v1/quality/assignments/mine")).ReadJsonAsync(HttpStatusCode.OK);
            var theirs = await (await qa2.GetAsync("/api/v1/quality/assignments/mine")).ReadJsonAsync(HttpStatusCode.OK);
            return [.. mine.EnumerateArray().Concat(theirs.EnumerateArray()).Where(a => a.GetProperty("planId").GetGuid() == planId)];
        }

        // The week before the plan existed is not drawn for it.
        (await c.Analyst.PostAsync("/api/v1/quality/sampling-plans/scheduled-draws", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await QueuesAsync()).ShouldBeEmpty();

        // Monday 16 March, before work: the week of 9 March is drawn, once.
        app.Clock.Set(new DateTimeOffset(2026, 3, 16, 6, 30, 0, TimeSpan.Zero));
        var run = await (await c.Analyst.PostAsync("/api/v1/quality/sampling-plans/scheduled-draws", null)).ReadJsonAsync(HttpStatusCode.OK);
        run.GetProperty("drawn").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var assigned = await QueuesAsync();
        assigned.Count.ShouldBe(2);
        assigned.ShouldAllBe(a => contacts.Contains(a.GetProperty("contactId").GetGuid()));
        var again = await (await c.Analyst.PostAsync("/api/v1/quality/sampling-plans/scheduled-draws", null)).ReadJsonAsync(HttpStatusCode.OK);
        again.GetProperty("drawn").GetInt32().ShouldBe(0);
        (await QueuesAsync()).Count.ShouldBe(2);
        await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-03-09" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Each evaluator with work is told, with the rule that sent it.
        var evaluatorsWithWork = assigned.Select(a => a.GetProperty("evaluatorId").GetGuid()).Distinct().ToList();
        var client = evaluatorsWithWork[0] == c.Evaluators[0] ? c.Analyst : await app.ClientForAsync("smp.auto.qa2");
        var inbox = await (await client.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK);
        var notice = inbox.GetProperty("items").EnumerateArray().Single(n => n.Str("kind") == "sample-assigned");
        notice.Str("reason").ShouldBe("you are an evaluator on this sampling plan");
        notice.Str("subject").ShouldContain("Weekly spot checks");
    }

    [Fact]
    public async Task Filters_ChannelAndLowFeedbackScore()
    {
        var c = await CentreAsync("smp.filter");
        var phone = await app.ContactsAsync(c.Agents[0], c.TeamId, InWeek, 4);
        await app.ContactsAsync(c.Agents[0], c.TeamId, InWeek, 4, channel: "email");
        await app.ContactsAsync(c.Agents[0], c.TeamId, InWeek, 3, durationSeconds: 30);
        var plan = await PlanAsync(c, new { channels = new[] { "phone" }, minDurationSeconds = 60 }, perPerson: 10);
        var draw = await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{plan.GetProperty("id").GetGuid()}/draws", new { periodStart = "2026-03-02" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        draw.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("contactId").GetGuid()).ShouldBe(phone, ignoreOrder: true);

        // A low CSAT on one contact: a low-score plan takes only that one.
        var surveyId = (await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/surveys", new
        {
            name = "Low score survey", trigger = "manual", questions = new object[] { new { id = "csat", kind = "csat", text = "Satisfied?", required = true } },
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var csv = $"external_id,contact_id,case_id,responded_at,csat,nps,effort,comment\nL-1,{phone[1]},,2026-03-05T10:00:00Z,1,,,\nL-2,{phone[2]},,2026-03-05T10:00:00Z,5,,,\n";
        (await c.Analyst.PostAsync($"/api/v1/quality/surveys/{surveyId}/responses/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var lowPlan = await PlanAsync(c, new { lowFeedbackScore = true });
        var lowDraw = await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{lowPlan.GetProperty("id").GetGuid()}/draws", new { periodStart = "2026-03-02" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        lowDraw.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("contactId").GetGuid()).ShouldBe([phone[1]]);
    }

    [Fact]
    public async Task Coverage_CountsDoneWhenAnEvaluationIsSubmitted_AndOverdueAfterTheDueDate()
    {
        var c = await CentreAsync("smp.cover");
        await app.ContactsAsync(c.Agents[0], c.TeamId, InWeek, 2);
        await app.ContactsAsync(c.Agents[1], c.TeamId, InWeek, 2);
        var plan = await PlanAsync(c, perPerson: 1);
        var planId = plan.GetProperty("id").GetGuid();
        var draw = await (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-03-02" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var mine = draw.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("evaluatorId").GetGuid() == c.Evaluators[0]);
        draw.GetProperty("assignments")[0].Str("dueOn").ShouldBe("2026-03-17", "5 business days after Tuesday 10 March");

        var queue = await (await c.Analyst.GetAsync("/api/v1/quality/assignments/mine")).ReadJsonAsync(HttpStatusCode.OK);
        queue.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldContain(mine.GetProperty("id").GetGuid());

        // The evaluator evaluates the assigned contact (quality-core's evaluation API).
        var scorecard = await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/scorecards", new
        {
            name = "Spot check card",
            channels = new[] { "phone" },
            sections = new[] { new { name = "Call", weight = 1, criteria = new[] { new { text = "Greeting", kind = "yes-no", weight = 1, allowNa = false, critical = (string?)null } } } },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var scorecardId = scorecard.GetProperty("id").GetGuid();
        (await c.Analyst.PostAsync($"/api/v1/quality/scorecards/{scorecardId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var criterionId = scorecard.GetProperty("sections")[0].GetProperty("criteria")[0].GetProperty("id").GetGuid();
        (await c.Analyst.PostAsJsonAsync("/api/v1/quality/evaluations", new
        {
            scorecardId, contactId = mine.GetProperty("contactId").GetGuid(), answers = new[] { new { criterionId, value = "yes" } }, submit = true,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var coverage = await (await c.Analyst.GetAsync($"/api/v1/quality/sampling-plans/{planId}/coverage")).ReadJsonAsync(HttpStatusCode.OK);
        coverage.GetProperty("total").GetProperty("assigned").GetInt32().ShouldBe(2);
        coverage.GetProperty("total").GetProperty("done").GetInt32().ShouldBe(1);
        coverage.GetProperty("total").GetProperty("overdue").GetInt32().ShouldBe(0);
        coverage.GetProperty("byEvaluator").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == c.Evaluators[0]).GetProperty("done").GetInt32().ShouldBe(1);
        coverage.GetProperty("byPerson").GetArrayLength().ShouldBe(2);
        (await (await c.Analyst.GetAsync("/api/v1/quality/assignments/mine")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ShouldNotContain(a => a.GetProperty("id").GetGuid() == mine.GetProperty("id").GetGuid());

        // An earlier week drawn back then: its assignment was due on 23 February and is overdue now.
        await app.ContactsAsync(c.Agents[2], c.TeamId, new DateTimeOffset(2026, 2, 17, 10, 0, 0, TimeSpan.Zero), 1);
        app.Clock.Set(new DateTimeOffset(2026, 2, 16, 12, 0, 0, TimeSpan.Zero));
        (await c.Analyst.PostAsJsonAsync($"/api/v1/quality/sampling-plans/{planId}/draws", new { periodStart = "2026-02-16" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        app.Clock.Set(Now);
        var later = await (await c.Analyst.GetAsync($"/api/v1/quality/sampling-plans/{planId}/coverage")).ReadJsonAsync(HttpStatusCode.OK);
        later.GetProperty("total").GetProperty("assigned").GetInt32().ShouldBe(3);
        later.GetProperty("total").GetProperty("overdue").GetInt32().ShouldBe(1);
        later.GetProperty("draws").GetArrayLength().ShouldBe(2);
        app.Clock.Set(Now);
    }

    [Fact]
    public async Task Plan_BadInputAndRoles()
    {
        var c = await CentreAsync("smp.bad");
        await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/sampling-plans", new
        {
            name = "x", teamIds = new[] { c.TeamId }, perPersonPerPeriod = 3, period = "week", filters = new { }, evaluatorIds = Array.Empty<Guid>(),
        })).ShouldBeValidationProblemAsync("evaluatorIds");
        await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/sampling-plans", new
        {
            name = "x", teamIds = new[] { Guid.NewGuid() }, perPersonPerPeriod = 3, period = "week", filters = new { }, evaluatorIds = c.Evaluators,
        })).ShouldBeValidationProblemAsync("teamIds");
        await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/sampling-plans", new
        {
            name = "x", teamIds = new[] { c.TeamId }, perPersonPerPeriod = 0, period = "week", filters = new { }, evaluatorIds = c.Evaluators,
        })).ShouldBeValidationProblemAsync("perPersonPerPeriod");
        await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/sampling-plans", new
        {
            name = "x", teamIds = new[] { c.TeamId }, perPersonPerPeriod = 1, period = "fortnight", filters = new { }, evaluatorIds = c.Evaluators,
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await c.Analyst.PostAsJsonAsync("/api/v1/quality/sampling-plans", new
        {
            name = "x", teamIds = new[] { c.TeamId }, perPersonPerPeriod = 1, period = "week", filters = new { minDurationSeconds = 90, maxDurationSeconds = 30 },
            evaluatorIds = c.Evaluators,
        })).ShouldBeValidationProblemAsync("minDurationSeconds");
        using var agent = await app.ClientForAsync("smp.bad.agent0");
        (await agent.PostAsJsonAsync("/api/v1/quality/sampling-plans", new { name = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.GetAsync("/api/v1/quality/sampling-plans")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
