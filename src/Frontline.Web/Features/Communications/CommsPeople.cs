using Frontline.Data;
using Frontline.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>Staff names and the managers to ask for agreement (People's staff records, read only).</summary>
public sealed class CommsPeople(FrontlineDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        return await db.Set<StaffMember>().AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }

    /// <summary>Active staff with any of the roles.</summary>
    public async Task<List<Guid>> ActiveWithAnyRoleAsync(IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken);
        return [.. staff.Where(s => roles.Any(s.HasRole)).Select(s => s.Id)];
    }
}
