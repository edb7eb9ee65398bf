using Frontline.Data;
using Frontline.Data.Compliance;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// Compliance: the requirements register (with the starter register of UK requirements and its first risk
/// assessment), dated risk changes, breaches with their route and formal stages, and subject access requests.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208100000_ComplianceRegister")]
public sealed class ComplianceRegister : Migration
{
    private static readonly string[] Tables = ["DataProtectionSubjectAccessRequests", "ComplianceBreaches", "ComplianceRiskChanges", "ComplianceRequirements"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(MigrationScripts.Read(typeof(ComplianceRegister).Assembly, "20261208100000_ComplianceRegister.sql"));
        migrationBuilder.Sql(StarterRegisterSql.Inserts(DatabaseProvider.Postgres));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
