using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// Quality operations: the audit programme, checklists and audits of working practices; customer feedback surveys,
/// invitations and responses; spot-check sampling plans, draws and assignments.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261207300000_QualityOperations")]
public sealed class QualityOperations : Migration
{
    private static readonly string[] Tables =
    [
        "QualitySamplingAssignments", "QualitySamplingDraws", "QualitySamplingPlans", "QualitySurveyLinkKeys", "QualitySurveyResponses",
        "QualitySurveyInvitations", "QualitySurveys", "QualityAuditItems", "QualityAudits", "QualityAuditChecklists", "QualityPlannedAudits",
    ];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(QualityOperations).Assembly, "20261207300000_QualityOperations.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
