using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>People &amp; development: requests for help from a buddy or expert, answered or escalated (CC32 3.1, 4.6).</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208420000_PeopleHelpRequests")]
public sealed class PeopleHelpRequests : Migration
{
    private static readonly string[] Tables = ["PeopleHelpRequests"];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PeopleHelpRequests).Assembly, "20261208420000_PeopleHelpRequests.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
