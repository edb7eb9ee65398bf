using Frontline.Data;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Which contacts led to a complaint. Owned by Complaints; asked by Quality so a sampling plan can take contacts where
/// a complaint was raised without reading Complaints' tables.
/// </summary>
public interface IComplaintsRaised
{
    /// <summary>The subset of <paramref name="contactIds"/> that a complaint was recorded from.</summary>
    Task<IReadOnlySet<Guid>> ContactsWithComplaintsAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken);
}

public sealed class ComplaintsRaised(FrontlineDbContext db) : IComplaintsRaised
{
    public async Task<IReadOnlySet<Guid>> ContactsWithComplaintsAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in contactIds.Distinct().Chunk(1000))
        {
            var ids = chunk.Select(c => (Guid?)c).ToList();
            found.UnionWith(await db.Set<Complaint>().AsNoTracking().Where(c => ids.Contains(c.ContactId)).Select(c => c.ContactId!.Value)
                .ToListAsync(cancellationToken));
        }

        return found;
    }
}
