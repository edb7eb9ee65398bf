using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

/// <summary>What a stored secret is.</summary>
public enum SecretKind
{
    SecurityAnswer,

    /// <summary>One character of the passcode; <see cref="CustomerSecret.Position"/> says which (1-based).</summary>
    PasscodeCharacter,
}

/// <summary>
/// A verification secret of a customer (or of one of their authorised third parties), kept only as a salted
/// hash. The passcode is stored one character per row so that a challenge can check characters individually.
/// </summary>
public sealed class CustomerSecret
{
    public const int MinPasscodeLength = 6;
    public const int MaxPasscodeLength = 12;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; init; }

    /// <summary>Set when the secret belongs to an authorised third party rather than the customer.</summary>
    public Guid? ThirdPartyId { get; init; }

    public SecretKind Kind { get; init; }

    /// <summary>1-based position of a passcode character; 0 for a security answer.</summary>
    public int Position { get; init; }

    [Secret]
    public required string Hash { get; init; }

    public DateTime SetAt { get; init; }
}
