using System.Globalization;

namespace Frontline.Domain.Cases;

/// <summary>
/// A CSV import of contacts and its progress: rows read so far, accepted, skipped (virtual calls the log says to
/// ignore) and rejected with the row number and reason. Good rows are kept even when others are rejected.
/// </summary>
public sealed class ContactImport
{
    public const int MaxRejectionsKept = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string FileName { get; init; }

    public Guid StartedById { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; set; }

    public ImportStatus Status { get; set; } = ImportStatus.Queued;

    public int TotalRows { get; set; }

    public int ProcessedRows { get; set; }

    public int Accepted { get; set; }

    public int Skipped { get; set; }

    public int RejectedCount { get; set; }

    /// <summary>The first <see cref="MaxRejectionsKept"/> rejected rows.</summary>
    public List<RejectedRow> Rejected { get; set; } = [];

    /// <summary>Why the whole file failed (unreadable, unknown columns) or was interrupted, when it did.</summary>
    public string? Error { get; set; }

    /// <summary>
    /// When the app node holding the import (queued or running) last said it is still at work; null on imports recorded
    /// before heartbeats were (their start time stands in).
    /// </summary>
    public DateTime? HeartbeatAt { get; set; }

    public bool IsFinished => IsFinal(Status);

    /// <summary>Completed, failed or interrupted: nothing will change any more.</summary>
    public static bool IsFinal(ImportStatus status) => status is not (ImportStatus.Queued or ImportStatus.Running);

    /// <summary>
    /// Unfinished and no heartbeat since <paramref name="cutoff"/>: the node that held it has stopped. A null cutoff means
    /// any unfinished import (start-up of the only process that can hold one).
    /// </summary>
    public bool IsAbandoned(DateTime? cutoff) => !IsFinished && (cutoff is null || (HeartbeatAt ?? StartedAt) < cutoff);

    /// <summary>
    /// Records that the application stopped under the import. The rows already recorded are kept; they are the first
    /// <see cref="ProcessedRows"/> of the file (rows are recorded in file order), so the message says which to upload again.
    /// </summary>
    public void MarkInterrupted(DateTime at)
    {
        if (IsFinished)
        {
            return;
        }

        Error = ProcessedRows == 0
            ? "Interrupted by an application restart before any row was imported. Upload the file again."
            : string.Format(CultureInfo.InvariantCulture,
                "Interrupted by an application restart after {0:N0} of {1:N0} rows; the rows already imported are kept. "
                + "To import the rest, upload the header and the rows after the first {0:N0} (the whole file again would record those twice).",
                ProcessedRows, TotalRows);
        Status = ImportStatus.Interrupted;
        FinishedAt = at;
    }
}

public sealed record RejectedRow(int Row, string Reason);

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,

    /// <summary>The application stopped while the import was queued or running (stored as text: no migration needed).</summary>
    Interrupted,
}
