using System.Security.Claims;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// The signed-in staff member of this request, with their team scope: team leaders (and agents) see
/// their own team's people and work; managers, administrators, quality and compliance see the centre.
/// </summary>
public sealed class CurrentStaff(IHttpContextAccessor accessor, FrontlineDbContext db)
{
    private TeamScope? _scope;
    private StaffMember? _profile;

    public ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid Id => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new InvalidOperationException("No staff member is signed in.");

    public string Username => User.Identity?.Name ?? "";

    public bool IsInRole(string role) => User.IsInRole(role);

    public bool IsInAnyRole(params string[] roles) => roles.Any(User.IsInRole);

    public bool SeesWholeCentre => Roles.CentreWide.Any(User.IsInRole);

    /// <summary>Records kept under retention after an erasure request (UK GDPR Art 17(3)) are seen only by compliance officers.</summary>
    public bool SeesRestrictedRecords => User.IsInRole(Roles.ComplianceOfficer);

    public async Task<StaffMember> ProfileAsync(CancellationToken cancellationToken = default) =>
        _profile ??= await db.Set<StaffMember>().AsNoTracking().SingleAsync(s => s.Id == Id, cancellationToken);

    public async Task<TeamScope> ScopeAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        if (SeesWholeCentre)
        {
            return _scope = TeamScope.WholeCentre(Id);
        }

        var me = await ProfileAsync(cancellationToken);
        var led = await db.Set<Team>().AsNoTracking().Where(t => t.TeamLeaderId == me.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        if (me.TeamId is { } own)
        {
            led.Add(own);
        }

        return _scope = new TeamScope(me.Id, false, led.ToHashSet());
    }
}

/// <summary>Which teams' records a person may see. <see cref="All"/> is the whole centre.</summary>
public sealed record TeamScope(Guid StaffId, bool All, IReadOnlySet<Guid> TeamIds)
{
    public static TeamScope WholeCentre(Guid staffId) => new(staffId, true, new HashSet<Guid>());

    /// <summary>True when a record of <paramref name="teamId"/> (or owned by this person) is visible.</summary>
    public bool Includes(Guid? teamId, Guid? ownerId = null) =>
        All || (teamId is { } t && TeamIds.Contains(t)) || (ownerId is { } o && o == StaffId);
}
