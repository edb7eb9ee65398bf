using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// The tables of Quartz.NET's clustered ADO job store (PostgreSQL only: on SQLite the app runs one node with the RAM
/// store). The script is Quartz.NET's own <c>tables_postgres.sql</c>.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261207120000_QuartzJobStore")]
public sealed class QuartzJobStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(QuartzJobStore).Assembly, "20261207120000_QuartzJobStore.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "qrtz_job_status", "qrtz_misfire_history", "qrtz_execution_history", "qrtz_fired_triggers", "qrtz_paused_job_grps",
            "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks", "qrtz_simprop_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers",
            "qrtz_blob_triggers", "qrtz_triggers", "qrtz_job_details", "qrtz_calendars",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
