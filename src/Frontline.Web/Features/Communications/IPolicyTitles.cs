using Frontline.Data;
using Frontline.Domain.Communications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>The communication policies by title, for other modules to link to (Performance: the policy a service objective
/// serves). Read-only; drafts included, since an objective may be written before its policy is published.</summary>
public interface IPolicyTitles
{
    Task<IReadOnlyDictionary<Guid, string>> ListAsync(CancellationToken cancellationToken);
}

public sealed class PolicyTitles(FrontlineDbContext db) : IPolicyTitles
{
    public async Task<IReadOnlyDictionary<Guid, string>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<CommunicationPolicy>().AsNoTracking().OrderBy(p => p.Title).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
}
