using System.Linq.Expressions;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Audits;

/// <summary>What an auditor found for one checklist item.</summary>
public enum AuditFinding
{
    Conforms,
    Observation,
    Minor,
    Major,
}

public enum AuditStatus
{
    InProgress,
    Closed,
}

/// <summary>
/// One audit of a working practice, run from a checklist: every item gets evidence and a finding; minor and major
/// findings raise improvement actions; the audit closes when its report is written, and then never changes.
/// </summary>
public sealed class Audit : IVersioned
{
    public const int MaxReportLength = 20_000;
    public const int MaxEvidenceLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? PlannedAuditId { get; init; }

    public Guid ChecklistId { get; init; }

    public required string Title { get; init; }

    public required string Practice { get; init; }

    public string? Scope { get; set; }

    public Guid AuditorId { get; init; }

    public DateTime StartedAt { get; init; }

    public AuditStatus Status { get; private set; } = AuditStatus.InProgress;

    public string? Report { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public List<AuditItem> Items { get; init; } = [];

    public int Version { get; set; }

    public static Expression<Func<Audit, bool>> IsOpen => a => a.Status == AuditStatus.InProgress;

    /// <summary>Findings that must raise an improvement action.</summary>
    public static bool NeedsAction(AuditFinding finding) => finding is AuditFinding.Minor or AuditFinding.Major;

    public static Audit Start(AuditChecklist checklist, PlannedAudit? planned, string? title, string? scope, Guid auditorId, DateTime now) => new()
    {
        PlannedAuditId = planned?.Id,
        ChecklistId = checklist.Id,
        Title = string.IsNullOrWhiteSpace(title) ? planned?.Title ?? checklist.Name : title.Trim(),
        Practice = planned?.Practice ?? checklist.Practice,
        Scope = string.IsNullOrWhiteSpace(scope) ? planned?.Scope : scope.Trim(),
        AuditorId = auditorId,
        StartedAt = now,
        Items = checklist.Items.Select((item, i) => new AuditItem { Position = i + 1, Text = item.Text, Guidance = item.Guidance }).ToList(),
    };

    /// <summary>Records the evidence and finding of one item (again, until the audit closes).</summary>
    public AuditItem Record(Guid itemId, string? evidence, AuditFinding finding)
    {
        EnsureOpen();
        var item = Items.SingleOrDefault(i => i.Id == itemId) ?? throw DomainException.NotFound("audit item");
        if (string.IsNullOrWhiteSpace(evidence) && finding != AuditFinding.Conforms)
        {
            throw new DomainException("audit.evidence", "Describe the evidence behind a finding other than 'conforms'.", DomainErrorKind.Invalid, "evidence");
        }

        if (evidence?.Length > MaxEvidenceLength)
        {
            throw new DomainException("audit.evidence", $"Evidence is at most {MaxEvidenceLength} characters.", DomainErrorKind.Invalid, "evidence");
        }

        if (item.ActionId is not null && !NeedsAction(finding))
        {
            throw new DomainException("audit.finding-has-action",
                "An improvement action was raised from this finding; it can be made more or less severe but not cleared.", DomainErrorKind.Conflict, "finding");
        }

        item.Evidence = evidence?.Trim();
        item.Finding = finding;
        return item;
    }

    /// <summary>Closes the audit with its report; every item must have a finding first.</summary>
    public void Close(string report, DateTime now)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(report))
        {
            throw new DomainException("audit.report", "Write the audit report to close the audit.", DomainErrorKind.Invalid, "report");
        }

        if (report.Length > MaxReportLength)
        {
            throw new DomainException("audit.report", $"The report is at most {MaxReportLength} characters.", DomainErrorKind.Invalid, "report");
        }

        if (Items.FirstOrDefault(i => i.Finding is null) is { } open)
        {
            throw new DomainException("audit.unfinished", $"Item {open.Position} has no finding yet.", DomainErrorKind.Conflict, "report");
        }

        if (Items.FirstOrDefault(i => NeedsAction(i.Finding!.Value) && i.ActionId is null) is { } unactioned)
        {
            throw new DomainException("audit.unactioned", $"Item {unactioned.Position} is a {unactioned.Finding!.Value.ToString().ToLowerInvariant()} finding without an improvement action.",
                DomainErrorKind.Conflict, "report");
        }

        Report = report.Trim();
        Status = AuditStatus.Closed;
        ClosedAt = now;
    }

    public void EnsureOpen()
    {
        if (Status == AuditStatus.Closed)
        {
            throw new DomainException("audit.closed", "The audit is closed; its findings and report no longer change.", DomainErrorKind.Conflict);
        }
    }

    /// <summary>Counts of each finding, for the report.</summary>
    public IReadOnlyDictionary<AuditFinding, int> FindingCounts() =>
        Enum.GetValues<AuditFinding>().ToDictionary(f => f, f => Items.Count(i => i.Finding == f));
}

/// <summary>A checklist item as checked in one audit.</summary>
public sealed class AuditItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AuditId { get; init; }

    public int Position { get; init; }

    public required string Text { get; init; }

    public string? Guidance { get; init; }

    public string? Evidence { get; set; }

    public AuditFinding? Finding { get; set; }

    /// <summary>The improvement action raised from this finding (in the actions register).</summary>
    public Guid? ActionId { get; set; }
}
