namespace Frontline.Web.Features.Quality;

/// <summary>
/// Where Quality reports what a submitted evaluation says the agent should develop (back-office.md: "Quality →
/// People: development needs"): its development areas (skill codes) and the criteria scored low (under half marks).
/// Quality calls every registered implementation when an evaluation is submitted; an implementation adds its records to
/// the caller's unit of work (saved with the evaluation). People registers one that raises development needs.
/// </summary>
public interface IQualityDevelopmentAreas
{
    Task SubmittedAsync(EvaluationDevelopment evaluation, CancellationToken cancellationToken);
}

/// <summary>A submitted evaluation's development areas and low-scoring criteria.</summary>
public sealed record EvaluationDevelopment(Guid EvaluationId, Guid AgentId, string ScorecardName, decimal? Score, IReadOnlyList<string> DevelopmentAreas,
    IReadOnlyList<LowCriterion> LowCriteria, string Link);

/// <summary>A criterion answered under half marks (a "no" on yes/no): its key (stable across versions), text and points.</summary>
public sealed record LowCriterion(Guid Key, string Text, int Points, int MaxPoints);
