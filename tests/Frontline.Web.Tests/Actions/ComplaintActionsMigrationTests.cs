using System.Net;
using System.Reflection;
using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Actions;

/// <summary>
/// Migration 20261207110000 moves complaints' remedial actions into the register. The test puts back the old table with
/// two rows (an owner written as a staff member's name in other letter case, and one no one matches) and runs the script.
/// </summary>
public sealed class ComplaintActionsMigrationTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task OldRemedialActions_BecomeImprovementActions_OwnersMatchedByNameElseKeptAsText()
    {
        await app.CreateStaffAsync("mig.handler", [Roles.ComplaintsHandler], grade: 4);
        var owner = await app.CreateStaffAsync("mig.owner", [Roles.TeamLeader]);
        using var handler = await app.ClientForAsync("mig.handler");
        var complaint = await handler.CreateComplaintAsync(await app.CustomerAsync("C-mig"));
        var complaintId = Guid.Parse(complaint.Str("id"));
        var (matched, unmatched) = (Guid.NewGuid(), Guid.NewGuid());
        var postgres = app.Provider == "Postgres";
        var assembly = Assembly.Load(postgres ? "Frontline.Migrations.Postgres" : "Frontline.Migrations.Sqlite");
        var script = MigrationScripts.Read(assembly, "20261207110000_ComplaintActionsToRegister.sql");

        await app.WithDbAsync(async db =>
        {
            var table = postgres
                ? """CREATE TABLE "ComplaintRemedialActions" ("Id" uuid NOT NULL PRIMARY KEY, "ComplaintId" uuid NOT NULL, "Description" character varying(1000) NOT NULL, "Owner" character varying(100) NOT NULL, "DueOn" date NOT NULL, "DoneAt" timestamp with time zone)"""
                : """CREATE TABLE "ComplaintRemedialActions" ("Id" TEXT NOT NULL PRIMARY KEY, "ComplaintId" TEXT NOT NULL, "Description" TEXT NOT NULL, "Owner" TEXT NOT NULL, "DueOn" TEXT NOT NULL, "DoneAt" TEXT NULL)""";
            await db.Database.ExecuteSqlRawAsync(table);
            // Ids as EF writes them on each engine (SQLite: upper-case text).
            string Id(Guid g) => postgres ? g.ToString() : g.ToString().ToUpperInvariant();
            var doneAt = postgres ? "'2026-03-20 10:00:00+00'" : "'2026-03-20 10:00:00'";
            // Literal test values (ids generated here), not input.
            var rows = $"""
                INSERT INTO "ComplaintRemedialActions" VALUES ('{Id(matched)}', '{Id(complaintId)}', 'Fix the posting job', ' test MIG.owner ', '2026-04-30', NULL);
                INSERT INTO "ComplaintRemedialActions" VALUES ('{Id(unmatched)}', '{Id(complaintId)}', 'Brief the payments desk', 'Payments ops', '2026-05-30', {doneAt});
                """;
            await db.Database.ExecuteSqlRawAsync(rows);
            await db.Database.ExecuteSqlRawAsync(script);
            return true;
        });

        var shown = (await (await handler.GetAsync($"/api/v1/complaints/{complaintId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("remedialActions");
        shown.GetArrayLength().ShouldBe(2);
        shown[0].Str("id").ShouldBe(matched.ToString());
        shown[0].Str("owner").ShouldBe("Test mig.owner");
        shown[0].Str("doneAt").ShouldBeEmpty();
        shown[1].Str("owner").ShouldBe("Payments ops");
        shown[1].Str("doneAt").ShouldStartWith("2026-03-20T10:00:00");

        using var admin = await app.AdminAsync();
        var first = await (await admin.GetAsync($"/api/v1/actions/{matched}")).ReadJsonAsync(HttpStatusCode.OK);
        first.Str("ownerId").ShouldBe(owner.ToString());
        first.Str("sourceKind").ShouldBe("complaint");
        first.Str("status").ShouldBe("open");
        var second = await (await admin.GetAsync($"/api/v1/actions/{unmatched}")).ReadJsonAsync(HttpStatusCode.OK);
        second.Str("ownerId").ShouldBeEmpty();
        second.Str("ownerName").ShouldBe("Payments ops");
        second.Str("status").ShouldBe("done");
        second.Str("evidence").ShouldNotBeEmpty();
    }
}
