namespace Frontline.Domain.People.Development;

/// <summary>A span of days, both ends included (like NodaTime's <c>DateInterval</c>).</summary>
public sealed record DayWindow(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of <see cref="From"/> (UTC).</summary>
    public DateTime Start => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first instant after <see cref="To"/> (UTC): instants in the window are <c>Start ≤ t &lt; End</c>.</summary>
    public DateTime End => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>How many observations a side has and their mean (null with none). Means are percentages or scores, higher is better.</summary>
public sealed record Observations(int Count, decimal? Mean)
{
    public static readonly Observations None = new(0, null);
}

/// <summary>Why a before/after comparison is, or is not, a judgement of the development.</summary>
public enum EffectivenessVerdict
{
    /// <summary>The change reaches the target (or, without a target, the measure improved).</summary>
    Met,

    /// <summary>Enough data on both sides and the change falls short.</summary>
    NotMet,

    /// <summary>The plan's activities have not all ended (or an activity has no end date): there is no "after" yet.</summary>
    NotFinished,

    /// <summary>The after window has not closed yet: the figures so far are shown, not judged.</summary>
    AfterWindowOpen,

    /// <summary>Nothing to compare against: no observations in the window before the plan.</summary>
    NoDataBefore,

    /// <summary>No observations after the plan.</summary>
    NoDataAfter,

    /// <summary>Fewer observations than the minimum on one side: the change is shown, not judged.</summary>
    TooFewObservations,
}

/// <summary>A measure before and after, the change (after − before, when both sides have data) and the verdict.</summary>
public sealed record BeforeAfter(Observations Before, Observations After, decimal? Change, decimal? TargetChange, EffectivenessVerdict Verdict)
{
    public bool Judged => Verdict is EffectivenessVerdict.Met or EffectivenessVerdict.NotMet;
}

/// <summary>
/// The before and after windows around development (CC26 3.3) and the judgement of a measure across them. The before
/// window is the <see cref="WindowDays"/> days up to the day before the plan started; the after window the same number
/// of days from the day after its activities ended. A side with fewer than <see cref="MinObservations"/> observations is
/// shown but not judged.
/// </summary>
public sealed record EffectivenessRule(int WindowDays = 30, int MinObservations = 3)
{
    public const int MaxWindowDays = 365;

    public DayWindow Before(DateOnly startsOn) => new(startsOn.AddDays(-WindowDays), startsOn.AddDays(-1));

    public DayWindow After(DateOnly endsOn) => new(endsOn.AddDays(1), endsOn.AddDays(WindowDays));

    /// <summary>
    /// Judges a measure: <paramref name="endsOn"/> null or after <paramref name="today"/> means the plan is not finished;
    /// the order of checks is not finished, no data before, no data after, too few, after window still open, then met/not
    /// met against <paramref name="targetChange"/> (without one: any rise is met).
    /// </summary>
    public BeforeAfter Judge(Observations before, Observations after, decimal? targetChange, DateOnly? endsOn, DateOnly today)
    {
        decimal? change = before.Mean is { } b && after.Mean is { } a ? Math.Round(a - b, 2) : null;
        var verdict = endsOn is not { } end || end >= today ? EffectivenessVerdict.NotFinished
            : before.Count == 0 ? EffectivenessVerdict.NoDataBefore
            : after.Count == 0 ? EffectivenessVerdict.NoDataAfter
            : before.Count < MinObservations || after.Count < MinObservations ? EffectivenessVerdict.TooFewObservations
            : After(end).To >= today ? EffectivenessVerdict.AfterWindowOpen
            : (targetChange is { } target ? change >= target : change > 0) ? EffectivenessVerdict.Met
            : EffectivenessVerdict.NotMet;
        return new BeforeAfter(before, after, change, targetChange, verdict);
    }
}
