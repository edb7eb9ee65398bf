using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Starts the next version of a policy as a draft copy of the latest (the published one stays in force until it is replaced).</summary>
public sealed class StartPolicyVersion(PolicyChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, revision, p => p.NewVersion(me.Id, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
