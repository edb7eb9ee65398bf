namespace Frontline.Domain.Performance;

/// <summary>Where a result stands against its target: on or beyond it, within tolerance, or beyond tolerance.</summary>
public enum Band
{
    Green,
    Amber,
    Red,
}

/// <summary>
/// A target with its tolerance band. Green on or beyond the target (≥ for higher-is-better, ≤ for lower-is-better);
/// amber short of the target by at most the tolerance (the edge itself is amber); red beyond that.
/// </summary>
/// <remarks>Values are compared after rounding to 9 decimals, so that 0.8 computed as 4/5 sits on the target, not just below it.</remarks>
public sealed record TargetBand(double Target, double Tolerance, KpiDirection Direction)
{
    public Band Classify(double value)
    {
        var v = Math.Round(value, 9);
        var target = Math.Round(Target, 9);
        var edge = Math.Round(Direction == KpiDirection.HigherIsBetter ? Target - Tolerance : Target + Tolerance, 9);
        return Direction == KpiDirection.HigherIsBetter
            ? v >= target ? Band.Green : v >= edge ? Band.Amber : Band.Red
            : v <= target ? Band.Green : v <= edge ? Band.Amber : Band.Red;
    }

    /// <summary>The amber edge: beyond it the result is red.</summary>
    public double AmberEdge => Direction == KpiDirection.HigherIsBetter ? Target - Tolerance : Target + Tolerance;
}
