using Frontline.Data;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>The agent evaluated acknowledges the feedback, with an optional comment.</summary>
public sealed class AcknowledgeEvaluation(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, EvaluationDirectory evaluations)
{
    public async Task<Domain.Quality.Evaluation> ExecuteAsync(Guid id, AcknowledgeRequest request, CancellationToken cancellationToken)
    {
        var evaluation = await evaluations.LoadInScopeAsync(id, tracked: true, cancellationToken);
        EvaluationInput.CheckVersion(evaluation.Version, request.Version);
        evaluation.Acknowledge(me.Id, EvaluationInput.Text(request.Comment, "comment"), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation;
    }
}
