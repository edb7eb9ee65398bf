namespace Frontline.Domain.Catalogue;

/// <summary>
/// A record of a change to a product: which parts changed, who changed it and why. Material changes start a
/// new revision that staff must read and acknowledge.
/// </summary>
public sealed class ProductChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProductId { get; init; }

    public DateTime ChangedAt { get; init; }

    public Guid ChangedById { get; init; }

    /// <summary>Comma-separated parts, e.g. <c>fees,disclosures</c>.</summary>
    public required string Parts { get; init; }

    public bool Material { get; init; }

    /// <summary>The material revision after the change.</summary>
    public int MaterialRevision { get; init; }

    public string? Note { get; init; }
}

/// <summary>
/// An agent's confirmation, during a contact, that a product's mandatory disclosure was read out to the customer.
/// </summary>
public sealed class DisclosureConfirmation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ContactId { get; init; }

    public Guid ProductId { get; init; }

    public required string DisclosureCode { get; init; }

    public Guid ConfirmedById { get; init; }

    public DateTime ConfirmedAt { get; init; }

    /// <summary>The product revision whose wording was read out.</summary>
    public int ProductRevision { get; init; }
}
