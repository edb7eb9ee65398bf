namespace Frontline.Domain.Quality.Sampling;

/// <summary>
/// One period's draw of a plan: the seed it used (so the same plan, period and data draw the same contacts), when and by
/// whom, and the people who had too few qualifying contacts.
/// </summary>
public sealed class SamplingDraw
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public long Seed { get; init; }

    public DateTime DrawnAt { get; init; }

    /// <summary>Who asked; null for the scheduled draw.</summary>
    public Guid? DrawnById { get; init; }

    public List<Shortfall> Shortfalls { get; init; } = [];
}

/// <summary>A person who had fewer qualifying contacts than wanted: they got all <see cref="Available"/>.</summary>
public sealed record Shortfall(Guid AgentId, int Wanted, int Available);

/// <summary>A contact assigned to an evaluator for a spot check.</summary>
public sealed class SamplingAssignment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DrawId { get; init; }

    public Guid PlanId { get; init; }

    public Guid ContactId { get; init; }

    public Guid AgentId { get; init; }

    public Guid EvaluatorId { get; init; }

    /// <summary>
    /// Due by this day. The assignment is done when an evaluation of its contact is submitted (linked by the
    /// evaluation's assignment id, or any submitted evaluation of the same contact); overdue when not done by then.
    /// </summary>
    public DateOnly DueOn { get; init; }

    public DateTime AssignedAt { get; init; }

    public static bool IsOverdue(DateOnly dueOn, bool done, DateOnly today) => !done && dueOn < today;
}
