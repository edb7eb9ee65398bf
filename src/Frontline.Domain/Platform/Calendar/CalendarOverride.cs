namespace Frontline.Domain.Platform.Calendar;

/// <summary>
/// An administrator's change to a division's calendar: a one-off holiday or office closure (the day is
/// not a business day), or an opening on a day that would otherwise be closed.
/// </summary>
public sealed class CalendarOverride
{
    public const int MaxDescriptionLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public CalendarDivision Division { get; init; }

    public DateOnly Date { get; init; }

    public CalendarOverrideKind Kind { get; init; }

    public required string Description { get; init; }
}

public enum CalendarOverrideKind
{
    /// <summary>A one-off holiday (e.g. a proclaimed bank holiday not yet in the feed).</summary>
    Holiday,

    /// <summary>The office is closed (e.g. a staff day); not a business day for this centre.</summary>
    Closure,

    /// <summary>The office opens on a day that would otherwise not be a business day.</summary>
    Opening,
}
