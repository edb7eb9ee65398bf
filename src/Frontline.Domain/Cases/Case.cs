using Frontline.Domain.Platform;

namespace Frontline.Domain.Cases;

/// <summary>
/// A problem or query being worked for a customer. Owned by the Cases module. Status changes go through
/// <see cref="ChangeStatus"/>, which refuses illegal transitions and keeps the service clock's pauses.
/// </summary>
public sealed class Case : IVersioned
{
    public const int MaxSummaryLength = 500;
    public const int MaxDescriptionLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Human reference shown to staff and quoted to the customer, e.g. <c>CS-20261123-4F2A</c>.</summary>
    [SystemGenerated]
    public string Reference { get; set; } = "";

    public Guid CustomerId { get; set; }

    public Guid? OwnerId { get; set; }

    public Guid? TeamId { get; set; }

    [PersonalData]
    public required string Summary { get; set; }

    [PersonalData]
    public string? Description { get; set; }

    public string Category { get; set; } = CaseCategories.General;

    public CasePriority Priority { get; set; } = CasePriority.Normal;

    public CaseStatus Status { get; private set; } = CaseStatus.Open;

    /// <summary>The service target in business minutes (from category and priority) when the case was opened.</summary>
    public long TargetMinutes { get; set; }

    /// <summary>The first-response target in business minutes when the case was opened (0: opened before targets were set in Performance).</summary>
    public long FirstResponseTargetMinutes { get; set; }

    /// <summary>Due by: the service target counted in business hours, moved on by every pause while awaiting the customer.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>When the customer was last told how their case is going (or when it was opened).</summary>
    public DateTime LastCustomerUpdateAt { get; set; }

    public DateTime? ResolvedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public Guid? CreatedById { get; set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    /// <summary>
    /// Moves the case to <paramref name="to"/>, or throws a 409 <see cref="DomainException"/> saying why not.
    /// Returns the pause to start (entering awaiting-customer) or to end (leaving it) so the caller can record it.
    /// </summary>
    public PauseChange ChangeStatus(CaseStatus to, DateTime at)
    {
        if (!CaseLifecycle.CanMove(Status, to))
        {
            throw new DomainException("case.transition", CaseLifecycle.WhyNot(Status, to), DomainErrorKind.Conflict, "status");
        }

        var from = Status;
        Status = to;
        if (to == CaseStatus.Resolved)
        {
            ResolvedAt = at;
        }
        else if (to == CaseStatus.Closed)
        {
            ClosedAt = at;
        }
        else if (from is CaseStatus.Resolved or CaseStatus.Closed)
        {
            ResolvedAt = null;
            ClosedAt = null;
        }

        return (from == CaseStatus.AwaitingCustomer, to == CaseStatus.AwaitingCustomer) switch
        {
            (false, true) => PauseChange.Start,
            (true, false) => PauseChange.End,
            _ => PauseChange.None,
        };
    }

    public bool IsFinished => Status is CaseStatus.Resolved or CaseStatus.Closed;

    /// <summary>
    /// Set when an erasure request left records that retention keeps (UK GDPR Art 17(3)): until this day only compliance
    /// officers see the record, with <see cref="RestrictionReason"/>; the retention job erases it then.
    /// </summary>
    public DateOnly? RestrictedUntil { get; set; }

    public string? RestrictionReason { get; set; }

    /// <summary>Erasure: what the customer told us goes; the case's category, timings and status stay for the centre's figures.</summary>
    public void Anonymise()
    {
        Summary = "";
        Description = null;
    }
}

public enum PauseChange
{
    None,
    Start,
    End,
}

public enum CasePriority
{
    Low,
    Normal,
    High,
    Urgent,
}

public enum CaseStatus
{
    Open,
    AwaitingCustomer,
    AwaitingThirdParty,
    Referred,
    Resolved,
    Closed,
}

/// <summary>The case categories the centre uses (service targets may differ per category).</summary>
public static class CaseCategories
{
    public const string General = "general-enquiry";

    public static readonly IReadOnlyList<string> All =
        ["account", "billing", "card", "payment", "fraud", "technical", "product", General];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);
}
