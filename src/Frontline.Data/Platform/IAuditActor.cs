namespace Frontline.Data.Platform;

/// <summary>Who is making the changes being saved: the signed-in person, or the system.</summary>
public interface IAuditActor
{
    Guid? ActorId { get; }

    string ActorName { get; }
}

/// <summary>The actor for start-up work (migrations, demo data) and background jobs.</summary>
public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();

    public Guid? ActorId => null;

    public string ActorName => "system";
}
