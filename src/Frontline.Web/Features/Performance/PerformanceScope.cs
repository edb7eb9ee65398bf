using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance;

/// <summary>
/// Whose results a person may see. Centre-wide roles: everything. A team leader: the centre's figures, the teams they
/// lead and the agents in them. Anyone else (an agent): their own figures and their own team's. Outside this: not found.
/// </summary>
public sealed record ResultScope(Guid StaffId, bool All, bool SeesCentre, IReadOnlySet<Guid> Teams)
{
    public bool MaySee(KpiLevel level) => All || level != KpiLevel.Centre || SeesCentre;

    /// <summary>May see a team's figure.</summary>
    public bool IncludesTeam(Guid teamId) => All || Teams.Contains(teamId);

    /// <summary>May see an agent's figure (measured over contacts of <paramref name="teamId"/>).</summary>
    public bool IncludesAgent(Guid agentId, Guid? teamId) =>
        All || agentId == StaffId || (SeesCentre && teamId is { } t && Teams.Contains(t));
}

/// <summary>Works out the caller's <see cref="ResultScope"/> once per request.</summary>
public sealed class PerformanceScope(CurrentStaff me, FrontlineDbContext db)
{
    private ResultScope? _scope;

    public Guid StaffId => me.Id;

    public bool IsDesigner => me.IsInAnyRole(PerformanceAccess.Designers);

    public async Task<ResultScope> GetAsync(CancellationToken cancellationToken)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        if (me.SeesWholeCentre)
        {
            return _scope = new ResultScope(me.Id, true, true, new HashSet<Guid>());
        }

        var profile = await me.ProfileAsync(cancellationToken);
        if (me.IsInRole(Roles.TeamLeader))
        {
            var led = await db.Set<Team>().AsNoTracking().Where(t => t.TeamLeaderId == me.Id).Select(t => t.Id).ToListAsync(cancellationToken);
            return _scope = new ResultScope(me.Id, false, true, led.ToHashSet());
        }

        return _scope = new ResultScope(me.Id, false, false, profile.TeamId is { } own ? new HashSet<Guid> { own } : new HashSet<Guid>());
    }
}
