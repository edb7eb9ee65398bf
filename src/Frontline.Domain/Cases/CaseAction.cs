namespace Frontline.Domain.Cases;

/// <summary>
/// An attempt to take an action on a case (refund, goodwill payment, ...), recorded whether the authority
/// matrix allowed it or refused it, so managers can see what was tried and by whom.
/// </summary>
public sealed class CaseAction
{
    public const int MaxReasonLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public Guid StaffId { get; init; }

    public int StaffGrade { get; init; }

    public required string Action { get; init; }

    public long AmountPence { get; init; }

    /// <summary>Free text, card numbers redacted.</summary>
    public required string Reason { get; init; }

    public bool Allowed { get; init; }

    /// <summary>Why it was allowed or refused, in words for the agent.</summary>
    public required string Decision { get; init; }

    public int? GradeNeeded { get; init; }

    public long? LimitPence { get; init; }

    /// <summary>Set when the action was taken in resolving a referral.</summary>
    public Guid? ReferralId { get; init; }

    public DateTime At { get; init; }
}
