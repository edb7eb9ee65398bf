using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

/// <summary>The authority under which someone acts for a customer.</summary>
public enum ThirdPartyAuthority
{
    /// <summary>A registered lasting or enduring power of attorney.</summary>
    PowerOfAttorney,

    /// <summary>A deputy appointed by the Court of Protection.</summary>
    CourtDeputy,

    /// <summary>Someone the customer has named to speak for them (a family member, a debt adviser).</summary>
    Representative,
}

/// <summary>
/// A person authorised to act for a customer. They are verified with their own details and secrets before
/// anything is discussed with them.
/// </summary>
public sealed class AuthorisedThirdParty : IVersioned
{
    public const int MaxNameLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; init; }

    [PersonalData]
    public required string FullName { get; set; }

    public ThirdPartyAuthority Authority { get; set; }

    [PersonalData]
    public DateOnly? DateOfBirth { get; set; }

    [PersonalData]
    public string? Postcode { get; set; }

    /// <summary>The question whose answer is the third party's own secret.</summary>
    public string? SecurityQuestion { get; set; }

    /// <summary>The document seen, e.g. the Office of the Public Guardian registration reference.</summary>
    public string? DocumentReference { get; set; }

    /// <summary>The last day the authority is valid; null when open-ended.</summary>
    public DateOnly? ValidUntil { get; set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public bool IsValidOn(DateOnly day) => ValidUntil is not { } until || day <= until;
}

/// <summary>An alert about a customer for team leaders and managers, e.g. verification locked after repeated failures.</summary>
public sealed class CustomerAlert : IVersioned
{
    public const string VerificationLocked = "verification-locked";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; init; }

    public required string Kind { get; init; }

    public required string Message { get; init; }

    public DateTime RaisedAt { get; init; }

    public DateTime? AcknowledgedAt { get; set; }

    public Guid? AcknowledgedBy { get; set; }

    public int Version { get; set; }
}
