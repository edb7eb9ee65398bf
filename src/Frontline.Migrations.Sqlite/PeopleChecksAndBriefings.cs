using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>People &amp; development: knowledge checks with attempts (CC26 4.4) and briefings with attendance and acknowledgement (CC32 3.2).</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209400000_PeopleChecksAndBriefings")]
public sealed class PeopleChecksAndBriefings : Migration
{
    private static readonly string[] Tables = ["PeopleBriefingAttendees", "PeopleBriefings", "PeopleKnowledgeCheckAnswers", "PeopleKnowledgeCheckAttempts", "PeopleKnowledgeCheckQuestions", "PeopleKnowledgeChecks"];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PeopleChecksAndBriefings).Assembly, "20261209400000_PeopleChecksAndBriefings.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
