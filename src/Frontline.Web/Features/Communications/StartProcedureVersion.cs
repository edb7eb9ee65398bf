using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Starts the next draft of a procedure from its latest version, under the policy version now in force.</summary>
public sealed class StartProcedureVersion(ProcedureChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<Procedure> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, revision, (procedure, policy) => procedure.NewVersion(policy, me.Id, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
