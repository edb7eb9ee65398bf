using Frontline.Domain.Platform;

namespace Frontline.Domain.Cases;

/// <summary>A problem or query being worked for a customer. Owned by the Cases module.</summary>
public sealed class Case : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; set; }

    public Guid? OwnerId { get; set; }

    public Guid? TeamId { get; set; }

    public required string Summary { get; set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }
}
