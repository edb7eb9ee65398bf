using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// Contact imports record when their app node last reported them alive, so an import whose node stopped (restart,
/// crash, deploy) is marked interrupted instead of staying "running". Nullable: older imports use their start time.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261123120000_ContactImportHeartbeat")]
public sealed class ContactImportHeartbeat : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(ContactImportHeartbeat).Assembly, "20261123120000_ContactImportHeartbeat.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "HeartbeatAt", table: "ContactImports");
}
