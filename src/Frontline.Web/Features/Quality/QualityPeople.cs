using Frontline.Data;
using Frontline.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>Names of staff and the team leader of a team (People's staff and team records, read only).</summary>
public sealed class QualityPeople(FrontlineDbContext db)
{
    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Set<StaffMember>().AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }

    public async Task<Guid?> TeamLeaderOfAsync(Guid? teamId, CancellationToken cancellationToken) => teamId is { } id
        ? await db.Set<Team>().AsNoTracking().Where(t => t.Id == id).Select(t => t.TeamLeaderId).SingleOrDefaultAsync(cancellationToken)
        : null;

    /// <summary>Active staff holding any of the roles, by name (for choosing evaluators and filters).</summary>
    public async Task<List<(Guid Id, string Name)>> WithRolesAsync(IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.DisplayName).ToListAsync(cancellationToken);
        return [.. staff.Where(s => roles.Any(s.HasRole)).Select(s => (s.Id, s.DisplayName))];
    }
}
