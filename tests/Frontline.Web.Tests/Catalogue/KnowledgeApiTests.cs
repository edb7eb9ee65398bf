using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Catalogue;

public sealed class KnowledgeApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static string ReviewDate(int days = 90) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> CreateArticleAsync(HttpClient author, string title, string body, object? extra = null)
    {
        var response = await author.PostAsJsonAsync("/api/v1/knowledge/articles", new { title, body, reviewDate = ReviewDate() });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(url, body)).ReadJsonAsync(expected);

    [Fact]
    public async Task Article_GoesDraftReviewPublished_ApprovedByTrainerNotAuthor_AgentsSeeOnlyPublished()
    {
        await app.CreateStaffAsync("ka.author", ["TeamLeader"]);
        await app.CreateStaffAsync("ka.trainer", ["Trainer"]);
        await app.CreateStaffAsync("ka.agent", ["Agent"]);
        using var author = await app.ClientForAsync("ka.author");
        using var trainer = await app.ClientForAsync("ka.trainer");
        using var agent = await app.ClientForAsync("ka.agent");

        var article = await CreateArticleAsync(author, "Distance contract cancellation", "Customers can cancel within **14 days**.");
        var id = article.GetProperty("id").GetGuid();
        article.GetProperty("status").GetString().ShouldBe("draft");
        article.GetProperty("html").GetString()!.ShouldContain("<strong>14 days</strong>");
        await (await agent.GetAsync($"/api/v1/knowledge/articles/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Approving a draft is an illegal transition: 409 with the reason.
        var illegal = await (await trainer.PostAsJsonAsync($"/api/v1/knowledge/articles/{id}/approve", new { version = article.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        illegal.GetProperty("detail").GetString()!.ShouldContain("while it is draft");

        var submitted = await PostAsync(author, $"/api/v1/knowledge/articles/{id}/submit", new { version = article.GetProperty("version").GetInt32() });
        submitted.GetProperty("status").GetString().ShouldBe("in-review");
        await (await author.PostAsJsonAsync($"/api/v1/knowledge/articles/{id}/approve", new { version = submitted.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agent.PostAsJsonAsync($"/api/v1/knowledge/articles/{id}/approve", new { version = submitted.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var published = await PostAsync(trainer, $"/api/v1/knowledge/articles/{id}/approve", new { version = submitted.GetProperty("version").GetInt32() });
        published.GetProperty("status").GetString().ShouldBe("published");
        published.GetProperty("publishedRevision").GetInt32().ShouldBe(1);

        var seen = await (await agent.GetAsync($"/api/v1/knowledge/articles/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("title").GetString().ShouldBe("Distance contract cancellation");
        seen.GetProperty("acknowledgedByMe").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task SelfApproval_ByAManagerWhoWroteIt_IsRefused()
    {
        await app.CreateStaffAsync("ks.manager", ["Manager"]);
        using var manager = await app.ClientForAsync("ks.manager");
        var article = await CreateArticleAsync(manager, "Own article", "Text");
        var id = article.GetProperty("id").GetGuid();
        var submitted = await PostAsync(manager, $"/api/v1/knowledge/articles/{id}/submit", new { version = article.GetProperty("version").GetInt32() });
        var refused = await (await manager.PostAsJsonAsync($"/api/v1/knowledge/articles/{id}/approve", new { version = submitted.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        refused.GetProperty("code").GetString().ShouldBe("article.own-approval");
    }

    [Fact]
    public async Task Markdown_RawHtmlAndScriptLinks_AreNotRendered()
    {
        await app.CreateStaffAsync("km.trainer", ["Trainer"]);
        using var trainer = await app.ClientForAsync("km.trainer");
        var article = await CreateArticleAsync(trainer, "Unsafe content",
            "Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) and [policy](https://example.test/policy)");
        var html = article.GetProperty("html").GetString()!;
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("javascript:");
        html.ShouldContain("href=\"https://example.test/policy\"");
    }

    [Fact]
    public async Task Revisions_KeepHistoryWithDiff_PublishedStaysVisibleWhileRevised_AndStaleVersionIs409()
    {
        await app.CreateStaffAsync("kr.author", ["Trainer"]);
        await app.CreateStaffAsync("kr.approver", ["Manager"]);
        await app.CreateStaffAsync("kr.agent", ["Agent"]);
        using var author = await app.ClientForAsync("kr.author");
        using var approver = await app.ClientForAsync("kr.approver");
        using var agent = await app.ClientForAsync("kr.agent");
        var article = await CreateArticleAsync(author, "Overdraft fees", "Line one\nFee is £5\nLine three");
        var id = article.GetProperty("id").GetGuid();
        var v = article.GetProperty("version").GetInt32();
        v = (await PostAsync(author, $"/api/v1/knowledge/articles/{id}/submit", new { version = v })).GetProperty("version").GetInt32();
        v = (await PostAsync(approver, $"/api/v1/knowledge/articles/{id}/approve", new { version = v })).GetProperty("version").GetInt32();

        var revised = await (await author.PutAsJsonAsync($"/api/v1/knowledge/articles/{id}", new
        {
            version = v, title = "Overdraft fees", body = "Line one\nFee is £6\nLine three", reviewDate = ReviewDate(), materialChange = true,
            changeNote = "Fee change from 1 March",
        })).ReadJsonAsync(HttpStatusCode.OK);
        revised.GetProperty("status").GetString().ShouldBe("draft");
        revised.GetProperty("revision").GetInt32().ShouldBe(2);

        // Agents keep reading the published revision while the new one is drafted.
        (await (await agent.GetAsync($"/api/v1/knowledge/articles/{id}")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("body").GetString()!.ShouldContain("£5");

        var stale = await author.PutAsJsonAsync($"/api/v1/knowledge/articles/{id}", new { version = v, title = "Overdraft fees", body = "x", reviewDate = ReviewDate() });
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var history = await (await author.GetAsync($"/api/v1/knowledge/articles/{id}/revisions")).ReadJsonAsync(HttpStatusCode.OK);
        history.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).ShouldBe([2, 1]);
        history[0].GetProperty("note").GetString().ShouldBe("Fee change from 1 March");

        var diff = await (await author.GetAsync($"/api/v1/knowledge/articles/{id}/diff?from=1&to=2")).ReadJsonAsync(HttpStatusCode.OK);
        var lines = diff.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("kind").GetString(), l.GetProperty("text").GetString())).ToList();
        lines.ShouldContain(("removed", "Fee is £5"));
        lines.ShouldContain(("added", "Fee is £6"));
        lines.ShouldContain(("same", "Line one"));
        await (await author.GetAsync($"/api/v1/knowledge/articles/{id}/diff?from=1&to=9")).ShouldBeValidationProblemAsync("to");
        await (await author.GetAsync($"/api/v1/knowledge/articles/{id}/diff?from=1")).ShouldBeValidationProblemAsync("to");
        // Agents see history only up to the published revision.
        (await (await agent.GetAsync($"/api/v1/knowledge/articles/{id}/revisions")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);

        // In review it cannot be edited; returning needs a reason; archive ends it.
        v = revised.GetProperty("version").GetInt32();
        v = (await PostAsync(author, $"/api/v1/knowledge/articles/{id}/submit", new { version = v })).GetProperty("version").GetInt32();
        await (await author.PutAsJsonAsync($"/api/v1/knowledge/articles/{id}", new { version = v, title = "Overdraft fees", body = "x", reviewDate = ReviewDate() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await approver.PostAsJsonAsync($"/api/v1/knowledge/articles/{id}/return", new { version = v })).ShouldBeValidationProblemAsync("reason");
        var returned = await PostAsync(approver, $"/api/v1/knowledge/articles/{id}/return", new { version = v, reason = "Add the effective date" });
        returned.GetProperty("returnReason").GetString().ShouldBe("Add the effective date");
        var archived = await PostAsync(author, $"/api/v1/knowledge/articles/{id}/archive", new { version = returned.GetProperty("version").GetInt32() });
        archived.GetProperty("status").GetString().ShouldBe("archived");
        await (await author.PostAsJsonAsync($"/api/v1/knowledge/articles/{id}/archive", new { version = archived.GetProperty("version").GetInt32() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await agent.GetAsync($"/api/v1/knowledge/articles/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateArticle_BadInput_FieldErrors_RolesAnd404()
    {
        await app.CreateStaffAsync("kv.trainer", ["Trainer"]);
        await app.CreateStaffAsync("kv.agent", ["Agent"]);
        using var trainer = await app.ClientForAsync("kv.trainer");
        using var agent = await app.ClientForAsync("kv.agent");
        await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "", body = "b", reviewDate = ReviewDate() }))
            .ShouldBeValidationProblemAsync("title");
        await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Valid title", body = "b", reviewDate = "2020-01-01" }))
            .ShouldBeValidationProblemAsync("reviewDate");
        await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Valid title", body = "b", reviewDate = "31/12/2027" }))
            .ShouldBeValidationProblemAsync("reviewDate");
        await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Valid title", body = "b" }))
            .ShouldBeValidationProblemAsync("reviewDate");
        await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Valid title", body = "b", reviewDate = ReviewDate(), productId = Guid.NewGuid() }))
            .ShouldBeValidationProblemAsync("productId");
        await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Valid title", body = "b", reviewDate = ReviewDate(), audienceTeamIds = new[] { Guid.NewGuid() } }))
            .ShouldBeValidationProblemAsync("audienceTeamIds");
        await (await agent.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Valid title", body = "b", reviewDate = ReviewDate() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().GetAsync("/api/v1/knowledge/articles")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await trainer.GetAsync($"/api/v1/knowledge/articles/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await trainer.PostAsJsonAsync($"/api/v1/knowledge/articles/{Guid.NewGuid()}/submit", new { version = 0 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await trainer.GetAsync("/api/v1/knowledge/articles?status=sideways")).ShouldBeValidationProblemAsync("status");
        await (await trainer.GetAsync("/api/v1/knowledge/articles/due-for-review?withinDays=999")).ShouldBeValidationProblemAsync("withinDays");
        await (await agent.GetAsync("/api/v1/knowledge/articles/due-for-review")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // Someone else's article: a trainer who does not own it may not edit it.
        await app.CreateStaffAsync("kv.other", ["Trainer"]);
        using var other = await app.ClientForAsync("kv.other");
        var article = await CreateArticleAsync(trainer, "Owned by trainer", "b");
        await (await other.PutAsJsonAsync($"/api/v1/knowledge/articles/{article.GetProperty("id").GetGuid()}",
            new { version = article.GetProperty("version").GetInt32(), title = "Taken over", body = "b", reviewDate = ReviewDate() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Search_IsCaseInsensitiveOverTitleAndBody_AndStatusFilters()
    {
        await app.CreateStaffAsync("kq.trainer", ["Trainer"]);
        using var trainer = await app.ClientForAsync("kq.trainer");
        var a = await CreateArticleAsync(trainer, "ISA allowance", "The annual allowance is £20,000.");
        var b = await CreateArticleAsync(trainer, "Card disputes", "Chargeback for a faulty ISA-linked card.");
        await CreateArticleAsync(trainer, "Mortgage payment holidays", "Nothing relevant.");
        var found = await (await trainer.GetAsync("/api/v1/knowledge/articles?query=isa")).ReadJsonAsync(HttpStatusCode.OK);
        found.EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).Order()
            .ShouldBe(new[] { a.GetProperty("id").GetGuid(), b.GetProperty("id").GetGuid() }.Order());
        (await (await trainer.GetAsync("/api/v1/knowledge/articles?query=ALLOWANCE")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(1);
        (await (await trainer.GetAsync("/api/v1/knowledge/articles?query=isa&status=published")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task DueForReview_ListsOnlyMyArticlesWithinTheWindow()
    {
        await app.CreateStaffAsync("kd.owner", ["Trainer"]);
        await app.CreateStaffAsync("kd.other", ["Trainer"]);
        using var owner = await app.ClientForAsync("kd.owner");
        using var other = await app.ClientForAsync("kd.other");
        var soon = await (await owner.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Review soon", body = "b", reviewDate = ReviewDate(5) }))
            .ReadJsonAsync(HttpStatusCode.Created);
        await owner.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Review later", body = "b", reviewDate = ReviewDate(200) });
        await other.PostAsJsonAsync("/api/v1/knowledge/articles", new { title = "Someone else's", body = "b", reviewDate = ReviewDate(3) });

        var due = await (await owner.GetAsync("/api/v1/knowledge/articles/due-for-review?withinDays=30")).ReadJsonAsync(HttpStatusCode.OK);
        due.EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ShouldBe([soon.GetProperty("id").GetGuid()]);
        (await (await owner.GetAsync("/api/v1/knowledge/articles/due-for-review?withinDays=365")).ReadJsonAsync(HttpStatusCode.OK)).GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Acknowledgements_AgentsInAudienceAcknowledge_ManagerSeesWhoHasNot_TeamLeaderSeesTheirTeam()
    {
        var leaderId = await app.CreateStaffAsync("kk.leader", ["TeamLeader"]);
        var red = await app.CreateTeamAsync("KK Red", leaderId);
        var blue = await app.CreateTeamAsync("KK Blue");
        var redAgent = await app.CreateStaffAsync("kk.red", ["Agent"], red);
        var redAgent2 = await app.CreateStaffAsync("kk.red2", ["Agent"], red);
        var blueAgent = await app.CreateStaffAsync("kk.blue", ["Agent"], blue);
        await app.CreateStaffAsync("kk.trainer", ["Trainer"]);
        await app.CreateStaffAsync("kk.manager", ["Manager"]);
        using var trainer = await app.ClientForAsync("kk.trainer");
        using var manager = await app.ClientForAsync("kk.manager");

        var article = await (await trainer.PostAsJsonAsync("/api/v1/knowledge/articles", new
        {
            title = "Red team script change", body = "New greeting.", reviewDate = ReviewDate(), audienceTeamIds = new[] { red },
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = article.GetProperty("id").GetGuid();
        using var redClient = await app.ClientForAsync("kk.red");
        await (await redClient.PostAsync($"/api/v1/knowledge/articles/{id}/acknowledgements", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var v = (await PostAsync(trainer, $"/api/v1/knowledge/articles/{id}/submit", new { version = article.GetProperty("version").GetInt32() }))
            .GetProperty("version").GetInt32();
        await PostAsync(manager, $"/api/v1/knowledge/articles/{id}/approve", new { version = v });

        (await (await redClient.GetAsync("/api/v1/knowledge/acknowledgements/mine")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(x => x.GetProperty("subjectId").GetGuid()).ShouldContain(id);
        using var blueClient = await app.ClientForAsync("kk.blue");
        (await (await blueClient.GetAsync("/api/v1/knowledge/acknowledgements/mine")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(x => x.GetProperty("subjectId").GetGuid()).ShouldNotContain(id, "not in the audience");

        (await (await redClient.PostAsync($"/api/v1/knowledge/articles/{id}/acknowledgements", null)).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("revision").GetInt32().ShouldBe(1);
        (await (await redClient.GetAsync($"/api/v1/knowledge/articles/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("acknowledgedByMe").GetBoolean().ShouldBeTrue();

        var status = await (await manager.GetAsync($"/api/v1/knowledge/articles/{id}/acknowledgements")).ReadJsonAsync(HttpStatusCode.OK);
        status.GetProperty("acknowledged").EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ShouldBe([redAgent]);
        var outstanding = status.GetProperty("outstanding").EnumerateArray().Select(s => s.GetProperty("staffId").GetGuid()).ToList();
        outstanding.ShouldBe([redAgent2], "only the red team is asked; blue is not in the audience");

        var overview = await (await manager.GetAsync("/api/v1/knowledge/acknowledgements/outstanding")).ReadJsonAsync(HttpStatusCode.OK);
        overview.EnumerateArray().Single(x => x.GetProperty("subjectId").GetGuid() == id)
            .GetProperty("outstanding").GetArrayLength().ShouldBe(1);
        using var leader = await app.ClientForAsync("kk.leader");
        (await (await leader.GetAsync("/api/v1/knowledge/acknowledgements/outstanding")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().SelectMany(x => x.GetProperty("outstanding").EnumerateArray()).Select(s => s.GetProperty("staffId").GetGuid())
            .ShouldNotContain(blueAgent, "team leaders see their team only");
        await (await redClient.GetAsync("/api/v1/knowledge/acknowledgements/outstanding")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await redClient.GetAsync($"/api/v1/knowledge/articles/{id}/acknowledgements")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
