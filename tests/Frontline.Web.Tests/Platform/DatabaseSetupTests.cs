using Frontline.Data;
using Frontline.Domain.Platform.Calendar;
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

    [Fact]
    public async Task Sqlite_CommitsLeaveCheckpointsToTheBackgroundCheckpointer_WhichCopiesTheWholeLog()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frontline-checkpoint-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path};Pooling=False";
        try
        {
            var options = new DbContextOptionsBuilder<FrontlineDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
            await using (var db = new FrontlineDbContext(options.Options))
            {
                await DatabaseSetup.MigrateAsync(db);
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA wal_autocheckpoint;";
                Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0);
                // Enough commits to have crossed SQLite's own 1,000-page threshold: without the setting, a commit would
                // have checkpointed and the log would be short.
                for (var i = 0; i < 400; i++)
                {
                    db.Add(new CalendarOverride
                    {
                        Division = CalendarDivision.EnglandAndWales, Date = new DateOnly(2030, 1, 1).AddDays(i), Kind = CalendarOverrideKind.Closure,
                        Description = new string('x', CalendarOverride.MaxDescriptionLength),
                    });
                    await db.SaveChangesAsync();
                }

                // Checked while the context's connection is still open: closing the last connection checkpoints anyway.
                var checkpointer = new SqliteCheckpointer(connectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteCheckpointer>.Instance);
                var result = await checkpointer.CheckpointAsync("PASSIVE", CancellationToken.None);
                result.Busy.ShouldBeFalse();
                result.LogFrames.ShouldBeGreaterThan(1000);
                result.CheckpointedFrames.ShouldBe(result.LogFrames);
                (await checkpointer.CheckpointAsync("TRUNCATE", CancellationToken.None)).LogFrames.ShouldBe(0);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
