using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>Procedures traced to policy clauses, their evaluations, policy reconciliations; the channel catalogue's costs and evaluations.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209300000_ProceduresAndChannels")]
public sealed class ProceduresAndChannels : Migration
{
    private static readonly string[] Tables =
    [
        "CommsChannelEvaluationEntries", "CommsChannelEvaluations", "CommsChannels", "CommsReconciliations", "CommsProcedureVerdicts",
        "CommsProcedureEvaluations", "CommsProcedureSteps", "CommsProcedureVersions", "CommsProcedures",
    ];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(ProceduresAndChannels).Assembly, "20261209300000_ProceduresAndChannels.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
