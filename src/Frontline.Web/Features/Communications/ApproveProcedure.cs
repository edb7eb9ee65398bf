using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>A manager approves the draft once it has been evaluated as consistent with the published policy (409 until then).</summary>
public sealed class ApproveProcedure(ProcedureChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<Procedure> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, revision, (procedure, policy) => procedure.Approve(policy, me.Id, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
