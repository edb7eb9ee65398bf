using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

/// <summary>The Quality pages render for the people who use them (static SSR through a signed-in cookie session).</summary>
public sealed class QualityPagesTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Pages_RenderForAnalystAgentAndTeamLeader_WithTheRecordBesideTheEvaluation_AndTheAgentsTrend()
    {
        var p = await app.PeopleAsync("pages");
        using var analystApi = await app.ClientForAsync("pages.qa");
        var card = await analystApi.PublishedCardAsync("Pages card");
        var contact = await app.ContactAsync(p.AgentA, p.TeamA);
        var evaluation = (await (await analystApi.PostAsJsonAsync("/api/v1/quality/evaluations", QualityTestData.Evaluation(card, contact)))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var session = (await (await analystApi.PostAsJsonAsync("/api/v1/quality/calibrations", new
        {
            title = "Pages calibration", contactId = contact, scorecardId = card.Id, evaluatorIds = new[] { p.Analyst, p.LeaderA },
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var analyst = await app.SignInAsync("pages.qa", FrontlineAppFactory.StaffPassword);
        (await analyst.GetStringAsync("/quality")).ShouldContain("Waiting for you");
        (await analyst.GetStringAsync("/quality/scorecards")).ShouldContain("Pages card");
        (await analyst.GetStringAsync($"/quality/scorecards/{card.Id}")).ShouldContain("Uses the customer&#x27;s name");
        (await analyst.GetStringAsync($"/quality/scorecards/{card.Id}/edit")).ShouldContain("is not a draft");
        (await analyst.GetStringAsync("/quality/scorecards/new")).ShouldContain("Section name");
        (await analyst.GetStringAsync($"/quality/evaluations/new?contactId={contact}")).ShouldContain("REC-0042");
        (await analyst.GetStringAsync($"/quality/evaluations/{evaluation}")).ShouldContain("duplicate charge");
        (await analyst.GetStringAsync("/quality/calibration")).ShouldContain("Pages calibration");
        (await analyst.GetStringAsync($"/quality/calibration/{session}")).ShouldContain("Your blind score");

        using var agent = await app.SignInAsync("pagesa.agent", FrontlineAppFactory.StaffPassword);
        var list = await agent.GetStringAsync("/quality/evaluations");
        list.ShouldContain("Your score trend");
        list.ShouldContain("1 evaluation(s)");
        (await agent.GetStringAsync($"/quality/evaluations/{evaluation}")).ShouldContain("Acknowledge");
        using var otherAgent = await app.SignInAsync("pagesb.agent", FrontlineAppFactory.StaffPassword);
        (await otherAgent.GetStringAsync($"/quality/evaluations/{evaluation}")).ShouldContain("The evaluation was not found.");
        (await otherAgent.GetStringAsync("/quality/evaluations")).ShouldContain("0 evaluation(s)");
    }
}
