using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Records an evaluation of the draft against the published policy (CC26 2.2): a verdict per applicable clause and overall.</summary>
public sealed class EvaluateProcedure(ProcedureChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<Procedure> ExecuteAsync(Guid id, EvaluationRequest request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, request.Revision, (procedure, policy) => procedure.Evaluate(policy,
            [.. (request.Verdicts ?? []).Select(v => new ClauseVerdictInput(v.ClauseKey, v.Verdict, v.Note))], request.Outcome, request.Summary, me.Id,
            clock.GetUtcNow().UtcDateTime), cancellationToken);
}
