using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>Communication policies: versions, clauses under the standard components, review comments, sign-offs, acknowledgements.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208300000_CommunicationPolicies")]
public sealed class CommunicationPolicies : Migration
{
    private static readonly string[] Tables =
    [
        "CommsPolicyAcknowledgements", "CommsPolicySignOffs", "CommsClauseComments", "CommsPolicyClauses", "CommsPolicyVersions", "CommsPolicies",
    ];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(CommunicationPolicies).Assembly, "20261208300000_CommunicationPolicies.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
