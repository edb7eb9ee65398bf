using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Edits the draft under the policy version now in force; an earlier evaluation no longer counts for the new text.</summary>
public sealed class SaveProcedureDraft(ProcedureChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<Procedure> ExecuteAsync(Guid id, ProcedureRequest request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, request.Revision, (procedure, policy) =>
        {
            if (request.PolicyId != Guid.Empty && request.PolicyId != procedure.PolicyId)
            {
                throw new Domain.Platform.DomainException("procedure.policy-fixed", "A procedure stays with the policy it was written under.",
                    Domain.Platform.DomainErrorKind.Invalid, "policyId");
            }

            procedure.SaveDraft(request.ToDefinition(me.Id), policy, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
}
