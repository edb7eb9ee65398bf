using Frontline.Domain.Platform;

namespace Frontline.Domain.Catalogue;

/// <summary>A product or service the centre supports. Owned by the Catalogue module.</summary>
public sealed class Product : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable short code, e.g. <c>CURRENT-ACCOUNT</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }
}
