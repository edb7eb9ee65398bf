using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Sampling;

/// <summary>The period a plan samples over.</summary>
public enum SamplingPeriod
{
    Week,
    Month,
}

/// <summary>
/// A spot-check plan (CC32 2.1, CCTC9 3.1): who is covered (teams or named people), how many contacts per person per
/// period, which contacts qualify, extra samples for new starters, the evaluators (work spread evenly) and how many
/// business days an evaluator has to complete an assignment.
/// </summary>
public sealed class SamplingPlan : IVersioned
{
    public const int MaxNameLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public List<Guid> TeamIds { get; set; } = [];

    public List<Guid> PersonIds { get; set; } = [];

    public int PerPersonPerPeriod { get; set; }

    public SamplingPeriod Period { get; set; }

    public SamplingFilters Filters { get; set; } = new();

    /// <summary>People in their first <see cref="NewStarterWeeks"/> weeks get <see cref="NewStarterExtra"/> more samples.</summary>
    public int NewStarterWeeks { get; set; }

    public int NewStarterExtra { get; set; }

    public List<Guid> EvaluatorIds { get; set; } = [];

    public int DueWithinBusinessDays { get; set; } = 5;

    /// <summary>Drawn automatically at the start of each period when true.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public static void Check(string name, IReadOnlyCollection<Guid> teamIds, IReadOnlyCollection<Guid> personIds, int perPerson,
        IReadOnlyCollection<Guid> evaluatorIds, SamplingFilters filters, int newStarterWeeks, int newStarterExtra, int dueWithin)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw new DomainException("plan.name", $"Give the plan a name of at most {MaxNameLength} characters.", DomainErrorKind.Invalid, "name");
        }

        if (teamIds.Count == 0 && personIds.Count == 0)
        {
            throw new DomainException("plan.covered", "Choose the teams or people the plan covers.", DomainErrorKind.Invalid, "teamIds");
        }

        if (perPerson is < 1 or > 100)
        {
            throw new DomainException("plan.per-person", "Sample between 1 and 100 contacts per person per period.", DomainErrorKind.Invalid, "perPersonPerPeriod");
        }

        if (evaluatorIds.Count == 0)
        {
            throw new DomainException("plan.evaluators", "Name at least one evaluator.", DomainErrorKind.Invalid, "evaluatorIds");
        }

        if (filters.MinDurationSeconds is < 0 || filters.MaxDurationSeconds is < 0
            || (filters.MinDurationSeconds is { } min && filters.MaxDurationSeconds is { } max && min > max))
        {
            throw new DomainException("plan.duration", "The shortest duration must be zero or more and not above the longest.", DomainErrorKind.Invalid,
                "filters.minDurationSeconds");
        }

        if (newStarterWeeks is < 0 or > 52 || newStarterExtra is < 0 or > 100)
        {
            throw new DomainException("plan.new-starters", "New starters: 0 to 52 weeks and 0 to 100 extra samples.", DomainErrorKind.Invalid, "newStarterWeeks");
        }

        if (dueWithin is < 1 or > 60)
        {
            throw new DomainException("plan.due", "Assignments are due within 1 to 60 business days.", DomainErrorKind.Invalid, "dueWithinBusinessDays");
        }
    }

    /// <summary>The period that starts on <paramref name="periodStart"/>: a Monday for weeks, the 1st for months.</summary>
    public (DateOnly Start, DateOnly EndExclusive) PeriodFrom(DateOnly periodStart)
    {
        if (Period == SamplingPeriod.Week && periodStart.DayOfWeek != DayOfWeek.Monday)
        {
            throw new DomainException("draw.period-start", "A weekly plan's period starts on a Monday.", DomainErrorKind.Invalid, "periodStart");
        }

        if (Period == SamplingPeriod.Month && periodStart.Day != 1)
        {
            throw new DomainException("draw.period-start", "A monthly plan's period starts on the 1st of the month.", DomainErrorKind.Invalid, "periodStart");
        }

        return (periodStart, Period == SamplingPeriod.Week ? periodStart.AddDays(7) : periodStart.AddMonths(1));
    }

    /// <summary>The start of the period containing <paramref name="day"/>.</summary>
    public DateOnly PeriodContaining(DateOnly day) => Period == SamplingPeriod.Week
        ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7))
        : new DateOnly(day.Year, day.Month, 1);

    /// <summary>How many samples a person gets, with the new-starter extra when they started within the window.</summary>
    public int WantedFor(DateOnly? startedOn, DateOnly periodStart) =>
        PerPersonPerPeriod + (NewStarterWeeks > 0 && startedOn is { } s && periodStart < s.AddDays(7 * NewStarterWeeks) ? NewStarterExtra : 0);
}

/// <summary>Which contacts qualify for a plan's sample. Null or empty means "any".</summary>
public sealed record SamplingFilters
{
    public List<string>? Channels { get; init; }

    public List<string>? Queues { get; init; }

    public List<string>? Outcomes { get; init; }

    public int? MinDurationSeconds { get; init; }

    public int? MaxDurationSeconds { get; init; }

    /// <summary>Only contacts that led to a complaint.</summary>
    public bool ComplaintRaised { get; init; }

    /// <summary>Only contacts with customers who have recorded support needs (vulnerability).</summary>
    public bool CustomerHasSupportNeeds { get; init; }

    /// <summary>Only contacts whose customer gave a low feedback score.</summary>
    public bool LowFeedbackScore { get; init; }
}
