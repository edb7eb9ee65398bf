using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

/// <summary>A target for one level, with the tolerance (a width on the worse side of the target) that makes the amber band.</summary>
public sealed record KpiTarget(KpiLevel Level, double Target, double Tolerance);

/// <summary>What to do on review when a result falls in a band, and who does it.</summary>
public sealed record ReviewAction(Band Band, string Action, string? By);

/// <summary>Filters on the data a KPI measures; null means any.</summary>
public sealed record KpiFilters(string? Channel = null, string? Queue = null, Guid? TeamId = null, string? Product = null);

/// <summary>
/// Everything a KPI says in one version: what is measured and how, why it matters, targets and bands per level,
/// frequency, reviewer and the review actions per band.
/// </summary>
public sealed record KpiDefinition(
    string Name,
    string Purpose,
    string Measure,
    MeasureParameters Parameters,
    KpiFilters Filters,
    KpiDirection Direction,
    KpiFrequency Frequency,
    IReadOnlyList<KpiTarget> Targets,
    IReadOnlyList<ReviewAction> ReviewActions,
    Guid? ReviewerId = null,
    IReadOnlyList<DistributionRule>? Distribution = null)
{
    public const int MaxNameLength = 120;
    public const int MaxPurposeLength = 2000;

    /// <summary>The catalogue's description of <see cref="Measure"/> (a method, so it is neither stored with the definition nor printed by the record).</summary>
    public MeasureDefinition MeasureInfo() => MeasureCatalogue.Find(Measure) ?? throw new InvalidOperationException($"Unknown measure {Measure}.");

    public KpiTarget? TargetFor(KpiLevel level) => Targets.FirstOrDefault(t => t.Level == level);

    public TargetBand? BandFor(KpiLevel level) => TargetFor(level) is { } t ? new TargetBand(t.Target, t.Tolerance, Direction) : null;

    /// <summary>Every rule a definition obeys; the first problem is thrown as a <see cref="DomainException"/> naming its field.</summary>
    public KpiDefinition Validated()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > MaxNameLength)
        {
            throw Invalid("kpi.name", $"A KPI needs a name of 1 to {MaxNameLength} characters.", "name");
        }

        if (string.IsNullOrWhiteSpace(Purpose) || Purpose.Trim().Length > MaxPurposeLength)
        {
            throw Invalid("kpi.purpose", "Say why this KPI is a criterion of service quality (1 to 2,000 characters): it is shown wherever the KPI is.", "purpose");
        }

        var measure = MeasureCatalogue.Find(Measure)
            ?? throw Invalid("kpi.measure", $"Unknown measure '{Measure}'. The catalogue: {string.Join(", ", MeasureCatalogue.All.Select(m => m.Code))}.", "measure");
        if (!measure.Available)
        {
            throw Invalid("kpi.measure-unavailable", $"The measure '{Measure}' ({measure.Name}) is in the catalogue but its data ({measure.Source}) is not yet offered to Performance.",
                "measure");
        }

        if (Parameters.ThresholdSeconds is < 0 or > 3600)
        {
            throw Invalid("kpi.threshold", "The service-level threshold is 0 to 3,600 seconds.", "parameters.thresholdSeconds");
        }

        if (Parameters.RepeatDays is < 1 or > 90)
        {
            throw Invalid("kpi.repeat-days", "The first-contact-resolution window is 1 to 90 days.", "parameters.repeatDays");
        }

        if (Targets.Count == 0)
        {
            throw Invalid("kpi.targets", "Give a target for at least one level (centre, team or individual).", "targets");
        }

        for (var i = 0; i < Targets.Count; i++)
        {
            var t = Targets[i];
            var field = $"targets[{i}]";
            if (Targets.Take(i).Any(o => o.Level == t.Level))
            {
                throw Invalid("kpi.target-level", $"The {t.Level.ToString().ToLowerInvariant()} level has two targets.", field + ".level");
            }

            CheckTarget(measure, t, field);
        }

        foreach (var action in ReviewActions)
        {
            if (string.IsNullOrWhiteSpace(action.Action) || action.Action.Length > 1000)
            {
                throw Invalid("kpi.review-action", $"The {action.Band.ToString().ToLowerInvariant()} review action needs a text of 1 to 1,000 characters.", "reviewActions");
            }
        }

        foreach (var rule in Distribution ?? [])
        {
            if (!rule.Fits)
            {
                throw Invalid("kpi.distribution-audience",
                    $"A {rule.Level.ToString().ToLowerInvariant()} figure cannot go to {rule.Audience}: individual figures go to the person and their team leader; a team's to its members, leader and managers; the centre's to managers and team leaders.",
                    "distribution");
            }

            if (string.IsNullOrWhiteSpace(rule.Reason) || rule.Reason.Length > 200)
            {
                throw Invalid("kpi.distribution-reason", "Every distribution rule says why the people are told (1 to 200 characters): the reason goes into each message.",
                    "distribution");
            }
        }

        return this with { Name = Name.Trim(), Purpose = Purpose.Trim(), Distribution = Distribution ?? [] };
    }

    private void CheckTarget(MeasureDefinition measure, KpiTarget t, string field)
    {
        if (!double.IsFinite(t.Target) || !double.IsFinite(t.Tolerance))
        {
            throw Invalid("kpi.target", "Targets and tolerances are numbers.", field + ".target");
        }

        if (t.Tolerance < 0)
        {
            throw Invalid("kpi.tolerance-side",
                $"The tolerance is a width on the worse side of the target ({(Direction == KpiDirection.HigherIsBetter ? "below it: higher is better" : "above it: lower is better")}); give it as zero or a positive number.",
                field + ".tolerance");
        }

        switch (measure.Unit)
        {
            case MeasureUnit.Fraction:
                if (t.Target is < 0 or > 1)
                {
                    throw Invalid("kpi.target-unit", $"{measure.Name} is a fraction: give the target from 0 to 1 (0.8 = 80 %), not {t.Target}.", field + ".target");
                }

                var edge = new TargetBand(t.Target, t.Tolerance, Direction).AmberEdge;
                if (edge < -1e-9 || edge > 1 + 1e-9)
                {
                    throw Invalid("kpi.tolerance-range", $"The tolerance takes the amber edge to {edge:0.###}, outside 0 to 1: use a smaller tolerance (a fraction, 0.05 = 5 points).",
                        field + ".tolerance");
                }

                break;
            case MeasureUnit.Seconds:
                if (t.Target < 0 || t.Target > 86_400)
                {
                    throw Invalid("kpi.target-unit", $"{measure.Name} is in seconds: give the target from 0 to 86,400.", field + ".target");
                }

                if (Direction == KpiDirection.HigherIsBetter && t.Target - t.Tolerance < 0)
                {
                    throw Invalid("kpi.tolerance-range", "The tolerance takes the amber edge below 0 seconds.", field + ".tolerance");
                }

                break;
            case MeasureUnit.Score:
            case MeasureUnit.PerThousand:
                if (t.Target < -1000 || t.Target > 1000)
                {
                    throw Invalid("kpi.target-unit", $"{measure.Name}: the target is out of range.", field + ".target");
                }

                break;
        }
    }

    private static DomainException Invalid(string code, string message, string field) => new(code, message, DomainErrorKind.Invalid, field);
}

