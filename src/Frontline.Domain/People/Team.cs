using Frontline.Domain.Platform;

namespace Frontline.Domain.People;

/// <summary>A team of agents with its team leader. Team leaders see their own team's people and work.</summary>
public sealed class Team : IVersioned
{
    public const int MaxNameLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public Guid? TeamLeaderId { get; set; }

    public bool IsActive { get; set; } = true;

    public int Version { get; set; }
}
