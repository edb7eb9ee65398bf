namespace Frontline.Domain.Performance;

/// <summary>
/// The sums the queue and handling measures need, counted by the database over a set of contacts (the same sets and
/// the same per-contact rules as <see cref="ContactObservation"/>): queued, answered after queueing, answered within T,
/// abandoned in the queue after T, the total wait of answered contacts (negative waits as 0), and the handled contacts
/// (answered with a recorded end) with their total handling time (answer to end, plus wrap after the end).
/// </summary>
public sealed record ContactTotals(long Queued, long Answered, long AnsweredWithin, long AbandonedLate, double WaitSeconds, long Handled, double HandleSeconds)
{
    public static readonly ContactTotals None = new(0, 0, 0, 0, 0, 0, 0);

    public long Abandoned => Queued - Answered;

    public ContactTotals Add(ContactTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Queued + other.Queued, Answered + other.Answered, AnsweredWithin + other.AnsweredWithin, AbandonedLate + other.AbandonedLate,
            WaitSeconds + other.WaitSeconds, Handled + other.Handled, HandleSeconds + other.HandleSeconds);
    }

    /// <summary>The measures these totals can give (first-contact resolution needs each customer's later contacts: it is computed row by row).</summary>
    public static bool Serves(string measure) => measure is MeasureCatalogue.ServiceLevel or MeasureCatalogue.AverageSpeedOfAnswer
        or MeasureCatalogue.AbandonmentRate or MeasureCatalogue.AverageHandlingTime;

    /// <summary>The measure's figure from the totals: the same value and count <see cref="ContactMeasureMath.Compute"/> gives over the rows.</summary>
    public MeasureValue Measure(string measure, MeasureParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return measure switch
        {
            MeasureCatalogue.ServiceLevel => Ratio(AnsweredWithin,
                parameters.Denominator == ServiceLevelDenominator.Offered ? Queued : Answered + AbandonedLate),
            MeasureCatalogue.AverageSpeedOfAnswer => Mean(WaitSeconds, Answered),
            MeasureCatalogue.AbandonmentRate => Ratio(Abandoned, Queued),
            MeasureCatalogue.AverageHandlingTime => Mean(HandleSeconds, Handled),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not computed from totals."),
        };
    }

    private static MeasureValue Ratio(long part, long whole) => new(whole == 0 ? null : (double)part / whole, (int)whole);

    private static MeasureValue Mean(double sum, long count) => new(count == 0 ? null : sum / count, (int)count);
}
