using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>Quality: partial indexes for finding an assignment's or a contact's evaluation.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209510000_EvaluationLookupIndexes")]
public sealed class EvaluationLookupIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(EvaluationLookupIndexes).Assembly, "20261209510000_EvaluationLookupIndexes.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP INDEX \"IX_QualityEvaluations_AssignmentId\"; CREATE INDEX \"IX_QualityEvaluations_AssignmentId\" ON \"QualityEvaluations\" (\"AssignmentId\");");
        migrationBuilder.Sql("DROP INDEX \"IX_QualityEvaluations_ContactId\"; CREATE INDEX \"IX_QualityEvaluations_ContactId\" ON \"QualityEvaluations\" (\"ContactId\");");
    }
}
