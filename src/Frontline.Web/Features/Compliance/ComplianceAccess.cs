using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>Who may do what in Compliance (policies registered in <see cref="ComplianceModule"/>).</summary>
public static class ComplianceAccess
{
    public const string ManageRegister = "compliance.register.manage";
    public const string RecordBreaches = "compliance.breaches.record";
    public const string HandleBreaches = "compliance.breaches.handle";
    public const string DataProtection = "compliance.data-protection";

    /// <summary>Maintain the register, assess risk, confirm and route breaches, walk formal stages.</summary>
    public static readonly string[] Officers = [Roles.ComplianceOfficer, Roles.Manager];

    public const string OfficersCsv = Roles.ComplianceOfficer + "," + Roles.Manager;

    /// <summary>Record a breach they found (QA, audit, complaint, self-report by a team leader).</summary>
    public static readonly string[] Recorders = [Roles.ComplianceOfficer, Roles.Manager, Roles.QualityAnalyst, Roles.TeamLeader, Roles.ComplaintsHandler];

    public const string RecordersCsv = Roles.ComplianceOfficer + "," + Roles.Manager + "," + Roles.QualityAnalyst + "," + Roles.TeamLeader + "," + Roles.ComplaintsHandler;

    /// <summary>The data-protection desk: subject access and erasure (customers' personal data).</summary>
    public static readonly string[] DataProtectionDesk = [Roles.ComplianceOfficer];

    /// <summary>See every non-confidential breach in the centre.</summary>
    public static readonly string[] SeeAllOpenBreaches = [Roles.ComplianceOfficer, Roles.Manager, Roles.QualityAnalyst, Roles.Administrator];

    public static void CheckVersion(string what, int current, int? yours)
    {
        if (yours is { } v && v != current)
        {
            throw new DomainException($"{what}.stale", $"The {what} was changed by someone else (version {current}, you sent {v}). Reload and try again.",
                DomainErrorKind.Conflict, "version");
        }
    }
}

/// <summary>
/// Which breaches the signed-in person may see. Compliance officers and managers see all. Confidential breaches
/// (routed to disciplinary or grievance) are otherwise seen only by the people concerned and their line managers;
/// the others also by quality analysts, administrators, the recorder and the team leaders of those involved.
/// Anyone else gets 404.
/// </summary>
public sealed class BreachScope(CurrentStaff current, FrontlineDbContext db)
{
    private Viewer? _viewer;

    private sealed record Viewer(Guid Id, bool Officer, bool CentreWide, HashSet<Guid> Managed, HashSet<Guid> Led);

    public async Task<bool> CanSeeAsync(Breach breach, CancellationToken cancellationToken) => Sees(await ViewerAsync(cancellationToken), breach);

    public async Task<List<Breach>> FilterAsync(IEnumerable<Breach> breaches, CancellationToken cancellationToken)
    {
        var viewer = await ViewerAsync(cancellationToken);
        return [.. breaches.Where(b => Sees(viewer, b))];
    }

    /// <summary>The breach if the person may see it, else not found.</summary>
    public async Task<Breach> RequireAsync(Guid id, CancellationToken cancellationToken)
    {
        var breach = await db.Set<Breach>().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return breach is not null && await CanSeeAsync(breach, cancellationToken) ? breach : throw DomainException.NotFound("breach");
    }

    public bool IsOfficer => current.IsInAnyRole(ComplianceAccess.Officers);

    private static bool Sees(Viewer v, Breach b)
    {
        if (v.Officer || b.StaffIds.Contains(v.Id) || b.StaffIds.Any(v.Managed.Contains))
        {
            return true;
        }

        return !b.IsConfidential && (v.CentreWide || b.RecordedById == v.Id || b.StaffIds.Any(v.Led.Contains));
    }

    private async Task<Viewer> ViewerAsync(CancellationToken cancellationToken)
    {
        if (_viewer is not null)
        {
            return _viewer;
        }

        var me = current.Id;
        var officer = current.IsInAnyRole(ComplianceAccess.Officers);
        if (officer)
        {
            return _viewer = new Viewer(me, true, true, [], []);
        }

        var managed = await db.Set<StaffMember>().AsNoTracking().Where(s => s.LineManagerId == me).Select(s => s.Id).ToListAsync(cancellationToken);
        var teams = await db.Set<Team>().AsNoTracking().Where(t => t.TeamLeaderId == me).Select(t => (Guid?)t.Id).ToListAsync(cancellationToken);
        var led = teams.Count == 0 ? []
            : await db.Set<StaffMember>().AsNoTracking().Where(s => teams.Contains(s.TeamId)).Select(s => s.Id).ToListAsync(cancellationToken);
        return _viewer = new Viewer(me, false, current.IsInAnyRole(ComplianceAccess.SeeAllOpenBreaches), [.. managed], [.. led]);
    }
}

/// <summary>Names and relations of staff (People's records, read only).</summary>
public sealed class CompliancePeople(FrontlineDbContext db)
{
    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Set<StaffMember>().AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }

    public async Task<List<(Guid Id, Guid? LineManagerId)>> LineManagersAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken) =>
        (await db.Set<StaffMember>().AsNoTracking().Where(s => staffIds.Contains(s.Id)).Select(s => new { s.Id, s.LineManagerId }).ToListAsync(cancellationToken))
        .Select(s => (s.Id, s.LineManagerId)).ToList();

    public async Task<List<(Guid Id, string Name)>> WithRolesAsync(IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.DisplayName).ToListAsync(cancellationToken);
        return [.. staff.Where(s => roles.Any(s.HasRole)).Select(s => (s.Id, s.DisplayName))];
    }

    public async Task<List<(Guid Id, string Name)>> ActiveAsync(CancellationToken cancellationToken) =>
        (await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName })
            .ToListAsync(cancellationToken)).Select(s => (s.Id, s.DisplayName)).ToList();

    public async Task RequireStaffAsync(IEnumerable<Guid> ids, string field, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = await db.Set<StaffMember>().CountAsync(s => wanted.Contains(s.Id), cancellationToken);
        if (found != wanted.Count)
        {
            throw new DomainException("staff.unknown", "There is no staff member with one of these ids.", DomainErrorKind.Invalid, field);
        }
    }
}
