using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Quality;

namespace Frontline.Web.Tests.Compliance;

/// <summary>Compliance measured from the centre's data, and the pages (static SSR through a signed-in cookie session).</summary>
public sealed class CompliancePagesTests : IClassFixture<FrontlineAppFactory>
{
    private readonly FrontlineAppFactory _app;

    public CompliancePagesTests(FrontlineAppFactory app)
    {
        _app = app;
        app.Clock.Set(new DateTimeOffset(2026, 12, 20, 12, 0, 0, TimeSpan.Zero));
    }

    private static object Card(string requirement) => new
    {
        name = "Measured card " + requirement,
        channels = new[] { "phone" },
        sections = new object[]
        {
            new
            {
                name = "Compliance", weight = 1,
                criteria = new object[] { new { text = "Call-back booked", kind = "yes-no", weight = 1, allowNa = false, critical = "compliance", requirement } },
            },
        },
    };

    [Fact]
    public async Task Measures_ScorecardPassRate_GivesAtRisk_WithTheFiguresAndTheFailedRecords()
    {
        var (team, _, agent) = await _app.TeamAsync("comp.meas");
        await _app.CreateStaffAsync("comp.meas.qa", ["QualityAnalyst"], null, 4);
        await _app.CreateStaffAsync("comp.meas.co", ["ComplianceOfficer"]);
        using var analyst = await _app.ClientForAsync("comp.meas.qa");
        using var officer = await _app.ClientForAsync("comp.meas.co");
        var created = await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", Card("ORG-MEAS 1 call-backs"))).ReadJsonAsync(HttpStatusCode.Created);
        var cardId = created.GetProperty("id").GetGuid();
        var criterion = created.GetProperty("sections")[0].GetProperty("criteria")[0].GetProperty("id").GetGuid();
        (await analyst.PostAsync($"/api/v1/quality/scorecards/{cardId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var failed = Guid.Empty;
        foreach (var value in new[] { "yes", "yes", "no" })
        {
            var contact = await _app.ContactAsync(agent, team);
            var evaluation = await (await analyst.PostAsJsonAsync("/api/v1/quality/evaluations", new
            {
                scorecardId = cardId, contactId = contact, answers = new object[] { new { criterionId = criterion, value } }, submit = true,
            })).ReadJsonAsync(HttpStatusCode.Created);
            if (value == "no")
            {
                failed = evaluation.GetProperty("id").GetGuid();
            }
        }

        var requirement = await (await officer.PostAsJsonAsync("/api/v1/compliance/requirements", new
        {
            title = "Call-backs", type = "organisational-procedure", source = "Centre", citation = "ORG-MEAS 1", summary = "s", customerEffect = "c",
            colleagueEffect = "a", measures = new object[] { new { kind = "scorecard-pass-rate", threshold = 90, atRiskFrom = 60 } },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = requirement.GetProperty("id").GetGuid();
        var status = await (await officer.GetAsync($"/api/v1/compliance/requirements/{id}/compliance")).ReadJsonAsync(HttpStatusCode.OK);
        status.GetProperty("from").GetString().ShouldBe("2026-10-01");
        status.GetProperty("to").GetString().ShouldBe("2026-12-31");
        status.GetProperty("status").GetString().ShouldBe("at-risk");
        var measure = status.GetProperty("measures")[0];
        measure.GetProperty("met").GetInt32().ShouldBe(2);
        measure.GetProperty("total").GetInt32().ShouldBe(3);
        measure.GetProperty("rate").GetDecimal().ShouldBe(66.7m);
        measure.GetProperty("failedLinks").EnumerateArray().Select(l => l.GetString()).ShouldBe([$"/quality/evaluations/{failed}"]);

        // A stricter floor makes it non-compliant; an earlier period has no records: not measured.
        var stricter = await (await officer.PutAsJsonAsync($"/api/v1/compliance/requirements/{id}", new
        {
            title = "Call-backs", type = "organisational-procedure", source = "Centre", citation = "ORG-MEAS 1", summary = "s", customerEffect = "c",
            colleagueEffect = "a", measures = new object[] { new { kind = "scorecard-pass-rate", threshold = 90, atRiskFrom = 80 } },
            version = requirement.GetProperty("version").GetInt32(),
        })).ReadJsonAsync(HttpStatusCode.OK);
        stricter.GetProperty("version").GetInt32().ShouldBeGreaterThan(0);
        (await (await officer.GetAsync($"/api/v1/compliance/requirements/{id}/compliance")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("non-compliant");
        (await (await officer.GetAsync($"/api/v1/compliance/requirements/{id}/compliance?from=2026-01-01&to=2026-03-31")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("not-measured");
        var register = await (await officer.GetAsync("/api/v1/compliance/status")).ReadJsonAsync(HttpStatusCode.OK);
        register.EnumerateArray().Single(r => r.GetProperty("requirementId").GetGuid() == id).GetProperty("status").GetString().ShouldBe("non-compliant");
        await (await officer.GetAsync($"/api/v1/compliance/requirements/{id}/compliance?from=2026-03-31&to=2026-01-01")).ShouldBeValidationProblemAsync("to");

        // The requirement page shows its controls, measures and the failed record.
        using var page = await _app.SignInAsync("comp.meas.co", FrontlineAppFactory.StaffPassword);
        var html = await page.GetStringAsync($"/compliance/requirements/{id}");
        html.ShouldContain("non-compliant");
        html.ShouldContain($"/quality/evaluations/{failed}");
    }

    [Fact]
    public async Task Pages_Register_Requirement_Risk_Breaches_Desk_Render_AndConfidentialBreachIs404ForOthers()
    {
        var (_, _, agent) = await _app.TeamAsync("comp.pages");
        await _app.CreateStaffAsync("comp.pages.co", ["ComplianceOfficer"]);
        await _app.CreateStaffAsync("comp.pages.other", ["TeamLeader"]);
        using var api = await _app.ClientForAsync("comp.pages.co");
        var requirements = await (await api.GetAsync("/api/v1/compliance/requirements?q=DISP 1.6.2R")).ReadJsonAsync(HttpStatusCode.OK);
        var dispId = requirements.GetProperty("items")[0].GetProperty("id").GetGuid();
        var breach = (await (await api.PostAsJsonAsync("/api/v1/compliance/breaches", new
        {
            requirementId = dispId, staffIds = new[] { agent }, occurredAt = "2026-12-01T10:00:00Z", detectedAt = "2026-12-02T10:00:00Z",
            detectedBy = "complaint", description = "Final response sent without the ombudsman leaflet.", severity = "medium",
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync($"/api/v1/compliance/breaches/{breach}/route", new { route = "grievance" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var officer = await _app.SignInAsync("comp.pages.co", FrontlineAppFactory.StaffPassword);
        var register = await officer.GetStringAsync("/compliance");
        register.ShouldNotContain("not built yet");
        register.ShouldContain("FCA DISP 1.6.2R");
        register.ShouldContain("UK GDPR Art 15");
        var detail = await officer.GetStringAsync($"/compliance/requirements/{dispId}");
        detail.ShouldContain("href=\"/complaints/settings\"");
        detail.ShouldContain("Record assessment");
        (await officer.GetStringAsync("/compliance/risk")).ShouldContain("data-testid=\"heat-map\"");
        (await officer.GetStringAsync("/compliance/breaches")).ShouldContain("Record a breach");
        var breachPage = await officer.GetStringAsync($"/compliance/breaches/{breach}");
        breachPage.ShouldContain("ombudsman leaflet");
        breachPage.ShouldContain("Record written grievance");
        (await officer.GetStringAsync("/data-protection")).ShouldContain("Log a subject access request");

        using var other = await _app.SignInAsync("comp.pages.other", FrontlineAppFactory.StaffPassword);
        var hidden = await other.GetAsync($"/compliance/breaches/{breach}");
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync()).ShouldNotContain("ombudsman leaflet");
        (await other.GetStringAsync("/compliance/breaches")).ShouldNotContain("ombudsman leaflet");
        using var concerned = await _app.SignInAsync("comp.pages.agent", FrontlineAppFactory.StaffPassword);
        (await concerned.GetStringAsync($"/compliance/breaches/{breach}")).ShouldContain("ombudsman leaflet");
    }
}
