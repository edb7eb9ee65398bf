using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Communications;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Communications;

/// <summary>Message templates: Liquid placeholders checked, the language check stored and blocking approval, variants chosen for a customer.</summary>
public sealed class TemplateApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static object Template(string name, string kind, string body, object[]? more = null) => new
    {
        name, kind, subject = "About your account {{ customer.reference }}",
        variants = new object[] { new { variant = "standard", body } }.Concat(more ?? []).ToArray(),
    };

    [Fact]
    public async Task Template_BlockingCheckStopsApproval_FixedThenApproved_BadPlaceholdersAndTagsRefused_NothingSaved()
    {
        var people = await app.CommsPeopleAsync("tpl");
        using var author = await app.AsAsync(people, "author");
        using var manager = await app.AsAsync(people, "mgra");
        using var agent = await app.AsAsync(people, "agent");

        var created = await (await author.PostAsJsonAsync("/api/v1/communications/templates",
            Template("Arrears letter", "email", "Dear {{ customer.first_name }},\nPlease be advised that your account is in arrears.\nKind regards"))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("blocking").GetBoolean().ShouldBeTrue();
        var findings = created.GetProperty("variants")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        findings.ShouldContain("banned-phrase");
        findings.ShouldContain("jargon");
        await (await manager.PostAsync($"/api/v1/communications/templates/{id}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await agent.PostAsync($"/api/v1/communications/templates/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var fixedTemplate = await (await author.PutAsJsonAsync($"/api/v1/communications/templates/{id}/draft", Template("Arrears letter", "email",
            "Dear {{ customer.first_name }},\nYou have missed two payments. Please call us on {{ centre.phone }}.\nKind regards",
            [new { variant = "large-print", body = "Dear {{ customer.first_name }},\nYou have missed two payments.\nKind regards" }]))).ReadJsonAsync(HttpStatusCode.OK);
        fixedTemplate.GetProperty("blocking").GetBoolean().ShouldBeFalse();
        (await (await manager.PostAsync($"/api/v1/communications/templates/{id}/approve", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("approved");

        var before = await app.WithDbAsync(db => db.Set<MessageTemplate>().CountAsync());
        await (await author.PostAsJsonAsync("/api/v1/communications/templates", Template("Typo", "email", "Dear {{ customer.frist_name }}")))
            .ShouldBeValidationProblemAsync("variants[0].body");
        var unbalanced = await (await author.PostAsJsonAsync("/api/v1/communications/templates",
            Template("Unbalanced", "email", "Dear {{ customer.first_name }},\n{% if case.reference %}Your case is {{ case.reference }}.\nKind regards")))
            .ShouldBeValidationProblemAsync("variants[0].body");
        unbalanced.ToString().ShouldContain("does not parse");
        await (await author.PostAsJsonAsync("/api/v1/communications/templates", Template("Unclosed", "sms", "Frontline: hi {{ customer.first_name ")))
            .ShouldBeValidationProblemAsync("variants[0].body");
        await (await author.PostAsJsonAsync("/api/v1/communications/templates", new { name = "No kind", variants = new[] { new { variant = "standard", body = "Hi" } } }))
            .ShouldBeValidationProblemAsync("kind");
        (await app.WithDbAsync(db => db.Set<MessageTemplate>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Use_ChoosesTheVariantFromTheCustomersRecordedNeeds_AndSmsSegmentsAreMeasuredOnTheFilledText()
    {
        var people = await app.CommsPeopleAsync("use");
        using var author = await app.AsAsync(people, "author");
        using var manager = await app.AsAsync(people, "mgra");
        using var agent = await app.AsAsync(people, "agent");
        var customer = (await (await agent.PostAsJsonAsync("/api/v1/customers", new
        {
            firstName = "Megan", lastName = "Pryce", communicationNeeds = "Partially sighted: large print letters, please.",
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var id = (await (await author.PostAsJsonAsync("/api/v1/communications/templates", Template("Card sent", "letter",
            "Dear {{ customer.first_name }},\nWe sent your new card today.\nYours sincerely",
            [new { variant = "large-print", body = "Dear {{ customer.name }},\nWe sent your new card today.\nYours sincerely" }]))).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await agent.PostAsJsonAsync($"/api/v1/communications/templates/{id}/render", new { customerId = customer })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await manager.PostAsync($"/api/v1/communications/templates/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var letter = await (await agent.PostAsJsonAsync($"/api/v1/communications/templates/{id}/render", new { customerId = customer })).ReadJsonAsync(HttpStatusCode.OK);
        letter.GetProperty("variant").GetString().ShouldBe("large-print");
        letter.GetProperty("body").GetString().ShouldBe("Dear Megan Pryce,\nWe sent your new card today.\nYours sincerely");
        letter.GetProperty("check").GetProperty("blocking").GetBoolean().ShouldBeFalse();
        var standard = await (await agent.PostAsJsonAsync($"/api/v1/communications/templates/{id}/render", new { customerId = customer, variant = "standard" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        standard.GetProperty("body").GetString()!.ShouldStartWith("Dear Megan,");
        await (await agent.PostAsJsonAsync($"/api/v1/communications/templates/{id}/render", new { customerId = Guid.NewGuid() })).ShouldBeValidationProblemAsync("customerId");

        var sms = await (await author.PostAsJsonAsync("/api/v1/communications/templates", new
        {
            name = "Card SMS", kind = "sms",
            variants = new[] { new { variant = "standard", body = "{{ centre.name }}: hi {{ customer.first_name }}, your card is on its way. Call {{ centre.phone }} if it has not arrived in 5 days." } },
        })).ReadJsonAsync(HttpStatusCode.Created);
        sms.GetProperty("variants")[0].GetProperty("smsSegments").GetInt32().ShouldBe(1);
    }
}
