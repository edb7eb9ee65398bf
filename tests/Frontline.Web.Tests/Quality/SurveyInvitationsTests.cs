using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Tests.Notifications;
using Microsoft.AspNetCore.Hosting;

namespace Frontline.Web.Tests.Quality;

/// <summary>The app e-mailing survey invitations through the real SMTP server, with a public address for the survey page.</summary>
public sealed class SurveyMailAppFactory : MailAppFactory
{
    public const string PublicAddress = "https://feedback.centre.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Quality:PublicBaseUrl", PublicAddress);
    }
}

/// <summary>CCTC9 4.4: customers are invited by e-mail after their contact ends, automatically, once, not too often.</summary>
public sealed partial class SurveyInvitationsTests(SurveyMailAppFactory app) : IClassFixture<SurveyMailAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static async Task<Guid> CustomerAsync(HttpClient agent, string firstName, string? email) =>
        (await (await agent.PostAsJsonAsync("/api/v1/customers", new { firstName, lastName = "Surveyed", email }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [Fact]
    public async Task ContactsEnded_InviteTheirCustomersByEmail_Once_NotWithinQuietDays_NotWithoutAnAddress_NotBeforeTheSurvey()
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync("Survey mail team");
        var agentId = await app.CreateStaffAsync(Smtp4Dev.Unique("sv.agent"), ["Agent"], team);
        await app.CreateStaffAsync(Smtp4Dev.Unique("sv.analyst"), ["QualityAnalyst"]);
        using var agent = await app.ClientForAsync(Smtp4Dev.Unique("sv.agent"));
        using var analyst = await app.ClientForAsync(Smtp4Dev.Unique("sv.analyst"));
        string Address(string name) => $"{Smtp4Dev.Unique(name)}@customers.example";
        var ann = await CustomerAsync(agent, "Ann", Address("ann"));
        var bob = await CustomerAsync(agent, "Bob", Address("bob"));
        var cat = await CustomerAsync(agent, "Cat", null);
        var dan = await CustomerAsync(agent, "Dan", Address("dan"));

        // Dan's contact ended before the survey existed: not surveyed.
        await app.ContactsAsync(agentId, team, Now.AddHours(-1), 1, customerId: dan);
        var surveyId = (await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", new
        {
            name = "After your call (automatic)",
            trigger = "contact-closed",
            questions = new object[] { new { id = "csat", kind = "csat", text = "How satisfied were you?", required = true } },
            invitePercent = 100,
            quietDays = 30,
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Ann twice (one invitation: quiet days), Bob once, Cat has no e-mail address.
        var annContacts = await app.ContactsAsync(agentId, team, Now.AddMinutes(10), 2, customerId: ann);
        await app.ContactsAsync(agentId, team, Now.AddMinutes(20), 1, customerId: bob);
        await app.ContactsAsync(agentId, team, Now.AddMinutes(30), 1, customerId: cat);
        app.Clock.Set(Now.AddHours(1));

        var run = await (await analyst.PostAsync("/api/v1/quality/surveys/scheduled-invitations", null)).ReadJsonAsync(HttpStatusCode.OK);
        run.GetProperty("invited").GetInt32().ShouldBe(2);
        run.GetProperty("settled").GetInt32().ShouldBe(2);
        run.GetProperty("off").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var received = await Smtp4Dev.WaitForAsync(2, TimeSpan.FromSeconds(10), Address("ann"), Address("bob"), Address("dan"));
        received.Select(r => r.To).Order().ShouldBe(new[] { Address("ann"), Address("bob") }.Order());
        var toAnn = received.Single(r => r.To == Address("ann"));
        toAnn.Subject.ShouldBe("How did we do? Tell us in a minute");
        var raw = await Smtp4Dev.RawAsync(toAnn.Id);
        raw.ShouldContain("Dear Ann Surveyed");
        var token = SurveyLink().Match(raw.Replace("=\r\n", "", StringComparison.Ordinal)).Groups[1].Value;
        token.ShouldNotBeNullOrEmpty();

        // The customer answers through the e-mailed link; the response reaches Ann's contact and the agent.
        using var customer = app.Anonymous();
        (await customer.PostAsJsonAsync($"/api/v1/public/surveys/{token}/responses", new { answers = new Dictionary<string, string?> { ["csat"] = "4" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var responses = await (await analyst.GetAsync($"/api/v1/quality/surveys/{surveyId}/responses")).ReadJsonAsync(HttpStatusCode.OK);
        responses.GetArrayLength().ShouldBe(1);
        annContacts.ShouldContain(responses[0].GetProperty("contactId").GetGuid());
        responses[0].GetProperty("agentId").GetGuid().ShouldBe(agentId);

        // Running again (the every-minute job) invites nobody twice and sends nothing more.
        app.Clock.Set(Now.AddHours(2));
        var again = await (await analyst.PostAsync("/api/v1/quality/surveys/scheduled-invitations", null)).ReadJsonAsync(HttpStatusCode.OK);
        again.GetProperty("invited").GetInt32().ShouldBe(0);
        (await Smtp4Dev.ReceivedForAsync(Address("ann"), Address("bob"), Address("dan"))).Count.ShouldBe(2);

        // A new contact for Bob within the quiet days: not invited again.
        await app.ContactsAsync(agentId, team, Now.AddHours(2).AddMinutes(5), 1, customerId: bob);
        app.Clock.Set(Now.AddHours(3));
        (await (await analyst.PostAsync("/api/v1/quality/surveys/scheduled-invitations", null)).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("invited").GetInt32().ShouldBe(0);

        var page = await (await analyst.GetAsync("/quality/feedback")).Content.ReadAsStringAsync();
        page.ShouldContain("2 e-mailed, 0 waiting, 0 not sent");
    }

    [Fact]
    public async Task AutomaticSettings_OutOfRange_AreClearProblems_NothingSaved()
    {
        await app.CreateStaffAsync(Smtp4Dev.Unique("sv.analyst2"), ["QualityAnalyst"]);
        using var analyst = await app.ClientForAsync(Smtp4Dev.Unique("sv.analyst2"));
        object Survey(int invitePercent, int quietDays) => new
        {
            name = "Out of range " + invitePercent + "/" + quietDays,
            trigger = "case-closed",
            questions = new object[] { new { id = "csat", kind = "csat", text = "How satisfied were you?", required = true } },
            invitePercent,
            quietDays,
        };
        await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", Survey(0, 30))).ShouldBeValidationProblemAsync("invitePercent");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", Survey(101, 30))).ShouldBeValidationProblemAsync("invitePercent");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/surveys", Survey(50, 366))).ShouldBeValidationProblemAsync("quietDays");
        var surveys = await (await analyst.GetAsync("/api/v1/quality/surveys")).ReadJsonAsync(HttpStatusCode.OK);
        surveys.EnumerateArray().ShouldNotContain(s => s.GetProperty("name").GetString()!.StartsWith("Out of range", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https://feedback\.centre\.example/survey/([A-Za-z0-9_\-\.]+)")]
    private static partial Regex SurveyLink();
}
