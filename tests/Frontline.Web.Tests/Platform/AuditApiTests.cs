using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Platform;

public sealed class AuditApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CreatingStaff_WritesAuditEntries_WithPersonalDataMaskedAndSecretsLeftOut()
    {
        var id = await app.CreateStaffAsync("audited", ["Agent"]);
        using var admin = await app.AdminAsync();
        var entries = await (await admin.GetAsync($"/api/v1/audit?entityType=StaffMember&entityId={id}")).ReadJsonAsync(HttpStatusCode.OK);
        var created = entries.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "created");
        created.GetProperty("actorName").GetString().ShouldBe("admin");
        var changes = created.GetProperty("changes");
        changes.GetProperty("Username").GetProperty("after").GetString().ShouldBe("audited");
        changes.GetProperty("Email").GetProperty("after").GetString().ShouldBe("***");

        var accountEntries = await (await admin.GetAsync($"/api/v1/audit?entityType=StaffAccount&entityId={id}")).ReadJsonAsync(HttpStatusCode.OK);
        accountEntries.GetArrayLength().ShouldBeGreaterThan(0);
        accountEntries.ToString().ShouldNotContain("PasswordHash");
        accountEntries.ToString().ShouldNotContain("audited@example.test");
    }

    [Fact]
    public async Task Audit_AsAgent_Answers403()
    {
        await app.CreateStaffAsync("nosy.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("nosy.agent");
        await (await agent.GetAsync("/api/v1/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Verify_IntactChain_IsValid_ThenTampering_IsReportedAtTheEditedEntry()
    {
        await app.CreateStaffAsync("chain.one", ["Agent"]);
        using var admin = await app.AdminAsync();
        var verified = await (await admin.PostAsync("/api/v1/audit/verify", null)).ReadJsonAsync(HttpStatusCode.OK);
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue();
        var count = verified.GetProperty("entries").GetInt64();
        count.ShouldBeGreaterThan(5);
        verified.GetProperty("firstBrokenEntryId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        // Someone edits an entry directly in the database.
        var target = await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderBy(e => e.Sequence).Skip(2).FirstAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'mallory' WHERE \"Sequence\" = {0}", entry.Sequence);
            return entry.Sequence;
        });
        try
        {
            var broken = await (await admin.PostAsync("/api/v1/audit/verify", null)).ReadJsonAsync(HttpStatusCode.OK);
            broken.GetProperty("valid").GetBoolean().ShouldBeFalse();
            broken.GetProperty("firstBrokenEntryId").GetInt64().ShouldBe(target);
        }
        finally
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'system' WHERE \"Sequence\" = {0}", target));
        }
    }

    [Fact]
    public async Task ConcurrentWriters_KeepOneUnbrokenChain()
    {
        using var admin = await app.AdminAsync();
        var writes = Enumerable.Range(0, 12).Select(i => admin.PostAsJsonAsync("/api/v1/teams", new { name = $"Parallel {i}" }));
        foreach (var response in await Task.WhenAll(writes))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var verified = await (await admin.PostAsync("/api/v1/audit/verify", null)).ReadJsonAsync(HttpStatusCode.OK);
        verified.GetProperty("valid").GetBoolean().ShouldBeTrue(verified.ToString());
        var sequences = await app.WithDbAsync(db => db.AuditEntries.Select(e => e.Sequence).OrderBy(s => s).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i).ToList());
    }

    [Fact]
    public async Task AuditEntries_AreWrittenInTheSameTransaction_AFailedSaveLeavesNoEntry()
    {
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var admin = await app.AdminAsync();
        // Duplicate team name is refused before saving; a unique-index violation would roll back both.
        await app.CreateTeamAsync("Only once");
        var afterCreate = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "Only once" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(afterCreate);
        afterCreate.ShouldBeGreaterThan(before);
        AuditChain.Genesis.Length.ShouldBe(64);
    }
}
