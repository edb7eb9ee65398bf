namespace Frontline.Web.Tests.Infrastructure;

/// <summary>A clock tests can set and move; starts at the real time unless set.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow() => _now ?? DateTimeOffset.UtcNow;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now = GetUtcNow() + by;

    public void Reset() => _now = null;
}
