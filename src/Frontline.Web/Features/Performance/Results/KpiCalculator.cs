using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Cases;

namespace Frontline.Web.Features.Performance.Results;

/// <summary>One computed figure: period, subject (team or agent; none for the centre), value and count, and the version and band it was judged by.</summary>
public sealed record ComputedResult(DateOnly PeriodStart, Guid? Subject, Guid? SubjectTeam, double Value, int Count, int KpiVersion, KpiTarget? Target, Band? Band,
    bool Reliable);

/// <summary>
/// Computes a KPI's results over the contacts as they stand (through Cases' <see cref="IContactMeasures"/>), per period of
/// its frequency and per subject of a level, each period judged by the version in effect on its first day. Not scoped: the
/// callers apply the reader's scope.
/// </summary>
/// <remarks>
/// A contact belongs to the UK local day it was offered on (recorded on, when it has no offered time). Periods are clipped to
/// [from, to]: a monthly KPI asked for one week gives that week's figure under the month's start. Contacts with the same
/// external reference are counted once (copies are identical), so importing a call log again gives the same figures.
/// </remarks>
public sealed class KpiCalculator(IContactMeasures contacts)
{
    /// <summary>The widest range computed at once.</summary>
    public const int MaxDays = 400;

    // subject: only this team's (team level) or agent's (individual level) figure, for a scorecard.
    public async Task<List<ComputedResult>> ComputeAsync(Kpi kpi, DateOnly from, DateOnly to, KpiLevel level, IReadOnlySet<Guid>? excluded,
        CancellationToken cancellationToken, Guid? subject = null)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        CheckRange(from, to);
        if ((excluded is null || excluded.Count == 0) && kpi.Versions.All(v => ContactTotals.Serves(v.Definition.Measure)))
        {
            return await ComputeFromTotalsAsync(kpi, from, to, level, subject, cancellationToken);
        }

        var current = kpi.Definition;
        var sameFilters = kpi.Versions.All(v => v.Definition.Filters == current.Filters);
        var filter = sameFilters ? ToFilter(current.Filters) : new ContactMeasureFilter();
        if (subject is not null)
        {
            filter = level == KpiLevel.Team ? filter with { TeamId = subject } : level == KpiLevel.Individual ? filter with { AgentId = subject } : filter;
        }
        var (fromUtc, toUtc) = Instants(from, to);

