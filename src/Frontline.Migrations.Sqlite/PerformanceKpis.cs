using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>
/// Performance: KPI definitions and their versions; contacts gain the instant they entered the queue (waiting is measured
/// from it) and an index on the offered time (KPIs read contacts by period).
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208200000_PerformanceKpis")]
public sealed class PerformanceKpis : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PerformanceKpis).Assembly, "20261208200000_PerformanceKpis.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PerformanceKpiVersions");
        migrationBuilder.DropTable("PerformanceKpis");
        migrationBuilder.DropIndex("IX_Contacts_OfferedAt", "Contacts");
        migrationBuilder.DropColumn("QueuedAt", "Contacts");
    }
}
