using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Communications;

/// <summary>Set-up for the Communications tests: people (usernames prefixed <c>comms.</c>) and policies through the API.</summary>
public static class CommsTestData
{
    public static readonly string[] Components =
    [
        "purpose-and-scope", "service-objectives", "channels", "channel-standards", "accessibility", "regulatory-requirements", "record-keeping",
        "roles-and-responsibilities", "monitoring-and-review",
    ];

    /// <summary>A complete policy: one clause under every mandatory component.</summary>
    public static object Policy(string title, int requiredAgreements = 2, IEnumerable<string>? components = null) => new
    {
        title,
        requiredAgreements,
        clauses = (components ?? Components).Select(c => new { component = c, text = $"Our {c.Replace('-', ' ')} are set out here." }).ToArray(),
    };

    public sealed record People(string Prefix, Guid Author, Guid ManagerA, Guid ManagerB, Guid Leader, Guid Agent);

    public static async Task<People> CommsPeopleAsync(this FrontlineAppFactory app, string prefix)
    {
        var author = await app.CreateStaffAsync($"comms.{prefix}.author", ["Manager"]);
        var a = await app.CreateStaffAsync($"comms.{prefix}.mgra", ["Manager"]);
        var b = await app.CreateStaffAsync($"comms.{prefix}.mgrb", ["Manager"]);
        var leader = await app.CreateStaffAsync($"comms.{prefix}.leader", ["TeamLeader"]);
        var agent = await app.CreateStaffAsync($"comms.{prefix}.agent", ["Agent"]);
        return new People(prefix, author, a, b, leader, agent);
    }

    public static Task<HttpClient> AsAsync(this FrontlineAppFactory app, People people, string who) => app.ClientForAsync($"comms.{people.Prefix}.{who}");

    public static async Task<JsonElement> CreatePolicyAsync(this HttpClient author, object policy) =>
        await (await author.PostAsJsonAsync("/api/v1/communications/policies", policy)).ReadJsonAsync(HttpStatusCode.Created);

    /// <summary>Drafts, submits, has both managers agree and publishes a complete policy; returns its id.</summary>
    public static async Task<Guid> PublishedPolicyAsync(this FrontlineAppFactory app, People people, string title)
    {
        using var author = await app.AsAsync(people, "author");
        using var a = await app.AsAsync(people, "mgra");
        using var b = await app.AsAsync(people, "mgrb");
        var id = (await author.CreatePolicyAsync(Policy(title))).GetProperty("id").GetGuid();
        (await author.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await b.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.PostAsync($"/api/v1/communications/policies/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }
}
