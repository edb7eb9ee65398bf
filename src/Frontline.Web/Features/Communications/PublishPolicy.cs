using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Publishes the agreed version for staff to read and acknowledge (409 until every required agreement is recorded).</summary>
public sealed class PublishPolicy(PolicyChanges changes, PolicyDirectory directory, CurrentStaff me, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, revision, p => p.Publish(me.Id, clock.GetUtcNow().UtcDateTime, directory.Today), cancellationToken);
}
