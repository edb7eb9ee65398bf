using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>Quality: automatic survey invitations (share, quiet days, progress) and the survey outbox's delivery state.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261209500000_SurveyAutoInvitations")]
public sealed class SurveyAutoInvitations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(SurveyAutoInvitations).Assembly, "20261209500000_SurveyAutoInvitations.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Cases_ClosedAt", "Cases");
        migrationBuilder.DropIndex("IX_Cases_ResolvedAt", "Cases");
        migrationBuilder.DropIndex("IX_Contacts_EndedAt", "Contacts");
        migrationBuilder.DropIndex("IX_QualitySurveyInvitations_CustomerId_CreatedAt", "QualitySurveyInvitations");
        migrationBuilder.DropIndex("IX_QualitySurveyInvitations_Delivery_NextAttemptAt", "QualitySurveyInvitations");
        foreach (var column in new[] { "LastError", "LeasedUntil", "NextAttemptAt", "Attempts", "Automatic" })
        {
            migrationBuilder.DropColumn(column, "QualitySurveyInvitations");
        }

        foreach (var column in new[] { "AutoInvitedUpTo", "QuietDays", "InvitePercent" })
        {
            migrationBuilder.DropColumn(column, "QualitySurveys");
        }
    }
}