        // Contacts by period start, each with the version that judges the period.
        var byPeriod = new Dictionary<DateOnly, List<ContactObservation>>();
        var versions = new Dictionary<DateOnly, KpiVersion>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var c in contacts.TimingsAsync(fromUtc, toUtc, filter, cancellationToken))
        {
            // Excluded by the analyst, or a second copy of a contact already counted (same external reference: a re-imported log).
            if ((excluded is not null && excluded.Contains(c.Id)) || (c.ExternalReference is { } reference && !references.Add(reference)))
            {
                continue;
            }

            var day = UkTime.LocalDate(new DateTimeOffset(c.OfferedAt ?? c.CreatedAt, TimeSpan.Zero));
            var start = KpiPeriods.StartOf(day, current.Frequency);
            if (!versions.TryGetValue(start, out var version))
            {
                versions[start] = version = kpi.VersionOn(start);
            }

            if (!sameFilters && !Matches(c, version.Definition.Filters))
            {
                continue;
            }

            if (!byPeriod.TryGetValue(start, out var list))
            {
                byPeriod[start] = list = [];
            }

            list.Add(Observe(c));
        }

        List<ContactObservation>? later = null;
        if (current.Measure == MeasureCatalogue.FirstContactResolution)
        {
            later = [];
            var repeatDays = kpi.Versions.Max(v => v.Definition.Parameters.RepeatDays);
            await foreach (var c in contacts.TimingsAsync(fromUtc, toUtc.AddDays(repeatDays), new ContactMeasureFilter(), cancellationToken))
            {
                if (c.CustomerId is not null)
                {
                    later.Add(Observe(c));
                }
            }
        }

        var results = new List<ComputedResult>();
        foreach (var (start, observations) in byPeriod.OrderBy(p => p.Key))
        {
            var version = versions[start];
            var definition = version.Definition;
            var target = definition.TargetFor(level);
            var band = definition.BandFor(level);
            List<(Guid? Key, List<ContactObservation> Items)> groups = level switch
            {
                KpiLevel.Centre => [(null, observations)],
                KpiLevel.Team => [.. observations.Where(o => o.TeamId is not null).GroupBy(o => o.TeamId).Select(g => (g.Key, g.ToList()))],
                KpiLevel.Individual => [.. observations.Where(o => o.AgentId is not null).GroupBy(o => o.AgentId).Select(g => (g.Key, g.ToList()))],
            };
            foreach (var (key, items) in groups)
            {
                var value = ContactMeasureMath.Compute(definition.Measure, definition.Parameters, items, later);
                if (value.Value is not { } v)
                {
                    continue;
                }

                var team = level == KpiLevel.Individual ? items.GroupBy(i => i.TeamId).MaxBy(g => g.Count())?.Key : key;
                var reliable = level != KpiLevel.Individual || Suitability.IsReliable(value.Count);
                results.Add(new ComputedResult(start, key, team, v, value.Count, version.Number, target, band?.Classify(v), reliable));
            }
        }

        return results;
    }

    /// <summary>
    /// The queue and handling measures, counted in the database per period (clipped to [from, to]) and per team or agent:
    /// the same figures as the row-by-row path, without bringing the rows over. Exclusions and first-contact resolution take
    /// the row-by-row path.
    /// </summary>
    private async Task<List<ComputedResult>> ComputeFromTotalsAsync(Kpi kpi, DateOnly from, DateOnly to, KpiLevel level, Guid? subject,
        CancellationToken cancellationToken)
    {
        var frequency = kpi.Definition.Frequency;
        var grouping = level switch { KpiLevel.Team => ContactGrouping.Team, KpiLevel.Individual => ContactGrouping.Agent, _ => ContactGrouping.None };
        var results = new List<ComputedResult>();
        for (var start = KpiPeriods.StartOf(from, frequency); start <= to; start = KpiPeriods.NextStart(start, frequency))
        {
            var version = kpi.VersionOn(start);
            var definition = version.Definition;
            var last = KpiPeriods.NextStart(start, frequency).AddDays(-1);
            var (fromUtc, toUtc) = Instants(start < from ? from : start, last > to ? to : last);
            var filter = ToFilter(definition.Filters);
            if (subject is not null)
            {
                filter = level == KpiLevel.Team ? filter with { TeamId = subject } : level == KpiLevel.Individual ? filter with { AgentId = subject } : filter;
            }

            var rows = await contacts.TotalsAsync(fromUtc, toUtc, filter, grouping, definition.Parameters.ThresholdSeconds, cancellationToken);
            var groups = level == KpiLevel.Individual
                ? rows.GroupBy(r => r.AgentId).Select(g => (Key: g.Key, Team: g.MaxBy(r => r.Contacts)?.TeamId, Totals: g.Aggregate(ContactTotals.None, (t, r) => t.Add(r.Totals))))
                : rows.Select(r => (Key: level == KpiLevel.Team ? r.TeamId : null, Team: r.TeamId, r.Totals));
            var target = definition.TargetFor(level);
            var band = definition.BandFor(level);
            foreach (var (key, team, totals) in groups)
            {
                var value = totals.Measure(definition.Measure, definition.Parameters);
                if (value.Value is { } v)
                {
                    var reliable = level != KpiLevel.Individual || Suitability.IsReliable(value.Count);
                    results.Add(new ComputedResult(start, key, team, v, value.Count, version.Number, target, band?.Classify(v), reliable));
                }
            }
        }

        return results;
    }

    public static void CheckRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new DomainException("results.range", "'to' is before 'from'.", DomainErrorKind.Invalid, "to");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new DomainException("results.range", $"Ask for at most {MaxDays} days at once.", DomainErrorKind.Invalid, "to");
        }
    }

    /// <summary>UTC instants of UK local midnight starting <paramref name="from"/> and ending after <paramref name="to"/>.</summary>
    public static (DateTime From, DateTime To) Instants(DateOnly from, DateOnly to) =>
        (UkTime.ToInstant(from, TimeOnly.MinValue).UtcDateTime, UkTime.ToInstant(to.AddDays(1), TimeOnly.MinValue).UtcDateTime);

    public static ContactMeasureFilter ToFilter(KpiFilters filters) => new(filters.Channel, filters.Queue, filters.TeamId);

    private static bool Matches(ContactTiming c, KpiFilters f) =>
        (f.Channel is null || c.Channel == f.Channel) && (f.Queue is null || c.Queue == f.Queue) && (f.TeamId is null || c.TeamId == f.TeamId);

    public static ContactObservation Observe(ContactTiming c) =>
        new(c.Id, c.AgentId, c.TeamId, c.CustomerId, c.OfferedAt, c.QueuedAt, c.AnsweredAt, c.EndedAt, c.WrapEndedAt);
}
