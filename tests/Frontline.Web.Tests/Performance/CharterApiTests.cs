using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Performance;
using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Performance;

/// <summary>The service charter (aims, measurable objectives, offers) linked to KPIs and policies, and the case service targets Cases reads.</summary>
public sealed class CharterApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Charter_AnObjectiveNamesTheKpisMeasuringItAndThePolicyItServes_OtherModulesReadIt()
    {
        var manager = await app.CreateStaffAsync("perf.ch.mgr", ["Manager"]);
        await app.CreateStaffAsync("perf.ch.agent", ["Agent"]);
        using var mgr = await app.ClientForAsync("perf.ch.mgr");
        using var agent = await app.ClientForAsync("perf.ch.agent");
        await app.ContactAsync(null, null, new DateTime(2026, 3, 3, 10, 0, 0, DateTimeKind.Utc), 5, "perf-ch");
        var kpi = (await (await mgr.PostAsJsonAsync("/api/v1/performance/kpis", PerformanceTestData.ServiceLevelKpi("Charter SL", "perf-ch")))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var policy = await app.WithDbAsync(async db =>
        {
            var p = CommunicationPolicy.Create(new PolicyDefinition("Telephone contact policy",
                [new ClauseDefinition(PolicyComponent.ServiceObjectives, "We answer promptly.")]), manager, DateTime.UtcNow);
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

        const string offer = "We answer 80 % of calls within 20 seconds";
        await (await mgr.PostAsJsonAsync("/api/v1/performance/charter", new { kind = "objective", title = "Prompt answers", statement = offer }))
            .ShouldBeValidationProblemAsync("kpiIds"); // measurable: needs a KPI
        await (await mgr.PostAsJsonAsync("/api/v1/performance/charter", new { kind = "aim", title = "Easy to reach", statement = "Be easy to reach", kpiIds = new[] { kpi } }))
            .ShouldBeValidationProblemAsync("kpiIds");
        await (await mgr.PostAsJsonAsync("/api/v1/performance/charter", new { kind = "objective", title = "Prompt", statement = offer, kpiIds = new[] { Guid.NewGuid() } }))
            .ShouldBeValidationProblemAsync("kpiIds");
        await (await mgr.PostAsJsonAsync("/api/v1/performance/charter", new { kind = "offer", title = "Prompt", statement = offer, policyId = Guid.NewGuid() }))
            .ShouldBeValidationProblemAsync("policyId");
        (await agent.PostAsJsonAsync("/api/v1/performance/charter", new { kind = "aim", title = "Mine", statement = "Mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await (await mgr.PostAsJsonAsync("/api/v1/performance/charter",
            new { kind = "objective", title = "Prompt answers", statement = offer, kpiIds = new[] { kpi }, policyId = policy })).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("kpis").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Charter SL");
        created.GetProperty("policyTitle").GetString().ShouldBe("Telephone contact policy");
        (await (await agent.GetAsync("/api/v1/performance/charter")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .ShouldContain(e => e.GetProperty("statement").GetString() == offer); // everyone reads what the centre promises

        using (var scope = app.Services.CreateScope())
        {
            var objectives = scope.ServiceProvider.GetRequiredService<IServiceObjectives>();
            var served = await objectives.ForPolicyAsync(policy, default);
            served.Single().KpiIds.ShouldBe([kpi]);
            served.Single().Kind.ShouldBe("objective");
        }

        var revision = created.GetProperty("revision").GetInt32();
        var retired = await (await mgr.PutAsJsonAsync($"/api/v1/performance/charter/{id}",
            new { kind = "objective", title = "Prompt answers", statement = offer, kpiIds = new[] { kpi }, policyId = policy, isRetired = true, revision }))
            .ReadJsonAsync(HttpStatusCode.OK);
        retired.GetProperty("isRetired").GetBoolean().ShouldBeTrue();
        await (await mgr.PutAsJsonAsync($"/api/v1/performance/charter/{id}",
            new { kind = "objective", title = "Stale", statement = offer, kpiIds = new[] { kpi }, revision })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var scope = app.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IServiceObjectives>().ForPolicyAsync(policy, default)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task CaseTargets_SetHere_NewCasesGetThem_OpenCasesKeepTheTargetsTheyWereOpenedWith()
    {
        await app.CreateStaffAsync("perf.ct.mgr", ["Manager"]);
        var (_, _, _) = await app.TeamAsync("perf.ct");
        using var mgr = await app.ClientForAsync("perf.ct.mgr");
        using var agent = await app.ClientForAsync("perf.ct.agent");
        var customer = await app.CustomerAsync("Targets");

        var targets = (await (await agent.GetAsync("/api/v1/performance/case-targets")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var normal = targets.Single(t => t.GetProperty("category").ValueKind == System.Text.Json.JsonValueKind.Null && t.GetProperty("priority").GetString() == "normal");
        normal.GetProperty("resolutionMinutes").GetInt64().ShouldBe(1530); // the three business days Cases used to hard-code
        targets.Single(t => t.GetProperty("category").GetString() == "fraud" && t.GetProperty("priority").GetString() == "urgent")
            .GetProperty("resolutionMinutes").GetInt64().ShouldBe(60);

        var (before, version) = await agent.OpenCaseAsync(customer);
        (await (await agent.GetAsync($"/api/v1/cases/{before}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("case").GetProperty("targetMinutes").GetInt64().ShouldBe(1530);

        var revision = normal.GetProperty("revision").GetInt32();
        await (await mgr.PutAsJsonAsync("/api/v1/performance/case-targets", new { priority = "normal", firstResponseMinutes = 2000, resolutionMinutes = 1020, revision }))
            .ShouldBeValidationProblemAsync("firstResponseMinutes");
        await (await mgr.PutAsJsonAsync("/api/v1/performance/case-targets", new { category = "nope", priority = "normal", firstResponseMinutes = 60, resolutionMinutes = 1020 }))
            .ShouldBeValidationProblemAsync("category");
        (await agent.PutAsJsonAsync("/api/v1/performance/case-targets", new { priority = "normal", firstResponseMinutes = 60, resolutionMinutes = 1020 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var set = await (await mgr.PutAsJsonAsync("/api/v1/performance/case-targets", new { priority = "normal", firstResponseMinutes = 120, resolutionMinutes = 1020, revision }))
            .ReadJsonAsync(HttpStatusCode.OK);
        set.GetProperty("resolutionMinutes").GetInt64().ShouldBe(1020);
        await (await mgr.PutAsJsonAsync("/api/v1/performance/case-targets", new { priority = "normal", firstResponseMinutes = 60, resolutionMinutes = 900, revision }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await mgr.PutAsJsonAsync("/api/v1/performance/case-targets", new { category = "billing", priority = "urgent", firstResponseMinutes = 30, resolutionMinutes = 120 }))
            .ReadJsonAsync(HttpStatusCode.OK);

        var (after, _) = await agent.OpenCaseAsync(customer);
        (await (await agent.GetAsync($"/api/v1/cases/{after}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("case").GetProperty("targetMinutes").GetInt64().ShouldBe(1020);
        var (urgent, _) = await agent.OpenCaseAsync(customer, "urgent");
        (await (await agent.GetAsync($"/api/v1/cases/{urgent}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("case").GetProperty("targetMinutes").GetInt64().ShouldBe(120);
        var (card, _) = await agent.OpenCaseAsync(customer, "urgent", "card");
        (await (await agent.GetAsync($"/api/v1/cases/{card}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("case").GetProperty("targetMinutes").GetInt64().ShouldBe(240);

        // The case opened before the change keeps its target through a pause and resumption (which recomputes its due date).
        var paused = await (await agent.PostAsJsonAsync($"/api/v1/cases/{before}/status", new { version, status = "awaiting-customer", reason = "Asked for statement" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var resumed = await (await agent.PostAsJsonAsync($"/api/v1/cases/{before}/status", new { version = paused.GetProperty("version").GetInt32(), status = "open" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        resumed.GetProperty("targetMinutes").GetInt64().ShouldBe(1530);
        var firstResponse = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Frontline.Domain.Cases.Case>(), c => c.Id == after));
        firstResponse.FirstResponseTargetMinutes.ShouldBe(120);
    }
}
