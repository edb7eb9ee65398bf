using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>
/// Quality monitoring: versioned scorecards (sections, criteria, bands), evaluations with their answers, disputes and
/// history, and calibration sessions with each evaluator's blind scoring.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261207200000_QualityEvaluations")]
public sealed class QualityEvaluations : Migration
{
    private static readonly string[] Tables =
    [
        "QualityCalibrationParticipants", "QualityCalibrationSessions", "QualityEvaluationEvents", "QualityEvaluationDisputes", "QualityEvaluationAnswers",
        "QualityEvaluations", "QualityCriteria", "QualityScorecardSections", "QualityScorecardVersions", "QualityScorecards",
    ];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(QualityEvaluations).Assembly, "20261207200000_QualityEvaluations.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
