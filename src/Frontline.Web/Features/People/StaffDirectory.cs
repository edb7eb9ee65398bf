using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People;

/// <summary>
/// Reads staff and teams within the caller's scope: managers and administrators see the centre, team
/// leaders and agents their own team. A record outside the scope is reported as not found.
/// </summary>
public sealed class StaffDirectory(FrontlineDbContext db, CurrentStaff me)
{
    public async Task<List<StaffView>> ListStaffAsync(string? search, Guid? teamId, bool includeInactive, CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var query = db.Set<StaffMember>().AsNoTracking();
        if (!scope.All)
        {
            var teams = scope.TeamIds.ToList();
            var myId = scope.StaffId;
            query = query.Where(s => (s.TeamId != null && teams.Contains(s.TeamId.Value)) || s.Id == myId);
        }

        if (teamId is { } t)
        {
            query = query.Where(s => s.TeamId == t);
        }

        if (!includeInactive)
        {
            query = query.Where(s => s.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().ToLowerInvariant()}%";
            query = query.Where(s => EF.Functions.Like(s.Username.ToLower(), pattern) || EF.Functions.Like(s.DisplayName.ToLower(), pattern));
        }

        var staff = await query.OrderBy(s => s.DisplayName).Take(1000).ToListAsync(cancellationToken);
        var teamNames = await db.Set<Team>().AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        return staff.Select(s => ToView(s, teamNames)).ToList();
    }

    public async Task<StaffView> GetStaffAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await FindInScopeAsync(id, cancellationToken);
        var teamNames = await db.Set<Team>().AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        return ToView(staff, teamNames);
    }

    public async Task<StaffMember> FindInScopeAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var staff = await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (staff is null || !scope.Includes(staff.TeamId, staff.Id))
        {
            throw DomainException.NotFound("staff member");
        }

        return staff;
    }

    public async Task<List<TeamView>> ListTeamsAsync(CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var teams = await db.Set<Team>().AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var members = await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive && s.TeamId != null)
            .GroupBy(s => s.TeamId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var names = await db.Set<StaffMember>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return teams.Where(t => scope.Includes(t.Id))
            .Select(t => new TeamView(t.Id, t.Name, t.TeamLeaderId, t.TeamLeaderId is { } l ? names.GetValueOrDefault(l) : null,
                t.IsActive, members.GetValueOrDefault(t.Id), t.Version))
            .ToList();
    }

    /// <summary>Email is personal data: shown to administrators, managers and team leaders only.</summary>
    private StaffView ToView(StaffMember s, IReadOnlyDictionary<Guid, string> teamNames) =>
        new(s.Id, s.Username, s.DisplayName,
            me.IsInAnyRole(Roles.Administrator, Roles.Manager, Roles.TeamLeader) || s.Id == me.Id ? s.Email : null,
            s.Roles, s.TeamId, s.TeamId is { } t ? teamNames.GetValueOrDefault(t) : null, s.LineManagerId, s.Grade, s.IsActive, s.Version);
}
