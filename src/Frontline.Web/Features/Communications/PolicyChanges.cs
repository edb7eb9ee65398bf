using Frontline.Data;
using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Runs one change to a policy: load it (not found outside the caller's view), check the revision (409 when stale),
/// apply the domain operation, save once (nothing is half-saved: the operation throws before any change when refused).
/// </summary>
public sealed class PolicyChanges(FrontlineDbContext db, PolicyDirectory directory)
{
    public async Task<CommunicationPolicy> ApplyAsync(Guid id, int? revision, Action<CommunicationPolicy> change, CancellationToken cancellationToken)
    {
        var policy = await directory.LoadAsync(id, tracked: true, cancellationToken);
        PolicyDirectory.CheckRevision(policy, revision);
        change(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }
}
