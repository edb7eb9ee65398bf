using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// People &amp; development: the skills framework (seeded), development needs with their evidence, development plans with
/// activities by method, coaching sessions.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208400000_PeopleDevelopment")]
public sealed class PeopleDevelopment : Migration
{
    private static readonly string[] Tables =
    [
        "PeopleCoachingSessions", "PeopleDevelopmentActivities", "PeopleDevelopmentPlans", "PeopleDevelopmentNeedEvidence", "PeopleDevelopmentNeeds", "PeopleSkills",
    ];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(PeopleDevelopment).Assembly, "20261208400000_PeopleDevelopment.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
