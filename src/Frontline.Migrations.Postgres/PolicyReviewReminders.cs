using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>Policy versions remember the review date their reminder was sent for.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209310000_PolicyReviewReminders")]
public sealed class PolicyReviewReminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PolicyReviewReminders).Assembly, "20261209310000_PolicyReviewReminders.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn("ReviewRemindedFor", "CommsPolicyVersions");
}
