namespace Frontline.Domain.Cases;

/// <summary>
/// One interaction with a customer (or an unidentified caller) on any channel. Owned by the Cases module;
/// other modules refer to it by id.
/// </summary>
public sealed class Contact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? CustomerId { get; set; }

    public Guid? AgentId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>Free text, card numbers redacted before it is stored.</summary>
    public string? Notes { get; set; }

    public DateTime CreatedAt { get; init; }
}
