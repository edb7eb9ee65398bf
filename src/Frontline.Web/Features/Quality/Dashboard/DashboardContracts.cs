namespace Frontline.Web.Features.Quality.Dashboard;

/// <summary>The period and slice of a dashboard request; drill-downs add the figure's key.</summary>
public sealed record DashboardFilter(DateOnly From, DateOnly To, Guid? TeamId, Guid? AgentId, Guid? ScorecardId, string? Band, int? Year, int? Month);

/// <summary>One row of a "by …" figure: its key (for the drill-down), label, count and average score.</summary>
public sealed record ScoreLine(string Key, string Label, int Evaluations, double? AverageScore, IReadOnlyDictionary<string, int>? Bands = null);

public sealed record CriterionLine(Guid CriterionKey, string Text, string Scorecard, int Answers, double AveragePercent);

public sealed record CriticalLine(string Kind, int Failures, double RatePercent);

public sealed record DisputeFigures(int Evaluations, int Disputed, double RatePercent, IReadOnlyDictionary<string, int> Outcomes);

public sealed record FeedbackLine(string Key, string Label, int Responses, double? AverageCsat, int? Nps);

public sealed record CoverageFigure(Guid PlanId, string Plan, int Assigned, int Done, int Overdue);

public sealed record AlignmentLine(Guid EvaluatorId, string? Name, int Sessions, decimal? MeanAbsoluteDeviation, decimal? CriteriaMatchedPercent);

/// <summary>Everything the quality dashboard shows for a period, computed with SQL aggregates.</summary>
public sealed record DashboardFigures(
    DateOnly From, DateOnly To, string Scope, int Evaluations, double? AverageScore, IReadOnlyDictionary<string, int> Bands,
    IReadOnlyList<ScoreLine> ByMonth, IReadOnlyList<ScoreLine> ByAgent, IReadOnlyList<ScoreLine> ByTeam, IReadOnlyList<ScoreLine> ByScorecard,
    IReadOnlyList<CriterionLine> LowestCriteria, IReadOnlyList<CriticalLine> CriticalFailures, DisputeFigures Disputes,
    IReadOnlyList<AlignmentLine> Alignment, IReadOnlyList<CoverageFigure> Coverage, IReadOnlyList<FeedbackLine> FeedbackByAgent,
    IReadOnlyList<FeedbackLine> FeedbackByTeam);

/// <summary>An evaluation behind a figure.</summary>
public sealed record EvaluationRow(Guid Id, DateTimeOffset SubmittedAt, Guid AgentId, string? Agent, Guid? TeamId, string? Team, string Scorecard, int ScorecardVersion,
    decimal? Score, decimal? ScoreBeforeCritical, string? Band, int CriticalFailures, Guid EvaluatorId, string? Evaluator);
