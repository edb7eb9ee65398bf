using Microsoft.Data.Sqlite;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Copies committed pages from the SQLite write-ahead log into the database file once a second, off the write path.
/// </summary>
/// <remarks>
/// SQLite's automatic checkpoint runs inside the commit that crosses 1,000 log pages, and because the centre's writes
/// queue for one writer (the audit chain), every write behind that commit waited too: about one create in a hundred
/// took 5 ms to commit instead of 0.1 ms. Connections turn the automatic checkpoint off
/// (<see cref="SqliteConnectionSettings"/>) and this service checkpoints in PASSIVE mode, which never blocks the writer
/// or readers; the log restarts from its beginning once a checkpoint has caught up.
/// </remarks>
internal sealed class SqliteCheckpointer(string connectionString, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>What one checkpoint did: frames in the log and frames now copied into the database.</summary>
    public readonly record struct Result(bool Busy, int LogFrames, int CheckpointedFrames);

    public async Task<Result> CheckpointAsync(string mode, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = mode switch
        {
            "PASSIVE" => "PRAGMA wal_checkpoint(PASSIVE);",
            "TRUNCATE" => "PRAGMA wal_checkpoint(TRUNCATE);",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Use PASSIVE or TRUNCATE."),
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new Result(reader.GetInt32(0) != 0, reader.GetInt32(1), reader.GetInt32(2));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Leave a short log behind on a clean stop (TRUNCATE waits briefly for the writer; a busy result is fine).
        await RunAsync("TRUNCATE", cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunAsync("PASSIVE", stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RunAsync(string mode, CancellationToken cancellationToken)
    {
        try
        {
            await CheckpointAsync(mode, cancellationToken);
        }
        catch (SqliteException ex)
        {
            // A failed checkpoint loses nothing (the log still holds every commit); the next one catches up.
            logger.LogWarning(ex, "SQLite checkpoint ({Mode}) failed", mode);
        }
    }
}
