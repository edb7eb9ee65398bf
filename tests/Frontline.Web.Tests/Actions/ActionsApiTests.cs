using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Platform;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Actions;

/// <summary>The register through <c>/api/v1/actions</c>: paging contract, filters, scope, progress rules and concurrency.</summary>
public sealed class ActionsApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task<JsonElement> CreateAsync(HttpClient client, string title, Guid ownerId, string dueOn, string sourceKind = "other", string? sourceId = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/actions", new { title, sourceKind, sourceId, ownerId, dueOn });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task List_AnswersThePagedShape_WithSortSearchAndFilters()
    {
        app.Clock.Set(Now);
        var team = await app.CreateTeamAsync("Paging team");
        var owner = await app.CreateStaffAsync("act.owner1", [Roles.Agent], team);
        await app.CreateStaffAsync("act.manager1", [Roles.Manager]);
        using var manager = await app.ClientForAsync("act.manager1");
        for (var i = 1; i <= 5; i++)
        {
            await CreateAsync(manager, $"Paging action {i}", owner, $"2026-06-0{i}", i % 2 == 0 ? "kpi-review" : "audit-finding", $"P-{i}");
        }

        var page = await (await manager.GetAsync("/api/v1/actions?q=paging%20ACTION&pageSize=2&page=2&sort=-dueOn")).ReadJsonAsync(HttpStatusCode.OK);
        page.GetProperty("total").GetInt32().ShouldBe(5);
        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(2);
        page.GetProperty("items").EnumerateArray().Select(a => a.Str("title")).ShouldBe(["Paging action 3", "Paging action 2"]);

        var defaults = await (await manager.GetAsync("/api/v1/actions?q=paging")).ReadJsonAsync(HttpStatusCode.OK);
        defaults.GetProperty("pageSize").GetInt32().ShouldBe(50);
        defaults.GetProperty("page").GetInt32().ShouldBe(1);
        defaults.GetProperty("items")[0].Str("title").ShouldBe("Paging action 1"); // due soonest first by default

        var kpi = await (await manager.GetAsync("/api/v1/actions?q=paging&sourceKind=kpi-review")).ReadJsonAsync(HttpStatusCode.OK);
        kpi.GetProperty("total").GetInt32().ShouldBe(2);
        var team1 = await (await manager.GetAsync($"/api/v1/actions?q=paging&team={team}&status=open,in-progress")).ReadJsonAsync(HttpStatusCode.OK);
        team1.GetProperty("total").GetInt32().ShouldBe(5);

        using var ownerClient = await app.ClientForAsync("act.owner1");
        var mine = await (await ownerClient.GetAsync("/api/v1/actions?owner=me")).ReadJsonAsync(HttpStatusCode.OK);
        mine.GetProperty("total").GetInt32().ShouldBe(5);

        app.Clock.Set(Now.AddHours(20)); // 2 June (tokens last a day): the action due on 1 June is overdue
        var overdue = await (await manager.GetAsync("/api/v1/actions?q=paging&overdue=true")).ReadJsonAsync(HttpStatusCode.OK);
        overdue.GetProperty("total").GetInt32().ShouldBe(1);
        overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        app.Clock.Set(Now);

        await (await manager.GetAsync("/api/v1/actions?pageSize=201")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.GetAsync("/api/v1/actions?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.GetAsync("/api/v1/actions?sort=colour")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.GetAsync("/api/v1/actions?sourceKind=rumour")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var csv = await manager.GetStringAsync("/api/v1/actions/export?q=paging&sort=title");
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(6);
        csv.ShouldStartWith("id,title,source_kind");
    }

    [Fact]
    public async Task Scope_OwnerTeamLeaderAndCentreSee_OthersGet404_AgentsCannotRaise()
    {
        app.Clock.Set(Now);
        var leader = await app.CreateStaffAsync("act.leader", [Roles.TeamLeader]);
        var team = await app.CreateTeamAsync("Scope team", leader);
        var otherLeader = await app.CreateStaffAsync("act.leader2", [Roles.TeamLeader]);
        await app.CreateTeamAsync("Other team", otherLeader);
        var owner = await app.CreateStaffAsync("act.owner2", [Roles.Agent], team);
        await app.CreateStaffAsync("act.peer", [Roles.Agent], team);
        await app.CreateStaffAsync("act.analyst", [Roles.QualityAnalyst]);
        using var analyst = await app.ClientForAsync("act.analyst");
        var action = await CreateAsync(analyst, "Scope action", owner, "2026-07-01");
        var url = $"/api/v1/actions/{action.Str("id")}";

        foreach (var who in new[] { "act.owner2", "act.leader", "act.analyst" })
        {
            using var client = await app.ClientForAsync(who);
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, who);
        }

        foreach (var who in new[] { "act.peer", "act.leader2" })
        {
            using var client = await app.ClientForAsync(who);
            await (await client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            var list = await (await client.GetAsync("/api/v1/actions?q=scope")).ReadJsonAsync(HttpStatusCode.OK);
            list.GetProperty("total").GetInt32().ShouldBe(0, who);
        }

        using var leaderClient = await app.ClientForAsync("act.leader");
        var teams = await (await leaderClient.GetAsync("/api/v1/actions?team=mine&q=scope")).ReadJsonAsync(HttpStatusCode.OK);
        teams.GetProperty("total").GetInt32().ShouldBe(1);

        using var ownerClient = await app.ClientForAsync("act.owner2");
        await (await ownerClient.PostAsJsonAsync("/api/v1/actions", new { title = "x", sourceKind = "other", ownerId = owner, dueOn = "2026-07-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // The owner reports progress but does not re-plan the action.
        await (await ownerClient.PatchAsJsonAsync(url, new { version = action.GetProperty("version").GetInt32(), dueOn = "2026-12-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Progress_DoneNeedsEvidence_ThenEffectivenessCheck_StaleVersionIs409()
    {
        app.Clock.Set(Now);
        var owner = await app.CreateStaffAsync("act.owner3", [Roles.Agent]);
        await app.CreateStaffAsync("act.compliance", [Roles.ComplianceOfficer]);
        using var compliance = await app.ClientForAsync("act.compliance");
        var action = await CreateAsync(compliance, "Clear desk reminders", owner, "2026-06-30", "audit-finding", "A-7");
        var url = $"/api/v1/actions/{action.Str("id")}";
        var version = action.GetProperty("version").GetInt32();
        action.Str("status").ShouldBe("open");
        action.Str("ownerName").ShouldBe("Test act.owner3");

        using var ownerClient = await app.ClientForAsync("act.owner3");
        var noEvidence = await (await ownerClient.PatchAsJsonAsync(url, new { version, status = "done" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noEvidence.Str("code").ShouldBe("action.evidence-required");
        await (await ownerClient.PatchAsJsonAsync(url, new { version, effectivenessResult = "effective" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var started = await (await ownerClient.PatchAsJsonAsync(url, new { version, status = "in-progress" })).ReadJsonAsync(HttpStatusCode.OK);
        started.Str("status").ShouldBe("in-progress");
        await (await ownerClient.PatchAsJsonAsync(url, new { version, status = "done", evidence = "x" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var done = await (await ownerClient.PatchAsJsonAsync(url, new
        {
            version = started.GetProperty("version").GetInt32(), status = "done", evidence = "Desk check on 1 June: 12/12 desks clear",
        })).ReadJsonAsync(HttpStatusCode.OK);
        done.Str("status").ShouldBe("done");
        done.Str("completedAt").ShouldNotBeEmpty();
        done.Str("effectivenessDueOn").ShouldBe("2026-07-01");

        var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = JsonContent.Create(new { effectivenessResult = "not-effective", effectivenessNotes = "Two desks untidy at the July check" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{done.GetProperty("version").GetInt32()}\"");
        var checkedAction = await (await compliance.SendAsync(request)).ReadJsonAsync(HttpStatusCode.OK);
        checkedAction.Str("effectivenessResult").ShouldBe("not-effective");
        checkedAction.Str("effectivenessCheckedById").ShouldNotBeEmpty();

        var fetched = await (await ownerClient.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        fetched.Str("evidence").ShouldBe("Desk check on 1 June: 12/12 desks clear");

        await (await compliance.PostAsJsonAsync("/api/v1/actions", new { title = "", sourceKind = "other", ownerId = owner, dueOn = "2026-07-01" }))
            .ShouldBeValidationProblemAsync("title");
        await (await compliance.PostAsJsonAsync("/api/v1/actions", new { title = "Past", sourceKind = "other", ownerId = owner, dueOn = "2026-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await compliance.PostAsJsonAsync("/api/v1/actions", new { title = "Nobody", sourceKind = "other", ownerId = Guid.NewGuid(), dueOn = "2026-07-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ComplaintRemedialAction_IsAnImprovementAction_AndTheComplaintStillShowsIt()
    {
        await app.CreateStaffAsync("act.handler", [Roles.ComplaintsHandler], grade: 4);
        var owner = await app.CreateStaffAsync("act.ops", [Roles.TeamLeader]);
        using var handler = await app.ClientForAsync("act.handler");
        var customer = await app.CustomerAsync("C-act-1");
        var complaint = await handler.CreateComplaintAsync(customer);
        var url = $"/api/v1/complaints/{complaint.Str("id")}";

        complaint = await (await handler.PostAsJsonAsync($"{url}/remedial-actions", new
        {
            version = complaint.Version(), description = "Fix the posting job", owner = "Test act.ops", dueOn = "2026-04-30",
        })).ReadJsonAsync(HttpStatusCode.Created);
        complaint = await (await handler.PostAsJsonAsync($"{url}/remedial-actions", new
        {
            version = complaint.Version(), description = "Brief the payments desk", owner = "Payments ops", dueOn = "2026-05-30",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var shown = complaint.GetProperty("remedialActions");
        shown.GetArrayLength().ShouldBe(2);
        shown[0].Str("owner").ShouldBe("Test act.ops");
        shown[1].Str("owner").ShouldBe("Payments ops");

        // The register holds them, raised from the complaint: the matched owner owns one and was told.
        var actions = await (await handler.GetAsync($"/api/v1/actions?sourceKind=complaint&q=posting")).ReadJsonAsync(HttpStatusCode.OK);
        var action = actions.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        action.Str("ownerId").ShouldBe(owner.ToString());
        action.Str("sourceId").ShouldBe(complaint.Str("id"));
        action.Str("sourceLink").ShouldBe($"/complaints/{complaint.Str("id")}");
        using var ops = await app.ClientForAsync("act.ops");
        (await ops.GetAsync($"/api/v1/actions/{action.Str("id")}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        complaint = await (await handler.PatchAsJsonAsync($"{url}/remedial-actions/{shown[1].Str("id")}", new { version = complaint.Version(), done = true }))
            .ReadJsonAsync(HttpStatusCode.OK);
        complaint.GetProperty("remedialActions")[1].Str("doneAt").ShouldNotBeEmpty();
        var done = await (await handler.GetAsync($"/api/v1/actions/{shown[1].Str("id")}")).ReadJsonAsync(HttpStatusCode.OK);
        done.Str("status").ShouldBe("done");
        done.Str("ownerName").ShouldBe("Payments ops");
        done.Str("evidence").ShouldContain("Marked done on complaint");
        await (await handler.PatchAsJsonAsync($"{url}/remedial-actions/{Guid.NewGuid()}", new { version = complaint.Version(), done = true }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
