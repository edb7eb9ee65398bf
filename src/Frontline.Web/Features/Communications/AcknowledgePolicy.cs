using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>The signed-in member of staff confirms they have read the published version (once; again is harmless).</summary>
public sealed class AcknowledgePolicy(PolicyChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, null, p => p.Acknowledge(me.Id, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
