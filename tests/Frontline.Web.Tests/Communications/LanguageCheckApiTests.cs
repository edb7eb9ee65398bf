using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Communications;

/// <summary>The language-check API contract (issue 11: keep stable), and the pages that show it.</summary>
public sealed class LanguageCheckApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task LanguageCheck_Contract_ReadabilityJargonAndSmsSegments_SmsOnlyForSms()
    {
        await app.CreateStaffAsync("comms.lc.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("comms.lc.agent");

        var sms = await (await agent.PostAsJsonAsync("/api/v1/communications/language-check",
            new { text = "Frontline: your account is in arrears. Please call us prior to Friday. Zoë", kind = "sms" })).ReadJsonAsync(HttpStatusCode.OK);
        sms.GetProperty("fleschReadingEase").GetDouble().ShouldBeInRange(-50, 121);
        sms.GetProperty("fleschKincaidGrade").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Number);
        sms.GetProperty("sentences").GetInt32().ShouldBe(3);
        sms.GetProperty("words").GetInt32().ShouldBe(13);
        sms.GetProperty("longSentences").GetArrayLength().ShouldBe(0);
        var jargon = sms.GetProperty("jargon").EnumerateArray().ToList();
        jargon.Select(j => j.GetProperty("term").GetString()).ShouldBe(["arrears", "prior to"]);
        jargon[0].GetProperty("suggestion").GetString().ShouldBe("missed payments");
        var segments = sms.GetProperty("sms");
        segments.GetProperty("encoding").GetString().ShouldBe("UCS-2");
        segments.GetProperty("characters").GetInt32().ShouldBe(74);
        segments.GetProperty("segments").GetInt32().ShouldBe(2);

        var email = await (await agent.PostAsJsonAsync("/api/v1/communications/language-check", new { text = "Dear Sam,\nThanks for calling.\nKind regards", kind = "email" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        email.TryGetProperty("sms", out _).ShouldBeFalse();
        email.GetProperty("blocking").GetBoolean().ShouldBeFalse();

        await (await agent.PostAsJsonAsync("/api/v1/communications/language-check", new { kind = "email" })).ShouldBeValidationProblemAsync("text");
        await (await agent.PostAsJsonAsync("/api/v1/communications/language-check", new { text = "Hi" })).ShouldBeValidationProblemAsync("kind");
        await (await agent.PostAsJsonAsync("/api/v1/communications/language-check", new { text = "Hi", kind = "fax" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await app.Anonymous().PostAsJsonAsync("/api/v1/communications/language-check", new { text = "Hi", kind = "sms" })).StatusCode
            .ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Pages_RenderTheHub_ThePolicyWithItsSignOffs_TheDiff_AndTheLanguageCheck()
    {
        var people = await app.CommsPeopleAsync("pages");
        var id = await app.PublishedPolicyAsync(people, "Pages policy");

        using var agent = await app.SignInAsync("comms.pages.agent", FrontlineAppFactory.StaffPassword);
        (await agent.GetStringAsync("/communications")).ShouldContain("Pages policy");
        var page = await agent.GetStringAsync($"/communications/policies/{id}");
        page.ShouldContain("I have read and understood this policy");
        page.ShouldContain("Test comms.pages.mgrb");
        page.ShouldNotContain("Submit for management agreement");
        (await agent.GetStringAsync("/communications/language-check")).ShouldContain("Kind of message");

        using var manager = await app.SignInAsync("comms.pages.author", FrontlineAppFactory.StaffPassword);
        (await manager.GetStringAsync("/communications/policies")).ShouldContain("Draft a policy");
        (await manager.GetStringAsync("/communications/policies/new")).ShouldContain("Accessibility and adjustments for customers with support needs");
        (await manager.GetStringAsync($"/communications/policies/{id}")).ShouldContain("Start a new version");
        (await agent.GetStringAsync($"/communications/policies/{Guid.NewGuid()}")).ShouldContain("The policy was not found.");
    }
}
