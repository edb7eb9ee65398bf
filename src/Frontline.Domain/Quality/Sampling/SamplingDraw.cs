using System.Linq.Expressions;

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

    public DateOnly DueOn { get; init; }

    /// <summary>The evaluation that completed it (any evaluation of the contact submitted after the draw).</summary>
    public Guid? EvaluationId { get; set; }

    public DateTime? CompletedAt { get; set; }

    public static Expression<Func<SamplingAssignment, bool>> OverdueOn(DateOnly today) => a => a.CompletedAt == null && a.DueOn < today;

    public static Expression<Func<SamplingAssignment, bool>> Open => a => a.CompletedAt == null;
}
