using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

public sealed class AuditsApiTests(QualityOpsAppFactory app) : IClassFixture<QualityOpsAppFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private async Task<(HttpClient Analyst, Guid AnalystId, Guid OwnerId)> AnalystAsync(string name)
    {
        app.Clock.Set(Now);
        var analystId = await app.CreateStaffAsync(name, ["QualityAnalyst"]);
        var ownerId = await app.CreateStaffAsync(name + ".owner", ["TeamLeader"]);
        return (await app.ClientForAsync(name), analystId, ownerId);
    }

    private static async Task<Guid> ChecklistAsync(HttpClient analyst)
    {
        var created = await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-checklists", new
        {
            name = "ID&V call sample",
            practice = "idv-procedure",
            items = new object[]
            {
                new { text = "Caller verified before any account detail was given", guidance = "Listen to 10 calls" },
                new { text = "Failed verification handled without hints", guidance = (string?)null },
                new { text = "Verification level recorded on the contact" },
            },
        })).ReadJsonAsync(HttpStatusCode.Created);
        created.GetProperty("items").GetArrayLength().ShouldBe(3);
        return created.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Programme_FlagsOverdueAudits_AndRefusesStaleOrBadChanges()
    {
        var (analyst, analystId, _) = await AnalystAsync("qa.prog");
        var checklistId = await ChecklistAsync(analyst);
        var overdue = await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-programme", new
        {
            title = "Clear desk walk-round", practice = "clear-desk", scope = "Floor 2", frequency = "monthly", leadAuditorId = analystId,
            requirements = "UK GDPR Art. 32\nPCI DSS 9.4", checklistId, nextDueOn = "2026-03-01",
        })).ReadJsonAsync(HttpStatusCode.Created);
        overdue.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue.Str("practiceName").ShouldBe("Clear desk");
        var onTime = await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-programme", new
        {
            title = "Call recording controls", practice = "call-recording-controls", frequency = "yearly", leadAuditorId = analystId, nextDueOn = "2026-03-10",
        })).ReadJsonAsync(HttpStatusCode.Created);
        onTime.GetProperty("overdue").GetBoolean().ShouldBeFalse("due today is not overdue");

        var list = await (await analyst.GetAsync("/api/v1/quality/audit-programme?overdue=true")).ReadJsonAsync(HttpStatusCode.OK);
        list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(overdue.GetProperty("id").GetGuid());
        list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(onTime.GetProperty("id").GetGuid());

        var id = overdue.GetProperty("id").GetGuid();
        var body = new
        {
            title = "Clear desk walk-round", practice = "clear-desk", frequency = "monthly", leadAuditorId = analystId, nextDueOn = "2026-04-01", version = 99,
        };
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audit-programme/{id}", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var updated = await (await analyst.PutAsJsonAsync($"/api/v1/quality/audit-programme/{id}", body with { version = overdue.GetProperty("version").GetInt32() }))
            .ReadJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("overdue").GetBoolean().ShouldBeFalse();

        await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-programme", new
        {
            title = "x", practice = "clear-desk", frequency = "monthly", leadAuditorId = Guid.NewGuid(), nextDueOn = "2026-04-01",
        })).ShouldBeValidationProblemAsync("leadAuditorId");
        await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-programme", new
        {
            title = "x", practice = "clear-desk", frequency = "fortnightly", leadAuditorId = analystId, nextDueOn = "2026-04-01",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-checklists", new { name = "Empty", practice = "clear-desk", items = Array.Empty<object>() }))
            .ShouldBeValidationProblemAsync("items");
    }

    [Fact]
    public async Task Audit_FindingsRaiseActions_ReportClosesIt_AndThePdfDownloads()
    {
        var (analyst, analystId, ownerId) = await AnalystAsync("qa.run");
        var checklistId = await ChecklistAsync(analyst);
        var planned = await (await analyst.PostAsJsonAsync("/api/v1/quality/audit-programme", new
        {
            title = "ID&V procedure", practice = "idv-procedure", frequency = "quarterly", leadAuditorId = analystId, checklistId, nextDueOn = "2026-03-31",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var audit = await (await analyst.PostAsJsonAsync("/api/v1/quality/audits", new { plannedAuditId = planned.GetProperty("id").GetGuid() }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = audit.GetProperty("id").GetGuid();
        var items = audit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        items.Count.ShouldBe(3);
        audit.Str("status").ShouldBe("in-progress");

        (await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[0]}", new { evidence = "10 of 10 calls verified", finding = "conforms" }))
            .ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].Str("finding").ShouldBe("conforms");

        // A major finding without an owner: refused, and nothing of it is saved.
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[1]}", new { evidence = "2 of 10 calls gave hints", finding = "major" }))
            .ShouldBeValidationProblemAsync("actionOwnerId");
        var unchanged = await (await analyst.GetAsync($"/api/v1/quality/audits/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        unchanged.GetProperty("items")[1].Str("finding").ShouldBe("");
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[1]}", new { evidence = "hints", finding = "minor", actionOwnerId = ownerId, actionDueOn = "2026-03-01" }))
            .ShouldBeValidationProblemAsync("actionDueOn");
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[1]}", new { evidence = "", finding = "minor" }))
            .ShouldBeValidationProblemAsync("evidence");

        var major = await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[1]}", new
        {
            evidence = "2 of 10 calls gave hints after a failed answer", finding = "major", actionOwnerId = ownerId, actionDueOn = "2026-04-10",
        })).ReadJsonAsync(HttpStatusCode.OK);
        var actionId = major.GetProperty("items")[1].GetProperty("actionId").GetGuid();
        using (var admin = await app.AdminAsync())
        {
            // The finding's action is in the improvement-action register.
            var raised = await (await admin.GetAsync($"/api/v1/actions/{actionId}")).ReadJsonAsync(HttpStatusCode.OK);
            raised.GetProperty("ownerId").GetGuid().ShouldBe(ownerId);
            raised.Str("dueOn").ShouldBe("2026-04-10");
            raised.Str("sourceKind").ShouldBe("audit-finding");
            raised.Str("sourceLink").ShouldBe($"/quality/audits/{id}#item-2");
        }

        major.GetProperty("items")[1].GetProperty("action").GetProperty("ownerId").GetGuid().ShouldBe(ownerId);
        // Clearing a finding that raised an action is refused.
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[1]}", new { evidence = "ok", finding = "conforms" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        // Stale version.
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[2]}", new { evidence = "x", finding = "observation", version = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await (await analyst.PostAsJsonAsync($"/api/v1/quality/audits/{id}/close", new { report = "Findings as listed." })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[2]}", new { evidence = "Recorded on 9 of 10", finding = "observation" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        await (await analyst.PostAsJsonAsync($"/api/v1/quality/audits/{id}/close", new { report = " " })).ShouldBeValidationProblemAsync("report");
        var closed = await (await analyst.PostAsJsonAsync($"/api/v1/quality/audits/{id}/close", new { report = "ID&V is followed; hints after failed answers must stop." }))
            .ReadJsonAsync(HttpStatusCode.OK);
        closed.Str("status").ShouldBe("closed");
        closed.GetProperty("findings").GetProperty("major").GetInt32().ShouldBe(1);
        await (await analyst.PutAsJsonAsync($"/api/v1/quality/audits/{id}/items/{items[2]}", new { evidence = "x", finding = "conforms" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var replanned = await (await analyst.GetAsync("/api/v1/quality/audit-programme")).ReadJsonAsync(HttpStatusCode.OK);
        var line = replanned.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == planned.GetProperty("id").GetGuid());
        line.Str("lastCompletedOn").ShouldBe("2026-03-10");
        line.Str("nextDueOn").ShouldBe("2026-06-10");

        var pdf = await analyst.GetAsync($"/api/v1/quality/audits/{id}/report.pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        System.Text.Encoding.ASCII.GetString(bytes).ShouldContain("DejaVu#20Sans/FontFile2", Case.Sensitive);
    }

    [Fact]
    public async Task Audits_AreForQualityRoles()
    {
        app.Clock.Set(Now);
        await app.CreateStaffAsync("agent.audits", ["Agent"]);
        using var agent = await app.ClientForAsync("agent.audits");
        (await agent.GetAsync("/api/v1/quality/audit-programme")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await app.CreateStaffAsync("tl.audits", ["TeamLeader"]);
        using var leader = await app.ClientForAsync("tl.audits");
        (await leader.GetAsync("/api/v1/quality/audits")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leader.PostAsJsonAsync("/api/v1/quality/audits", new { checklistId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync($"/api/v1/quality/audits/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
