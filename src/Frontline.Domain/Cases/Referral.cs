using Frontline.Domain.Platform;

namespace Frontline.Domain.Cases;

/// <summary>
/// A case handed to someone with more authority or specialist knowledge: to a person or to a role, verbally
/// (warm handover: who, when, summary) or in writing, with a response target. The referee (or a holder of the
/// role) accepts, declines with a reason, or resolves it. Referrals of one case form its referral chain.
/// </summary>
public sealed class Referral : IVersioned
{
    public const int MaxSummaryLength = 2000;
    public const int MaxResponseLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public Guid FromStaffId { get; init; }

    public Guid? ToStaffId { get; init; }

    public string? ToRole { get; init; }

    public required string Reason { get; init; }

    public required string Mode { get; init; }

    /// <summary>What the referee needs to know (free text, card numbers redacted).</summary>
    public required string Summary { get; init; }

    /// <summary>The action and amount that was beyond authority, so the referee can take it.</summary>
    public string? RequestedAction { get; init; }

    public long? RequestedAmountPence { get; init; }

    /// <summary>Verbal referrals: when the warm handover took place.</summary>
    public DateTime? HandoverAt { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Response target: by when the referee should have accepted or declined.</summary>
    public DateTime RespondBy { get; init; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.Pending;

    public Guid? HandledById { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public DateTime? DeclinedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public int Version { get; set; }

    public void Accept(Guid by, DateTime at)
    {
        Require(ReferralStatus.Pending, "accepted");
        Status = ReferralStatus.Accepted;
        HandledById = by;
        AcceptedAt = at;
    }

    public void Decline(Guid by, DateTime at, string reason)
    {
        Require(ReferralStatus.Pending, "declined");
        Status = ReferralStatus.Declined;
        HandledById = by;
        DeclinedAt = at;
        DeclineReason = reason;
    }

    /// <summary>A pending referral may be resolved directly (accepting it implicitly).</summary>
    public void Resolve(Guid by, DateTime at, string resolution)
    {
        if (Status is not (ReferralStatus.Pending or ReferralStatus.Accepted))
        {
            throw new DomainException("referral.state", $"A {Codes.Of(Status)} referral cannot be resolved.", DomainErrorKind.Conflict);
        }

        AcceptedAt ??= at;
        Status = ReferralStatus.Resolved;
        HandledById = by;
        ResolvedAt = at;
        Resolution = resolution;
    }

    public bool IsOpen => Status is ReferralStatus.Pending or ReferralStatus.Accepted;

    private void Require(ReferralStatus expected, string verb)
    {
        if (Status != expected)
        {
            throw new DomainException("referral.state", $"Only a pending referral can be {verb}; this one is {Codes.Of(Status)}.", DomainErrorKind.Conflict);
        }
    }

    public static class Reasons
    {
        public const string BeyondAuthority = "beyond-authority";
        public const string SpecialistKnowledge = "specialist-knowledge";
        public const string CustomerRequest = "customer-request";
        public const string Complaint = "complaint";

        public static readonly IReadOnlyList<string> All = [BeyondAuthority, SpecialistKnowledge, CustomerRequest, Complaint];
    }

    public static class Modes
    {
        public const string Verbal = "verbal";
        public const string Written = "written";

        public static readonly IReadOnlyList<string> All = [Verbal, Written];

        /// <summary>Response targets in business minutes: a warm handover is answered within the hour, a message within a day.</summary>
        public static long ResponseTargetMinutes(string mode) => mode == Verbal ? 60 : ServiceTargets.BusinessDay;
    }

    public static class Codes
    {
        public static string Of(ReferralStatus status) => status switch
        {
            ReferralStatus.Pending => "pending",
            ReferralStatus.Accepted => "accepted",
            ReferralStatus.Declined => "declined",
            ReferralStatus.Resolved => "resolved",
        };
    }
}

public enum ReferralStatus
{
    Pending,
    Accepted,
    Declined,
    Resolved,
}
