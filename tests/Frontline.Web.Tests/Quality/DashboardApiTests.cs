using System.Net;
using System.Net.Http.Json;
using System.Text;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

public sealed class DashboardApiTests(QualityOpsAppFactory app) : IClassFixture<QualityOpsAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dashboard_AggregatesScoresCriticalFailuresAndFeedback_InScope_AndDrillsDownToCsvAndXlsx()
    {
        app.Clock.Set(Now);
        var leaderA = await app.CreateStaffAsync("dash.tl.a", ["TeamLeader"]);
        var teamA = await app.CreateTeamAsync("Dashboard A", leaderA);
        var teamB = await app.CreateTeamAsync("Dashboard B");
        var agentA = await app.CreateStaffAsync("dash.agent.a", ["Agent"], teamA);
        var agentB = await app.CreateStaffAsync("dash.agent.b", ["Agent"], teamB);
        await app.CreateStaffAsync("dash.qa", ["QualityAnalyst"]);
        using var analyst = await app.ClientForAsync("dash.qa");

        var scorecard = await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", new
        {
            name = "Dashboard card",
            channels = new[] { "phone" },
            sections = new[]
            {
                new
                {
                    name = "Call", weight = 1,
                    criteria = new object[]
                    {
                        new { text = "Empathy shown", kind = "yes-no", weight = 1, allowNa = false, critical = (string?)null },
                        new { text = "Disclosures read", kind = "yes-no", weight = 1, allowNa = false, critical = "compliance", requirement = "CONC 7.3" },
                    },
                },
            },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var scorecardId = scorecard.GetProperty("id").GetGuid();
        (await analyst.PostAsync($"/api/v1/quality/scorecards/{scorecardId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var empathy = scorecard.GetProperty("sections")[0].GetProperty("criteria")[0].GetProperty("id").GetGuid();
        var disclosures = scorecard.GetProperty("sections")[0].GetProperty("criteria")[1].GetProperty("id").GetGuid();
        var contactsA = await app.ContactsAsync(agentA, teamA, Now.AddDays(-3), 2);
        var contactsB = await app.ContactsAsync(agentB, teamB, Now.AddDays(-3), 1);
        async Task EvaluateAsync(Guid contactId, string e, string d) =>
            (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", new
            {
                scorecardId, contactId, answers = new[] { new { criterionId = empathy, value = e }, new { criterionId = disclosures, value = d } }, submit = true,
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await EvaluateAsync(contactsA[0], "yes", "yes"); // 100
        await EvaluateAsync(contactsA[1], "no", "yes");  // 50
        await EvaluateAsync(contactsB[0], "yes", "no");  // critical failure: 0

        var surveyId = (await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", new
        {
            name = "Dash survey", trigger = "manual",
            questions = new object[] { new { id = "csat", kind = "csat", text = "Satisfied?", required = true }, new { id = "nps", kind = "nps", text = "Recommend?" } },
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var csv = $"external_id,contact_id,case_id,responded_at,csat,nps,effort,comment\nD-1,{contactsA[0]},,2026-03-08T10:00:00Z,5,10,,\nD-2,{contactsA[1]},,2026-03-08T10:00:00Z,3,5,,\n";
        (await analyst.PostAsync($"/api/v1/quality/surveys/{surveyId}/responses/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var figures = await (await analyst.GetAsync("/api/v1/quality/dashboard?from=2026-03-01&to=2026-03-31")).ReadJsonAsync(HttpStatusCode.OK);
        figures.GetProperty("evaluations").GetInt32().ShouldBe(3);
        figures.GetProperty("averageScore").GetDouble().ShouldBe(50);
        figures.GetProperty("bands").GetProperty("fail").GetInt32().ShouldBe(1);
        figures.GetProperty("bands").GetProperty("excellent").GetInt32().ShouldBe(1);
        var byAgent = figures.GetProperty("byAgent").EnumerateArray().ToDictionary(a => a.Str("key"), a => a.GetProperty("averageScore").GetDouble());
        byAgent[agentA.ToString()].ShouldBe(75);
        byAgent[agentB.ToString()].ShouldBe(0);
        figures.GetProperty("criticalFailures").EnumerateArray().Single(c => c.Str("kind") == "compliance").GetProperty("failures").GetInt32().ShouldBe(1);
        var lowest = figures.GetProperty("lowestCriteria")[0];
        lowest.GetProperty("averagePercent").GetDouble().ShouldBe(66.67);
        figures.GetProperty("byMonth").GetArrayLength().ShouldBe(1);
        var feedback = figures.GetProperty("feedbackByAgent").EnumerateArray().Single();
        feedback.GetProperty("averageCsat").GetDouble().ShouldBe(4);
        feedback.GetProperty("nps").GetInt32().ShouldBe(0, "one promoter and one detractor of two");

        // Team leader A sees their team; agent B sees only their own.
        using var leader = await app.ClientForAsync("dash.tl.a");
        (await (await leader.GetAsync("/api/v1/quality/dashboard?from=2026-03-01&to=2026-03-31")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("evaluations").GetInt32().ShouldBe(2);
        using var agent = await app.ClientForAsync("dash.agent.b");
        var own = await (await agent.GetAsync("/api/v1/quality/dashboard?from=2026-03-01&to=2026-03-31")).ReadJsonAsync(HttpStatusCode.OK);
        own.GetProperty("evaluations").GetInt32().ShouldBe(1);
        own.GetProperty("byAgent").EnumerateArray().Single().Str("key").ShouldBe(agentB.ToString());
        (await (await agent.GetAsync($"/api/v1/quality/dashboard/evaluations?from=2026-03-01&to=2026-03-31&agentId={agentA}")).ReadJsonAsync(HttpStatusCode.OK))
            .GetArrayLength().ShouldBe(0);

        // Drill-down behind "agent A" as JSON, CSV and XLSX.
        var rows = await (await analyst.GetAsync($"/api/v1/quality/dashboard/evaluations?from=2026-03-01&to=2026-03-31&agentId={agentA}")).ReadJsonAsync(HttpStatusCode.OK);
        rows.GetArrayLength().ShouldBe(2);
        var csvExport = await analyst.GetAsync($"/api/v1/quality/dashboard/evaluations?from=2026-03-01&to=2026-03-31&band=fail&format=csv");
        csvExport.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csvExport.Content.ReadAsStringAsync()).Trim().Split('\n');
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("evaluation_id,submitted_at,agent");
        var xlsx = await analyst.GetAsync($"/api/v1/quality/dashboard/evaluations?from=2026-03-01&to=2026-03-31&format=xlsx");
        (await xlsx.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());
        await (await analyst.GetAsync("/api/v1/quality/dashboard?from=2026-03-31&to=2026-03-01")).ShouldBeValidationProblemAsync("from");
        await (await analyst.GetAsync("/api/v1/quality/dashboard/evaluations?format=pdf")).ShouldBeValidationProblemAsync("format");

        // The page draws the same figures as charts, each with its data table.
        using var browser = await app.SignInAsync("dash.qa", FrontlineAppFactory.StaffPassword);
        var html = await browser.GetStringAsync("/quality/dashboard?from=2026-03-01&to=2026-03-31");
        html.ShouldContain("data-testid=\"chart-quality-bands\"");
        html.ShouldContain("data-testid=\"chart-quality-trend\"");
        html.ShouldContain("data-testid=\"chart-quality-teams\"");
        var bands = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"chart-table-quality-bands\"(.*?)</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        bands.ShouldContain("<th scope=\"row\">fail</th>");
    }
}
