using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>
/// The platform pieces every back-office module uses: each person's inbox, the e-mail outbox written in the same
/// transaction as the change, e-mail preferences per kind, and the one register of improvement actions.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261207100000_NotificationsAndActions")]
public sealed class NotificationsAndActions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(NotificationsAndActions).Assembly, "20261207100000_NotificationsAndActions.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ImprovementActionReminders", "ImprovementActions", "NotificationPreferences", "EmailOutbox", "Notifications" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
