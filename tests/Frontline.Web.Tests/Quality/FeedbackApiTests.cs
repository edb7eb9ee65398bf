using System.Net;
using System.Net.Http.Json;
using System.Text;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

public sealed class FeedbackApiTests(QualityOpsAppFactory app) : IClassFixture<QualityOpsAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static async Task<Guid> SurveyAsync(HttpClient analyst, string name) =>
        (await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", new
        {
            name,
            introduction = "Two minutes of your time.",
            trigger = "contact-closed",
            questions = new object[]
            {
                new { id = "csat", kind = "csat", text = "How satisfied were you?", required = true },
                new { id = "nps", kind = "nps", text = "How likely are you to recommend us?" },
                new { id = "effort", kind = "effort", text = "How easy was it?" },
                new { id = "comment", kind = "text", text = "Anything else?" },
            },
            linkValidDays = 7,
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Fact]
    public async Task Survey_LinkAnsweredOnce_TamperedAndExpiredRefused_ResponseLinkedToContactAndAgent()
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync("Feedback team A");
        var agentId = await app.CreateStaffAsync("fb.agent", ["Agent"], team);
        await app.CreateStaffAsync("fb.analyst", ["QualityAnalyst"]);
        using var analyst = await app.ClientForAsync("fb.analyst");
        var surveyId = await SurveyAsync(analyst, "After your call");
        var contactId = (await app.ContactsAsync(agentId, team, Now.AddHours(-2), 1))[0];

        using var agent = await app.ClientForAsync("fb.agent");
        var invitation = await (await agent.PostAsJsonAsync($"/api/v1/quality/surveys/{surveyId}/invitations", new { contactId }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var link = invitation.Str("link");
        link.ShouldContain("/survey/");
        invitation.GetProperty("agentId").GetGuid().ShouldBe(agentId);
        invitation.Str("delivery").ShouldBe("link");
        var token = link[(link.LastIndexOf('/') + 1)..];

        using var customer = app.Anonymous();
        var open = await (await customer.GetAsync($"/api/v1/public/surveys/{token}")).ReadJsonAsync(HttpStatusCode.OK);
        open.GetProperty("questions").GetArrayLength().ShouldBe(4);
        open.TryGetProperty("agentId", out _).ShouldBeFalse("the customer sees nothing about the agent");

        // Tampered: one character of the signature changed.
        var tampered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];
        await (await customer.GetAsync($"/api/v1/public/surveys/{tampered}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await customer.GetAsync("/api/v1/public/surveys/not-a-token")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Bad answers: clear problems, nothing saved.
        await (await customer.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new { answers = new Dictionary<string, string?> { ["nps"] = "9" } }))
            .ShouldBeValidationProblemAsync("csat");
        await (await customer.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new { answers = new Dictionary<string, string?> { ["csat"] = "6" } }))
            .ShouldBeValidationProblemAsync("csat");

        (await customer.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new
        {
            answers = new Dictionary<string, string?> { ["csat"] = "2", ["nps"] = "4", ["effort"] = "3", ["comment"] = "Took three calls. Card 4111 1111 1111 1111" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var reused = await (await customer.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new
        {
            answers = new Dictionary<string, string?> { ["csat"] = "5" },
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        reused.Str("detail").ShouldContain("already been answered");

        var responses = await (await analyst.GetAsync($"/api/v1/quality/surveys/{surveyId}/responses")).ReadJsonAsync(HttpStatusCode.OK);
        responses.GetArrayLength().ShouldBe(1);
        var r = responses[0];
        r.GetProperty("contactId").GetGuid().ShouldBe(contactId);
        r.GetProperty("agentId").GetGuid().ShouldBe(agentId);
        r.GetProperty("csat").GetInt32().ShouldBe(2);
        r.GetProperty("lowScore").GetBoolean().ShouldBeTrue();
        r.Str("comment").ShouldNotContain("4111 1111 1111 1111");
        (await (await agent.GetAsync($"/api/v1/quality/surveys/{surveyId}/responses")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(1, "an agent sees their own");

        // Expired: a second invitation, then the clock passes its expiry.
        var second = await (await agent.PostAsJsonAsync($"/api/v1/quality/surveys/{surveyId}/invitations", new { contactId })).ReadJsonAsync(HttpStatusCode.Created);
        var secondToken = second.Str("link")[(second.Str("link").LastIndexOf('/') + 1)..];
        app.Clock.Set(Now.AddDays(8));
        var expired = await (await customer.GetAsync($"/api/v1/public/surveys/{secondToken}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        expired.Str("detail").ShouldContain("expired");
        app.Clock.Set(Now);
    }

    [Fact]
    public async Task Invitation_BadInputAndScope()
    {
        app.Clock.Set(Now);
        var teamA = await app.CreateTeamAsync("Feedback scope A");
        var teamB = await app.CreateTeamAsync("Feedback scope B");
        var agentA = await app.CreateStaffAsync("fb.scope.a", ["Agent"], teamA);
        await app.CreateStaffAsync("fb.scope.b", ["Agent"], teamB);
        await app.CreateStaffAsync("fb.scope.qa", ["QualityAnalyst"]);
        using var analyst = await app.ClientForAsync("fb.scope.qa");
        var surveyId = await SurveyAsync(analyst, "Scope survey");
        var contactId = (await app.ContactsAsync(agentA, teamA, Now.AddHours(-1), 1))[0];
        using var agentB = await app.ClientForAsync("fb.scope.b");
        await (await agentB.PostAsJsonAsync($"/api/v1/quality/surveys/{surveyId}/invitations", new { contactId })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await analyst.PostAsJsonAsync($"/api/v1/quality/surveys/{surveyId}/invitations", new { })).ShouldBeValidationProblemAsync("contactId");
        await (await analyst.PostAsJsonAsync($"/api/v1/quality/surveys/{surveyId}/invitations", new { contactId, email = true })).ShouldBeValidationProblemAsync("email");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", new { name = "Empty", trigger = "manual", questions = Array.Empty<object>() }))
            .ShouldBeValidationProblemAsync("questions");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", new
        {
            name = "Twice", trigger = "manual", questions = new object[] { new { kind = "csat", text = "a" }, new { kind = "csat", text = "b" } },
        })).ShouldBeValidationProblemAsync("questions");
        (await agentB.PostAsJsonAsync("/api/v1/quality/surveys", new { name = "x", trigger = "manual", questions = new object[] { new { kind = "csat", text = "a" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Responses_ImportByCsv_OnceEach_BadRowsReported()
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync("Feedback import");
        var agentId = await app.CreateStaffAsync("fb.import.agent", ["Agent"], team);
        await app.CreateStaffAsync("fb.import.qa", ["QualityAnalyst"]);
        using var analyst = await app.ClientForAsync("fb.import.qa");
        var surveyId = await SurveyAsync(analyst, "Imported survey");
        var contacts = await app.ContactsAsync(agentId, team, Now.AddDays(-1), 2);
        var csv = $"""
            external_id,contact_id,case_id,responded_at,csat,nps,effort,comment
            T-1,{contacts[0]},,2026-03-09T15:00:00Z,5,10,7,"Lovely, thank you"
            T-2,{contacts[1]},,2026-03-09T16:00:00Z,1,2,,Rude
            T-3,{Guid.NewGuid()},,2026-03-09T16:00:00Z,4,,,
            T-4,{contacts[1]},,2026-03-09T16:00:00Z,9,,,
            """;
        var first = await (await analyst.PostAsync($"/api/v1/quality/surveys/{surveyId}/responses/import", new StringContent(csv, Encoding.UTF8, "text/csv")))
            .ReadJsonAsync(HttpStatusCode.OK);
        first.GetProperty("imported").GetInt32().ShouldBe(2);
        first.GetProperty("problems").GetArrayLength().ShouldBe(2);
        first.GetProperty("problems")[0].GetProperty("line").GetInt32().ShouldBe(4);
        var again = await (await analyst.PostAsync($"/api/v1/quality/surveys/{surveyId}/responses/import", new StringContent(csv, Encoding.UTF8, "text/csv")))
            .ReadJsonAsync(HttpStatusCode.OK);
        again.GetProperty("imported").GetInt32().ShouldBe(0);
        again.GetProperty("skipped").GetInt32().ShouldBe(2);
        var low = await (await analyst.GetAsync($"/api/v1/quality/surveys/{surveyId}/responses?low=true")).ReadJsonAsync(HttpStatusCode.OK);
        low.GetArrayLength().ShouldBe(1);
        low[0].GetProperty("agentId").GetGuid().ShouldBe(agentId);
        low[0].Str("source").ShouldBe("import");
    }

    [Fact]
    public async Task AutomaticInvitations_WithEMailOff_InviteNobody_AndSaySo()
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync("Feedback team off");
        var agentId = await app.CreateStaffAsync("fb.off.agent", ["Agent"], team);
        await app.CreateStaffAsync("fb.off.analyst", ["QualityAnalyst"]);
        using var analyst = await app.ClientForAsync("fb.off.analyst");
        using var agent = await app.ClientForAsync("fb.off.agent");
        await SurveyAsync(analyst, "After your call (no e-mail here)");
        var customer = (await (await agent.PostAsJsonAsync("/api/v1/customers", new { firstName = "Eve", lastName = "Offline", email = "eve@customers.example" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await app.ContactsAsync(agentId, team, Now.AddMinutes(5), 1, customerId: customer);
        app.Clock.Set(Now.AddHours(1));

        var run = await (await analyst.PostAsync("/api/v1/quality/surveys/scheduled-invitations", null)).ReadJsonAsync(HttpStatusCode.OK);
        run.GetProperty("invited").GetInt32().ShouldBe(0);
        run.Str("off").ShouldContain("E-mail is off");
        var page = await (await analyst.GetAsync("/quality/feedback")).Content.ReadAsStringAsync();
        page.ShouldContain("Automatic invitations are not being sent.");
    }
}
