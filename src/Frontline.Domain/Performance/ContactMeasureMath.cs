namespace Frontline.Domain.Performance;

/// <summary>
/// One contact as the contact measures see it (UTC instants). <c>QueuedAt</c> null: it never reached a queue (e.g. hung
/// up in the IVR) and counts in no queue measure.
/// </summary>
public sealed record ContactObservation(Guid Id, Guid? AgentId, Guid? TeamId, Guid? CustomerId, DateTime? OfferedAt, DateTime? QueuedAt,
    DateTime? AnsweredAt, DateTime? EndedAt, DateTime? WrapEndedAt)
{
    /// <summary>Reached the queue and was answered.</summary>
    public bool Answered => QueuedAt is not null && AnsweredAt is not null;

    /// <summary>Reached the queue and ended without an answer.</summary>
    public bool AbandonedInQueue => QueuedAt is not null && AnsweredAt is null;

    /// <summary>Seconds from queue entry to answer; a clock error that puts the answer first counts as 0 (the validation run reports it).</summary>
    public double WaitSeconds => Math.Max(0, (AnsweredAt!.Value - QueuedAt!.Value).TotalSeconds);

    /// <summary>Seconds in the queue before hanging up (unknown end: 0).</summary>
    public double AbandonSeconds => EndedAt is { } end ? Math.Max(0, (end - QueuedAt!.Value).TotalSeconds) : 0;

    /// <summary>Answer to end, plus wrap-up when recorded; null when the end is not recorded.</summary>
    public double? HandlingSeconds => AnsweredAt is { } a && EndedAt is { } e
        ? Math.Max(0, (e - a).TotalSeconds) + (WrapEndedAt is { } w && w > e ? (w - e).TotalSeconds : 0)
        : null;
}

/// <summary>A measure's figure over a set of contacts: the value (null when nothing to measure) and the count it is over (its denominator).</summary>
public sealed record MeasureValue(double? Value, int Count);

/// <summary>The parameters a contact measure may take.</summary>
/// <param name="ThresholdSeconds">Service level: answered within T seconds.</param>
/// <param name="Denominator">Service level: the chosen denominator.</param>
/// <param name="RepeatDays">First-contact resolution: a further contact within this many days means not resolved first time.</param>
public sealed record MeasureParameters(int ThresholdSeconds = 20, ServiceLevelDenominator Denominator = ServiceLevelDenominator.Offered, int RepeatDays = 7);

/// <summary>The arithmetic of the contact measures, pure: the same function gives the centre's, a team's and an agent's figure.</summary>
public static class ContactMeasureMath
{
    /// <summary>
    /// Computes <paramref name="measure"/> over <paramref name="contacts"/>. For first-contact resolution,
    /// <paramref name="later"/> holds the contacts that may follow (the period and the N days after it).
    /// </summary>
    public static MeasureValue Compute(string measure, MeasureParameters parameters, IReadOnlyCollection<ContactObservation> contacts,
        IReadOnlyCollection<ContactObservation>? later = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(contacts);
        return measure switch
        {
            MeasureCatalogue.ServiceLevel => ServiceLevel(contacts, parameters.ThresholdSeconds, parameters.Denominator),
            MeasureCatalogue.AverageSpeedOfAnswer => Mean(contacts.Where(c => c.Answered).Select(c => c.WaitSeconds)),
            MeasureCatalogue.AbandonmentRate => Ratio(contacts.Count(c => c.AbandonedInQueue), contacts.Count(c => c.QueuedAt is not null)),
            MeasureCatalogue.AverageHandlingTime => Mean(contacts.Where(c => c.AnsweredAt is not null).Select(c => c.HandlingSeconds).OfType<double>()),
            MeasureCatalogue.FirstContactResolution => FirstContactResolution(contacts, later ?? contacts, parameters.RepeatDays),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a contact measure."),
        };
    }

    public static MeasureValue ServiceLevel(IEnumerable<ContactObservation> contacts, int thresholdSeconds, ServiceLevelDenominator denominator)
    {
        int within = 0, answered = 0, abandoned = 0, lateAbandoned = 0;
        foreach (var c in contacts)
        {
            if (c.Answered)
            {
                answered++;
                if (c.WaitSeconds <= thresholdSeconds)
                {
                    within++;
                }
            }
            else if (c.AbandonedInQueue)
            {
                abandoned++;
                if (c.AbandonSeconds > thresholdSeconds)
                {
                    lateAbandoned++;
                }
            }
        }

        return Ratio(within, denominator == ServiceLevelDenominator.Offered ? answered + abandoned : answered + lateAbandoned);
    }

    /// <summary>
    /// Of answered contacts from a known customer, those after which the same customer made no further contact within
    /// <paramref name="repeatDays"/> days (strictly after the contact was offered, up to and including the last day).
    /// </summary>
    public static MeasureValue FirstContactResolution(IEnumerable<ContactObservation> contacts, IEnumerable<ContactObservation> later, int repeatDays)
    {
        var byCustomer = later.Where(c => c.CustomerId is not null)
            .GroupBy(c => c.CustomerId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(Start).OrderBy(t => t).ToList());
        int resolved = 0, total = 0;
        foreach (var c in contacts.Where(c => c.AnsweredAt is not null && c.CustomerId is not null))
        {
            total++;
            var start = Start(c);
            var limit = start.AddDays(repeatDays);
            if (!byCustomer.TryGetValue(c.CustomerId!.Value, out var times) || !times.Any(t => t > start && t <= limit))
            {
                resolved++;
            }
        }

        return Ratio(resolved, total);
    }

    private static DateTime Start(ContactObservation c) => c.OfferedAt ?? c.QueuedAt ?? c.AnsweredAt ?? DateTime.MinValue;

    private static MeasureValue Ratio(int part, int whole) => new(whole == 0 ? null : (double)part / whole, whole);

    private static MeasureValue Mean(IEnumerable<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            sum += v;
            count++;
        }

        return new(count == 0 ? null : sum / count, count);
    }
}
