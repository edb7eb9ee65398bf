using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>Performance: validation runs with exclusions, published results and the distribution log (who was told what, why, and who acknowledged).</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208210000_PerformancePublication")]
public sealed class PerformancePublication : Migration
{
    private static readonly string[] Tables = ["PerformanceDistributions", "PerformancePublications", "PerformanceExclusions", "PerformanceValidationRuns"];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PerformancePublication).Assembly, "20261208210000_PerformancePublication.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
