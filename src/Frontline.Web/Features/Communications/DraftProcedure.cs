using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Drafts a procedure as version 1 under the published version of its policy (steps may cite only that version's clauses).</summary>
public sealed class DraftProcedure(FrontlineDbContext db, PolicyDirectory policies, CurrentStaff me, TimeProvider clock)
{
    public async Task<Procedure> ExecuteAsync(ProcedureRequest request, CancellationToken cancellationToken)
    {
        var policy = await policies.LoadAsync(request.PolicyId, tracked: false, cancellationToken);
        var procedure = Procedure.Create(request.ToDefinition(me.Id), policy, me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(procedure);
        await db.SaveChangesAsync(cancellationToken);
        return procedure;
    }
}
