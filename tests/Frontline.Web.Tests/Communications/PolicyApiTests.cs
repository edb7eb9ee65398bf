using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Communications;

/// <summary>The communication policy API: the sign-off workflow, bad input, concurrency, scope and roles (SQLite and PostgreSQL).</summary>
public sealed class PolicyApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task SignOff_CannotPublishUntilEveryRequiredAgreement_AuthorMayNotSign_ThenPublished_AndAnAgentAcknowledges()
    {
        var people = await app.CommsPeopleAsync("flow");
        using var author = await app.AsAsync(people, "author");
        using var a = await app.AsAsync(people, "mgra");
        using var b = await app.AsAsync(people, "mgrb");
        using var agent = await app.AsAsync(people, "agent");

        var response = await author.PostAsJsonAsync("/api/v1/communications/policies", CommsTestData.Policy("Flow policy"));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/communications/policies/{id}");
        created.GetProperty("version").GetInt32().ShouldBe(1);
        created.GetProperty("status").GetString().ShouldBe("draft");
        created.GetProperty("clauses").GetArrayLength().ShouldBe(9);
        created.GetProperty("missingComponents").GetArrayLength().ShouldBe(0);

        // Agents never see a draft.
        await (await agent.GetAsync($"/api/v1/communications/policies/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await a.PostAsync($"/api/v1/communications/policies/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var submitted = await (await author.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).ReadJsonAsync(HttpStatusCode.OK);
        submitted.GetProperty("status").GetString().ShouldBe("submitted");
        var told = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Kind == "communications.policy-submitted" && n.Link!.Contains(id.ToString()))
            .Select(n => n.RecipientId).ToListAsync());
        told.ShouldContain(people.ManagerA);
        told.ShouldContain(people.ManagerB);
        told.ShouldNotContain(people.Author); // the author may not sign, so is not asked to

        await (await author.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var one = await (await a.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree", comment = "Fits our service aims." }))
            .ReadJsonAsync(HttpStatusCode.OK);
        one.GetProperty("agreements").GetInt32().ShouldBe(1);
        await (await a.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var early = await (await a.PostAsync($"/api/v1/communications/policies/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        early.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("1 of 2");

        (await (await b.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("agreed");
        var published = await (await a.PostAsync($"/api/v1/communications/policies/{id}/publish", null)).ReadJsonAsync(HttpStatusCode.OK);
        published.GetProperty("status").GetString().ShouldBe("published");
        published.GetProperty("reviewDueOn").GetString().ShouldNotBeNull();
        var signOffs = published.GetProperty("signOffs").EnumerateArray().ToList();
        signOffs.Select(s => s.GetProperty("signerName").GetString()).ShouldBe(["Test comms.flow.mgra", "Test comms.flow.mgrb"]);
        signOffs[0].GetProperty("role").GetString().ShouldBe("Manager");
        signOffs[0].GetProperty("comment").GetString().ShouldBe("Fits our service aims.");

        var seen = await (await agent.GetAsync($"/api/v1/communications/policies/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("acknowledgedByMe").GetBoolean().ShouldBeFalse();
        var acknowledged = await (await agent.PostAsync($"/api/v1/communications/policies/{id}/acknowledge", null)).ReadJsonAsync(HttpStatusCode.OK);
        acknowledged.GetProperty("acknowledgedByMe").GetBoolean().ShouldBeTrue();
        acknowledged.GetProperty("acknowledgements").GetInt32().ShouldBe(1);

        var pdf = await a.GetAsync($"/api/v1/communications/policies/{id}/agreement.pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe("%PDF"u8.ToArray());
    }

    [Fact]
    public async Task Rejection_ReturnsToDraftWithReasons_AndTellsTheAuthor_IncompletePolicyCannotBeSubmitted_NothingHalfSaved()
    {
        var people = await app.CommsPeopleAsync("reject");
        using var author = await app.AsAsync(people, "author");
        using var a = await app.AsAsync(people, "mgra");

        var partial = (await author.CreatePolicyAsync(CommsTestData.Policy("Partial policy", components: ["purpose-and-scope", "channels"]))).GetProperty("id").GetGuid();
        var problem = await (await author.PostAsync($"/api/v1/communications/policies/{partial}/submit", null)).ShouldBeValidationProblemAsync("clauses");
        problem.ToString().ShouldContain("Accessibility and adjustments");
        (await app.WithDbAsync(db => db.Set<PolicyVersion>().Where(v => v.PolicyId == partial).Select(v => v.Status).SingleAsync())).ShouldBe(PolicyStatus.Draft);

        var id = (await author.CreatePolicyAsync(CommsTestData.Policy("Rejected policy"))).GetProperty("id").GetGuid();
        (await author.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await a.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "reject" })).ShouldBeValidationProblemAsync("comment");
        var rejected = await (await a.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements",
            new { decision = "reject", comment = "Say how fast we answer e-mails." })).ReadJsonAsync(HttpStatusCode.OK);
        rejected.GetProperty("status").GetString().ShouldBe("draft");
        rejected.GetProperty("rejectionReason").GetString().ShouldBe("Say how fast we answer e-mails.");
        rejected.GetProperty("signOffs")[0].GetProperty("decision").GetString().ShouldBe("reject");
        (await app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.RecipientId == people.Author && n.Kind == "communications.policy-rejected"))).ShouldBe(1);
        await (await a.PostAsync($"/api/v1/communications/policies/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Bad input: no title, no clauses, an unknown component, agreements out of range.
        await (await author.PostAsJsonAsync("/api/v1/communications/policies", new { title = "", clauses = new[] { new { component = "channels", text = "x" } } }))
            .ShouldBeValidationProblemAsync("title");
        await (await author.PostAsJsonAsync("/api/v1/communications/policies", new { title = "No clauses", clauses = Array.Empty<object>() }))
            .ShouldBeValidationProblemAsync("clauses");
        await (await author.PostAsJsonAsync("/api/v1/communications/policies", new { title = "Odd", clauses = new[] { new { component = "gossip", text = "x" } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync("/api/v1/communications/policies", CommsTestData.Policy("Zero agreements", requiredAgreements: 0)))
            .ShouldBeValidationProblemAsync("requiredAgreements");
    }

    [Fact]
    public async Task ReviewComments_BlockSubmissionUntilResolved_StaleRevision409_AndRolesAndScope()
    {
        var people = await app.CommsPeopleAsync("review");
        using var author = await app.AsAsync(people, "author");
        using var leader = await app.AsAsync(people, "leader");
        using var agent = await app.AsAsync(people, "agent");

        var created = await author.CreatePolicyAsync(CommsTestData.Policy("Reviewed policy"));
        var id = created.GetProperty("id").GetGuid();
        var clause = created.GetProperty("clauses")[3].GetProperty("id").GetGuid();
        (await (await author.PostAsync($"/api/v1/communications/policies/{id}/review", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("in-review");

        (await agent.PostAsJsonAsync("/api/v1/communications/policies", CommsTestData.Policy("Agent's policy"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await agent.PostAsJsonAsync($"/api/v1/communications/policies/{id}/comments", new { clauseId = clause, text = "Hi" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var list = await (await agent.GetAsync("/api/v1/communications/policies?q=reviewed")).ReadJsonAsync(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(0);

        var commented = await (await leader.PostAsJsonAsync($"/api/v1/communications/policies/{id}/comments",
            new { clauseId = clause, text = "Give a response time for web chat." })).ReadJsonAsync(HttpStatusCode.OK);
        var comment = commented.GetProperty("clauses")[3].GetProperty("comments")[0];
        comment.GetProperty("authorName").GetString().ShouldBe("Test comms.review.leader");
        commented.GetProperty("openComments").GetInt32().ShouldBe(1);
        await (await author.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await leader.PostAsJsonAsync($"/api/v1/communications/policies/{id}/comments", new { clauseId = Guid.NewGuid(), text = "Where?" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var answered = await (await author.PostAsJsonAsync($"/api/v1/communications/policies/{id}/comments/{comment.GetProperty("id").GetGuid()}/answer",
            new { reply = "Added: within 60 seconds.", resolve = true })).ReadJsonAsync(HttpStatusCode.OK);
        answered.GetProperty("openComments").GetInt32().ShouldBe(0);
        var revision = answered.GetProperty("revision").GetInt32();

        // A draft edit based on an older revision is refused.
        var stale = new { title = "Reviewed policy", clauses = new[] { new { component = "channels", text = "Phone and e-mail." } }, revision = revision - 1 };
        await (await author.PutAsJsonAsync($"/api/v1/communications/policies/{id}/draft", stale)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.Set<PolicyClause>().CountAsync(c => c.VersionId == answered.GetProperty("versionId").GetGuid()))).ShouldBe(9);

        (await (await author.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("submitted");
        await (await leader.GetAsync($"/api/v1/communications/policies/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NextVersion_DiffClauseByClause_PublishingSupersedesTheOld_WhichCannotBeAgreed()
    {
        var people = await app.CommsPeopleAsync("versions");
        using var author = await app.AsAsync(people, "author");
        using var a = await app.AsAsync(people, "mgra");
        using var b = await app.AsAsync(people, "mgrb");
        var id = await app.PublishedPolicyAsync(people, "Versioned policy");

        var v2 = await (await author.PostAsync($"/api/v1/communications/policies/{id}/versions", null)).ReadJsonAsync(HttpStatusCode.Created);
        v2.GetProperty("version").GetInt32().ShouldBe(2);
        var clauses = v2.GetProperty("clauses").EnumerateArray().Select(c => new
        {
            id = c.GetProperty("id").GetGuid(), component = c.GetProperty("component").GetString(),
            text = c.GetProperty("component").GetString() == "channel-standards" ? "E-mails are answered within one working day." : c.GetProperty("text").GetString(),
        }).ToList();
        (await author.PutAsJsonAsync($"/api/v1/communications/policies/{id}/draft", new { title = "Versioned policy", clauses }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var diff = await (await a.GetAsync($"/api/v1/communications/policies/{id}/diff?from=1&to=2")).ReadJsonAsync(HttpStatusCode.OK);
        var changes = diff.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("change").GetString()).ToList();
        changes.Count(c => c == "unchanged").ShouldBe(8);
        var changed = diff.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("change").GetString() == "changed");
        changed.GetProperty("pieces").EnumerateArray().ShouldContain(p => p.GetProperty("kind").GetString() == "inserted");

        (await author.PostAsync($"/api/v1/communications/policies/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await b.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.PostAsync($"/api/v1/communications/policies/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var v1 = await (await a.GetAsync($"/api/v1/communications/policies/{id}?version=1")).ReadJsonAsync(HttpStatusCode.OK);
        v1.GetProperty("status").GetString().ShouldBe("superseded");
        var superseded = await (await b.PostAsJsonAsync($"/api/v1/communications/policies/{id}/agreements", new { decision = "agree", version = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        superseded.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("superseded");
    }
}
