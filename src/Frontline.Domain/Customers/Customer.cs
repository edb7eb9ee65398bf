using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

/// <summary>
/// A customer of the organisation. Holds the minimum personal data the centre needs (UK GDPR data
/// minimisation). Owned by the Customers module; other modules refer to it by id.
/// </summary>
public sealed class Customer : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The organisation's customer reference, unique.</summary>
    public required string Reference { get; set; }

    [PersonalData]
    public required string FirstName { get; set; }

    [PersonalData]
    public required string LastName { get; set; }

    [PersonalData]
    public DateOnly? DateOfBirth { get; set; }

    [PersonalData]
    public string? Postcode { get; set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }
}
