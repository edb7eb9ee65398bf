using System.Linq.Expressions;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Audits;

/// <summary>How often a planned audit of a working practice recurs.</summary>
public enum AuditFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

/// <summary>
/// One line of the audit programme (CC33 1.2, 4.2): a working practice audited on a schedule by a lead auditor, the
/// requirements it checks and when it is next due. Overdue when its next due date has passed without a closed audit.
/// </summary>
public sealed class PlannedAudit : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    /// <summary>The practice or area, one of <see cref="AuditPractices.All"/> (or another code the centre uses).</summary>
    public required string Practice { get; set; }

    public string? Scope { get; set; }

    public AuditFrequency Frequency { get; set; } = AuditFrequency.Quarterly;

    public Guid LeadAuditorId { get; set; }

    /// <summary>The requirements covered: Compliance register ids or free text, one per line.</summary>
    public string? Requirements { get; set; }

    /// <summary>The checklist audits of this line start from.</summary>
    public Guid? ChecklistId { get; set; }

    public DateOnly NextDueOn { get; set; }

    public DateOnly? LastCompletedOn { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    /// <summary>Overdue: active and its due date is before today (the due day itself is still on time).</summary>
    public static Expression<Func<PlannedAudit, bool>> OverdueOn(DateOnly today) => p => p.IsActive && p.NextDueOn < today;

    public bool IsOverdue(DateOnly today) => IsActive && NextDueOn < today;

    /// <summary>An audit of this line was closed on <paramref name="closedOn"/>: the next one is due a period later.</summary>
    public void Completed(DateOnly closedOn)
    {
        LastCompletedOn = closedOn;
        NextDueOn = Next(closedOn, Frequency);
    }

    public static DateOnly Next(DateOnly from, AuditFrequency frequency) => frequency switch
    {
        AuditFrequency.Monthly => from.AddMonths(1),
        AuditFrequency.Quarterly => from.AddMonths(3),
        AuditFrequency.HalfYearly => from.AddMonths(6),
        AuditFrequency.Yearly => from.AddYears(1),
    };
}

/// <summary>The working practices a UK contact centre audits (free codes are allowed too).</summary>
public static class AuditPractices
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("idv-procedure", "ID&V procedure"),
        ("complaint-handling", "Complaint handling"),
        ("data-protection-desk-checks", "Data protection desk checks"),
        ("clear-desk", "Clear desk"),
        ("call-recording-controls", "Call recording controls"),
        ("knowledge-currency", "Knowledge currency"),
        ("vulnerable-customers", "Support for customers in vulnerable circumstances"),
        ("payment-card-handling", "Payment card handling (PCI DSS)"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(p => p.Code == code).Name ?? code;
}
