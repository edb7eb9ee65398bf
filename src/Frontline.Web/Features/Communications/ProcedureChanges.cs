using Frontline.Data;
using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Runs one change to a procedure: load it with the policy it follows (not found outside the caller's view), check the
/// revision (409 when stale), apply the domain operation, save once (refused operations throw before changing anything).
/// </summary>
public sealed class ProcedureChanges(FrontlineDbContext db, ProcedureDirectory procedures, PolicyDirectory policies)
{
    public async Task<Procedure> ApplyAsync(Guid id, int? revision, Action<Procedure, CommunicationPolicy> change, CancellationToken cancellationToken)
    {
        var procedure = await procedures.LoadAsync(id, tracked: true, cancellationToken);
        ProcedureDirectory.CheckRevision(procedure, revision);
        var policy = await policies.LoadAsync(procedure.PolicyId, tracked: false, cancellationToken);
        change(procedure, policy);
        await db.SaveChangesAsync(cancellationToken);
        return procedure;
    }
}
