using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Sqlite;

/// <summary>Message templates: versions and their variants for customers' needs, each with its stored language check.</summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261208310000_MessageTemplates")]
public sealed class MessageTemplates : Migration
{
    private static readonly string[] Tables =
    [
        "CommsTemplateVariants", "CommsTemplateVersions", "CommsTemplates",
    ];

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(MessageTemplates).Assembly, "20261208310000_MessageTemplates.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
