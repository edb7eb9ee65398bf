using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Quality.Sampling;

namespace Frontline.Web.Features.Quality.Sampling;

/// <summary>
/// Contract from issue 8 (keep stable): <c>{"name","teamIds":[...],"perPersonPerPeriod","period":"week"|"month","filters":{...},"evaluatorIds":[...]}</c>;
/// the other fields are optional.
/// </summary>
public sealed record CreatePlanRequest(
    [property: Required, StringLength(SamplingPlan.MaxNameLength)] string Name,
    List<Guid>? TeamIds,
    int PerPersonPerPeriod,
    SamplingPeriod Period,
    SamplingFilters? Filters,
    List<Guid>? EvaluatorIds,
    List<Guid>? PersonIds = null,
    int NewStarterWeeks = 0,
    int NewStarterExtra = 0,
    int DueWithinBusinessDays = 5);

/// <summary><c>{"periodStart":"YYYY-MM-DD"}</c>: a Monday for weekly plans, the 1st for monthly ones.</summary>
public sealed record DrawRequest([property: Required] DateOnly? PeriodStart);

/// <summary>How many plans the automatic draw drew (periods already drawn are not counted).</summary>
public sealed record ScheduledDrawsView(int Drawn);

public sealed record PlanView(Guid Id, string Name, IReadOnlyList<Guid> TeamIds, IReadOnlyList<Guid> PersonIds, int PerPersonPerPeriod, SamplingPeriod Period,
    SamplingFilters Filters, int NewStarterWeeks, int NewStarterExtra, IReadOnlyList<Guid> EvaluatorIds, int DueWithinBusinessDays, bool IsActive, int Version);

public sealed record AssignmentView(Guid Id, Guid ContactId, Guid AgentId, string? AgentName, Guid EvaluatorId, string? EvaluatorName, DateOnly DueOn,
    bool Done, bool Overdue, Guid? EvaluationId, Guid PlanId, string? PlanName);

public sealed record DrawView(Guid Id, Guid PlanId, DateOnly PeriodStart, DateOnly PeriodEnd, long Seed, DateTimeOffset DrawnAt,
    IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<ShortfallView> Shortfalls);

public sealed record ShortfallView(Guid AgentId, string? AgentName, int Wanted, int Available);

/// <summary>Coverage of a plan: assigned, done, overdue overall, per evaluator and per person.</summary>
public sealed record CoverageView(Guid PlanId, string PlanName, CoverageLine Total, IReadOnlyList<CoverageLine> ByEvaluator, IReadOnlyList<CoverageLine> ByPerson,
    IReadOnlyList<DrawSummary> Draws);

public sealed record CoverageLine(Guid? Id, string Name, int Assigned, int Done, int Overdue)
{
    public int PercentDone => Assigned == 0 ? 0 : (int)Math.Round(100.0 * Done / Assigned, MidpointRounding.AwayFromZero);
}

public sealed record DrawSummary(Guid Id, DateOnly PeriodStart, DateOnly PeriodEnd, long Seed, int Assignments, int Shortfalls, DateTimeOffset DrawnAt);
