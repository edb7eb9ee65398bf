using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>Compliance: erasure requests, the retention schedule, and restriction of records that retention keeps.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209100000_DataProtectionErasure")]
public sealed class DataProtectionErasure : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(DataProtectionErasure).Assembly, "20261209100000_DataProtectionErasure.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Customers", "Contacts", "Cases", "Complaints" })
        {
            migrationBuilder.DropIndex($"IX_{table}_RestrictedUntil", table);
            migrationBuilder.DropColumn("RestrictedUntil", table);
            migrationBuilder.DropColumn("RestrictionReason", table);
        }

        migrationBuilder.DropTable("DataProtectionErasureRequests");
        migrationBuilder.DropTable("DataProtectionRetentionRules");
    }
}
