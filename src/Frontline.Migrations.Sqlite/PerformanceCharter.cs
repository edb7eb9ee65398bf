using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>Performance: the service charter (aims, objectives, offers), case service targets (seeded with the targets that were
/// constants in Cases), variance reviews; cases keep the first-response target they were opened with.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209200000_PerformanceCharter")]
public sealed class PerformanceCharter : Migration
{
    private static readonly string[] Tables = ["PerformanceReviews", "PerformanceCaseTargets", "PerformanceCharter"];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PerformanceCharter).Assembly, "20261209200000_PerformanceCharter.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("FirstResponseTargetMinutes", "Cases");
    }
}
