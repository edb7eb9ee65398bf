using Frontline.Domain.Platform;

namespace Frontline.Domain.Cases;

/// <summary>The stored authority matrix: one record, replaced as a whole by managers (versioned, audited).</summary>
public sealed class AuthorityMatrixRecord : IVersioned
{
    /// <summary>The centre has one matrix.</summary>
    public static readonly Guid CentreId = new("6a7c0000-0000-7000-8000-000000000001");

    public Guid Id { get; init; } = CentreId;

    public List<AuthorityRule> Rules { get; set; } = [];

    public Guid? ChangedById { get; set; }

    public DateTime ChangedAt { get; set; }

    public int Version { get; set; }
}
