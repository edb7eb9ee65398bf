namespace Frontline.Domain.Platform;

/// <summary>
/// A record whose edits are checked for concurrency: every save increments <see cref="Version"/>,
/// and an update based on an older version is refused instead of silently overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
