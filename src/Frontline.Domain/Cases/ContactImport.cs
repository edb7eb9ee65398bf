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

    /// <summary>Why the whole file failed (unreadable, unknown columns), when it did.</summary>
    public string? Error { get; set; }
}

public sealed record RejectedRow(int Row, string Reason);

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