/// <summary>
/// A KPI: its current definition and every earlier version with the date it took effect from. Results name the
/// version they were computed under, so history does not change when the definition does.
/// </summary>
public sealed class Kpi : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The current definition (the highest version).</summary>
    public required KpiDefinition Definition { get; set; }

    /// <summary>The number of the current definition, from 1.</summary>
    public int DefinitionVersion { get; set; } = 1;

    public bool IsRetired { get; set; }

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public List<KpiVersion> Versions { get; init; } = [];

    /// <summary>Concurrency token (edits on an older version are refused, 409).</summary>
    public int Version { get; set; }

    public static Kpi Create(KpiDefinition definition, DateOnly effectiveFrom, Guid by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var valid = definition.Validated();
        var kpi = new Kpi { Name = valid.Name, Definition = valid, CreatedById = by, CreatedAt = at };
        kpi.Versions.Add(new KpiVersion { KpiId = kpi.Id, Number = 1, EffectiveFrom = effectiveFrom, Definition = valid, CreatedById = by, CreatedAt = at });
        return kpi;
    }

    /// <summary>A new version taking effect from <paramref name="effectiveFrom"/> (not before the current version's date).</summary>
    public KpiVersion Revise(KpiDefinition definition, DateOnly effectiveFrom, Guid by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var valid = definition.Validated();
        var latest = Versions.MaxBy(v => v.Number)!;
        if (effectiveFrom < latest.EffectiveFrom)
        {
            throw new DomainException("kpi.effective-from", $"A new version takes effect on or after the current one's date ({latest.EffectiveFrom:yyyy-MM-dd}).",
                DomainErrorKind.Invalid, "effectiveFrom");
        }

        var version = new KpiVersion { KpiId = Id, Number = latest.Number + 1, EffectiveFrom = effectiveFrom, Definition = valid, CreatedById = by, CreatedAt = at };
        Versions.Add(version);
        Definition = valid;
        Name = valid.Name;
        DefinitionVersion = version.Number;
        return version;
    }

    /// <summary>The version in effect on <paramref name="day"/>: the latest whose date is on or before it (the first version covers earlier days too).</summary>
    public KpiVersion VersionOn(DateOnly day) =>
        Versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.Number) ?? Versions.MinBy(v => v.Number)!;
}

/// <summary>One version of a KPI's definition and the date from which it applies.</summary>
public sealed class KpiVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid KpiId { get; init; }

    public int Number { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public required KpiDefinition Definition { get; init; }

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }
}

/// <summary>Periods of a KPI's frequency: days, ISO weeks (Monday start) or calendar months.</summary>
public static class KpiPeriods
{
    public static DateOnly StartOf(DateOnly day, KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Daily => day,
        KpiFrequency.Weekly => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        KpiFrequency.Monthly => new DateOnly(day.Year, day.Month, 1),
    };

    public static DateOnly NextStart(DateOnly start, KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Daily => start.AddDays(1),
        KpiFrequency.Weekly => start.AddDays(7),
        KpiFrequency.Monthly => start.AddMonths(1),
    };

    /// <summary>The period starts covering [<paramref name="from"/>, <paramref name="to"/>] (both days included).</summary>
    public static IReadOnlyList<DateOnly> Starts(DateOnly from, DateOnly to, KpiFrequency frequency)
    {
        var starts = new List<DateOnly>();
        for (var s = StartOf(from, frequency); s <= to; s = NextStart(s, frequency))
        {
            starts.Add(s);
        }

        return starts;
    }
}
