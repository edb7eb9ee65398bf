using Frontline.Domain.People.Development;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// Turns a submitted evaluation's development areas (one need per skill named) and its low-scoring criteria (when a skill
/// of the framework is linked to the criterion) into development needs, in Quality's unit of work.
/// </summary>
public sealed class QualityDevelopmentAreasToNeeds(IDevelopmentNeeds needs) : IQualityDevelopmentAreas
{
    public async Task SubmittedAsync(EvaluationDevelopment evaluation, CancellationToken cancellationToken)
    {
        foreach (var area in evaluation.DevelopmentAreas)
        {
            await needs.RaiseAsync(new DevelopmentNeedSignal(evaluation.AgentId, NeedSource.QaEvaluation, evaluation.EvaluationId,
                $"Development area named in a quality evaluation ({evaluation.ScorecardName}, score {Score(evaluation.Score)}).", evaluation.Link, Skill: area),
                cancellationToken);
        }

        foreach (var low in evaluation.LowCriteria)
        {
            await needs.RaiseAsync(new DevelopmentNeedSignal(evaluation.AgentId, NeedSource.QaEvaluation, evaluation.EvaluationId,
                $"Low score on '{low.Text}' ({low.Points} of {low.MaxPoints}) in a quality evaluation ({evaluation.ScorecardName}).", evaluation.Link,
                Criterion: new CriterionRef(low.Key, low.Text)), cancellationToken);
        }
    }

    private static string Score(decimal? score) => score is { } s ? s.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
