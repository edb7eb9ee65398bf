using Frontline.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Frontline.Migrations.Postgres;

/// <summary>
/// The first schema. Its SQL is generated from the model by
/// <c>dotnet run --project src/Frontline.Web -- schema postgres</c> (EF Design cannot run on these
/// machines) and frozen here; later changes are new migrations beside this one.
/// </summary>
[DbContext(typeof(FrontlineDbContext))]
[Migration("20261123000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScripts.Read(typeof(Initial).Assembly, "20261123000000_Initial.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The initial schema is not reversible; restore from backup instead.");
}
