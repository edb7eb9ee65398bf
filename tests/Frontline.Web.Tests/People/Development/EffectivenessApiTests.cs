using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Quality;

namespace Frontline.Web.Tests.People.Development;

/// <summary>
/// Effectiveness of development through the API (SQLite and PostgreSQL): a small seeded history of evaluations around a
/// plan, with the before/after figures computed here from the evaluations' own scores and the windows' edges.
/// </summary>
public sealed class EffectivenessApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int month, int day, int hour = 10, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static JsonElement Measure(JsonElement view, string code) =>
        view.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("measure").GetString() == code);

    [Fact]
    public async Task Plan_BeforeAndAfter_FromQualityScores_WindowEdges_TooFew_NoDataBefore_ReportByMethod_404OutsideSight()
    {
        var c = await app.CastAsync("eff");
        using var analyst = await app.ClientForAsync($"{c.P}.qa");
        using var trainer = await app.ClientForAsync($"{c.P}.trainer");
        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        using var otherLeader = await app.ClientForAsync($"{c.P}b.tl");
        var rapportSkill = (await (await trainer.GetAsync("/api/v1/people/skills")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(s => s.GetProperty("code").GetString() == "rapport-empathy");
        (await trainer.PatchAsJsonAsync($"/api/v1/people/skills/{rapportSkill.GetProperty("id").GetGuid()}", new
        {
            linkedCriteria = rapportSkill.GetProperty("linkedCriteria").EnumerateArray().Select(x => x.GetString()).Append("Rapport").ToArray(),
            version = rapportSkill.GetProperty("version").GetInt32(),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The plan runs 1–31 October; 30-day windows: before 1–30 September, after 1–30 November (instants half-open).
        var history = new (DateTimeOffset At, int Rapport, string Greeting, string Side)[]
        {
            (At(8, 31, 23, 59), 4, "yes", "out"),
            (At(9, 1, 0, 0), 2, "yes", "before"),
            (At(9, 15), 2, "no", "before"),
            (At(9, 30, 23, 59), 1, "yes", "before"),
            (At(10, 15), 4, "yes", "out"),
            (At(11, 1, 0, 0), 3, "yes", "after"),
            (At(11, 10), 4, "yes", "after"),
            (At(11, 30, 23, 59), 3, "yes", "after"),
            (At(12, 1, 0, 0), 0, "no", "out"),
        };
        var scores = new List<(string Side, decimal Score, int Rapport)>();
        try
        {
            app.Clock.Set(At(8, 1));
            var card = await analyst.PublishedCardAsync("pdev eff card");
            foreach (var (at, rapport, greeting, side) in history)
            {
                app.Clock.Set(at);
                var contact = (await app.ContactsAsync(c.AgentA, c.TeamA, at.AddHours(-1), 1))[0];
                var evaluation = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations",
                    QualityTestData.Evaluation(card, contact, greeting: greeting, rapport: rapport))).ReadJsonAsync(HttpStatusCode.Created);
                scores.Add((side, evaluation.Score()!.Value, rapport));
            }
        }
        finally
        {
            app.Clock.Set(Today);
        }

        try
        {
            var activity = new { method = "coaching-session", title = "Rapport coaching", ownerId = c.LeaderA, startsOn = "2026-10-01", endsOn = "2026-10-31" };
            var plan = await (await leader.PostAsJsonAsync($"/api/v1/people/{c.AgentA}/development-plans", new
            {
                objectives = new object[] { new { text = "Build rapport", policyObjective = "Customers feel listened to", skill = "rapport-empathy", targetChange = 20 } },
                activities = new object[] { activity },
            })).ReadJsonAsync(HttpStatusCode.Created);
            var planId = plan.GetProperty("id").GetGuid();
            var empty = await (await leader.PostAsJsonAsync($"/api/v1/people/{c.Managed}/development-plans", new
            {
                objectives = new[] { "Listen" }, activities = new object[] { activity },
            })).ReadJsonAsync(HttpStatusCode.Created);

            var view = await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/development-plans/{planId}/effectiveness")).ReadJsonAsync(HttpStatusCode.OK);
            (view.GetProperty("before").GetProperty("from").GetString(), view.GetProperty("before").GetProperty("to").GetString()).ShouldBe(("2026-09-01", "2026-09-30"));
            (view.GetProperty("after").GetProperty("from").GetString(), view.GetProperty("after").GetProperty("to").GetString()).ShouldBe(("2026-11-01", "2026-11-30"));

            decimal Mean(string side) => Math.Round(scores.Where(s => s.Side == side).Average(s => s.Score), 2);
            decimal RapportPercent(string side) => Math.Round(100m * scores.Where(s => s.Side == side).Sum(s => s.Rapport) / (4 * scores.Count(s => s.Side == side)), 2);
            var qa = Measure(view, "qa-score");
            (qa.GetProperty("beforeCount").GetInt32(), qa.GetProperty("afterCount").GetInt32()).ShouldBe((3, 3));
            qa.GetProperty("beforeMean").GetDecimal().ShouldBe(Mean("before"));
            qa.GetProperty("afterMean").GetDecimal().ShouldBe(Mean("after"));
            qa.GetProperty("change").GetDecimal().ShouldBe(Mean("after") - Mean("before"));
            var rapport = Measure(view, "qa:rapport-empathy");
            rapport.GetProperty("beforeMean").GetDecimal().ShouldBe(RapportPercent("before")); // 5 of 12 points = 41.67
            rapport.GetProperty("afterMean").GetDecimal().ShouldBe(RapportPercent("after")); // 10 of 12 = 83.33
            Measure(view, "knowledge-checks").GetProperty("verdict").GetString().ShouldBe("no-data-before");

            // The objective names the skill: judged on the rapport criteria against its +20 target.
            var objective = view.GetProperty("objectives")[0];
            objective.GetProperty("result").GetProperty("measure").GetString().ShouldBe("qa:rapport-empathy");
            objective.GetProperty("result").GetProperty("verdict").GetString().ShouldBe(RapportPercent("after") - RapportPercent("before") >= 20 ? "met" : "not-met");
            objective.GetProperty("result").GetProperty("verdict").GetString().ShouldBe("met");

            // Too few observations: shown, not judged.
            var strict = await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/development-plans/{planId}/effectiveness?minObservations=4"))
                .ReadJsonAsync(HttpStatusCode.OK);
            Measure(strict, "qa-score").GetProperty("verdict").GetString().ShouldBe("too-few-observations");
            Measure(strict, "qa-score").GetProperty("change").GetDecimal().ShouldBe(Mean("after") - Mean("before"));
            await (await leader.GetAsync($"/api/v1/people/{c.AgentA}/development-plans/{planId}/effectiveness?windowDays=0")).ShouldBeValidationProblemAsync("windowDays");

            // The report: the team's plans with their headline (the QA score), and per method which improved and for whom.
            var report = await (await leader.GetAsync($"/api/v1/people/development/effectiveness?teamId={c.TeamA}")).ReadJsonAsync(HttpStatusCode.OK);
            var rows = report.GetProperty("plans").EnumerateArray().ToList();
            rows.Select(r => r.GetProperty("planId").GetGuid()).Order().ShouldBe(new[] { planId, empty.GetProperty("id").GetGuid() }.Order());
            rows.Single(r => r.GetProperty("planId").GetGuid() == empty.GetProperty("id").GetGuid()).GetProperty("headline").GetProperty("verdict").GetString()
                .ShouldBe("no-data-before");
            var headline = rows.Single(r => r.GetProperty("planId").GetGuid() == planId).GetProperty("headline");
            var qaMet = Mean("after") - Mean("before") >= 20;
            headline.GetProperty("verdict").GetString().ShouldBe(qaMet ? "met" : "not-met");
            var coaching = report.GetProperty("methods").EnumerateArray().Single(m => m.GetProperty("method").GetString() == "coaching-session");
            (coaching.GetProperty("plans").GetInt32(), coaching.GetProperty("judged").GetInt32(), coaching.GetProperty("met").GetInt32()).ShouldBe((2, 1, qaMet ? 1 : 0));
            coaching.GetProperty("meanChange").GetDecimal().ShouldBe(Mean("after") - Mean("before"));

            (await otherLeader.GetAsync($"/api/v1/people/{c.AgentA}/development-plans/{planId}/effectiveness")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var theirs = await (await otherLeader.GetAsync("/api/v1/people/development/effectiveness")).ReadJsonAsync(HttpStatusCode.OK);
            theirs.GetProperty("plans").EnumerateArray().ShouldNotContain(r => r.GetProperty("planId").GetGuid() == planId);
        }
        finally
        {
            app.Clock.Reset();
        }
    }
}
