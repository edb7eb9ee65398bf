using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>Compliance: the regulatory change log and the reviews it flags.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208110000_RegulatoryChange")]
public sealed class RegulatoryChange : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(RegulatoryChange).Assembly, "20261208110000_RegulatoryChange.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ComplianceChangeReviews");
        migrationBuilder.DropTable("ComplianceRegulatoryChanges");
    }
}
