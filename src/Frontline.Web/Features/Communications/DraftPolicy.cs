using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Drafts a new communication policy as version 1 (validated by the domain; nothing saved when refused).</summary>
public sealed class DraftPolicy(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<CommunicationPolicy> ExecuteAsync(PolicyRequest request, CancellationToken cancellationToken)
    {
        var policy = CommunicationPolicy.Create(request.ToDefinition(), me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }
}
