using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.People.Development;

/// <summary>Briefings through the API (SQLite and PostgreSQL): audience, attendance, acknowledgement once, scope, stale attendance.</summary>
public sealed class BriefingApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task TeamBriefing_AudienceIsTheTeam_Acknowledged_Once_Attendance_StaleIs409_OthersSee404()
    {
        var c = await app.CastAsync("brief");
        using var leader = await app.ClientForAsync($"{c.P}a.tl");
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        using var outsider = await app.ClientForAsync($"{c.P}b.agent");
        using var otherLeader = await app.ClientForAsync($"{c.P}b.tl");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = new
        {
            title = "Vulnerable customers",
            content = "How to spot signs of vulnerability and what adjustments we offer.",
            references = new object[] { new { kind = "requirement", reference = "FG21/1" }, new { kind = "procedure", reference = "Vulnerability flag procedure" } },
            teamId = c.TeamA,
            heldOn = today,
        };
        await (await otherLeader.PostAsJsonAsync("/api/v1/people/briefings", body)).ShouldBeValidationProblemAsync("teamId");
        await (await leader.PostAsJsonAsync("/api/v1/people/briefings", new { body.title, body.content, references = Array.Empty<object>(), body.teamId, body.heldOn }))
            .ShouldBeValidationProblemAsync("references");
        var briefing = await (await leader.PostAsJsonAsync("/api/v1/people/briefings", body)).ReadJsonAsync(HttpStatusCode.Created);
        var id = briefing.GetProperty("id").GetGuid();
        var audience = briefing.GetProperty("audience").EnumerateArray().Select(a => a.GetProperty("staffId").GetGuid()).ToList();
        audience.ShouldContain(c.AgentA);
        audience.ShouldContain(c.Managed);
        audience.ShouldNotContain(c.AgentB);

        (await outsider.GetAsync($"/api/v1/people/briefings/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLeader.GetAsync($"/api/v1/people/briefings/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsJsonAsync($"/api/v1/people/briefings/{id}/acknowledge", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var acked = await (await agent.PostAsJsonAsync($"/api/v1/people/briefings/{id}/acknowledge", new { comment = "Clear" })).ReadJsonAsync(HttpStatusCode.OK);
        acked.GetProperty("acknowledged").GetInt32().ShouldBe(1);
        await (await agent.PostAsJsonAsync($"/api/v1/people/briefings/{id}/acknowledge", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.PostAsJsonAsync($"/api/v1/people/briefings/{id}/attendance", new { attended = new[] { c.AgentA }, version = acked.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var version = acked.GetProperty("version").GetInt32();
        await (await leader.PostAsJsonAsync($"/api/v1/people/briefings/{id}/attendance", new { attended = new[] { c.AgentB }, version }))
            .ShouldBeValidationProblemAsync("attended");
        var recorded = await (await leader.PostAsJsonAsync($"/api/v1/people/briefings/{id}/attendance", new { attended = new[] { c.AgentA, c.Managed }, version }))
            .ReadJsonAsync(HttpStatusCode.OK);
        recorded.GetProperty("attended").GetInt32().ShouldBe(2);
        recorded.GetProperty("version").GetInt32().ShouldBeGreaterThan(version);
        await (await leader.PostAsJsonAsync($"/api/v1/people/briefings/{id}/attendance", new { attended = new[] { c.AgentA }, version }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var mine = await (await agent.GetAsync("/api/v1/people/briefings")).ReadJsonAsync(HttpStatusCode.OK);
        mine.EnumerateArray().ShouldContain(b => b.GetProperty("id").GetGuid() == id);
        (await (await outsider.GetAsync("/api/v1/people/briefings")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ShouldNotContain(b => b.GetProperty("id").GetGuid() == id);
    }
}
