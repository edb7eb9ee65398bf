using Frontline.Data;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Platform;

/// <summary>How the embedded SQLite database is opened (whatever engine the rest of the suite runs on).</summary>
public sealed class DatabaseSetupTests
{
    [Fact]
    public async Task Sqlite_ConnectionsSyncAtCheckpointsNotEveryCommit()
    {
        var options = new DbContextOptionsBuilder<FrontlineDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, "Data Source=:memory:");
        await using var db = new FrontlineDbContext(options.Options);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        // 1 = NORMAL (the default, 2, is FULL).
        Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1);
    }
}
