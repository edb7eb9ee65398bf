using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

/// <summary>Saves the clauses of the version being drafted or reviewed (a clause sent with its id keeps its comments).</summary>
public sealed class SavePolicyDraft(PolicyChanges changes, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, PolicyRequest request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, request.Revision, p => p.SaveDraft(request.ToDefinition(), clock.GetUtcNow().UtcDateTime), cancellationToken);
}
