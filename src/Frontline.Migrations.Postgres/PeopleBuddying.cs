using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>People &amp; development: buddy pairings and the log of support given (CC32 4.6).</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208410000_PeopleBuddying")]
public sealed class PeopleBuddying : Migration
{
    private static readonly string[] Tables = ["PeopleBuddySupport", "PeopleBuddyAssignments"];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PeopleBuddying).Assembly, "20261208410000_PeopleBuddying.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
