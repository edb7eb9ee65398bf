using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// Complaints' remedial actions become improvement actions (source kind complaint, same ids): the register owns them,
/// the complaint reads them back. Owners written as text are matched to staff by username or display name where possible.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261207110000_ComplaintActionsToRegister")]
public sealed class ComplaintActionsToRegister : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(ComplaintActionsToRegister).Assembly, "20261207110000_ComplaintActionsToRegister.sql"));

    /// <summary>Not reversible without loss (status, evidence and effectiveness have no place in the old table).</summary>
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Complaint remedial actions live in the improvement actions register; restore a backup to go back.");
}
