using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>Who may do what in audits, feedback and sampling; and the small helpers those use cases share.</summary>
public static class QualityOpsAccess
{
    /// <summary>People who run audits and manage plans and surveys.</summary>
    public static readonly string[] Analysts = [Roles.QualityAnalyst, Roles.Manager, Roles.ComplianceOfficer];

    /// <summary>Analysts plus those who read the results (team leaders and administrators).</summary>
    public static readonly string[] Readers = [.. Analysts, Roles.TeamLeader, Roles.Administrator];

    /// <summary>People who invite customers to surveys after their contacts and cases.</summary>
    public static readonly string[] Inviters = [.. Analysts, Roles.Agent, Roles.TeamLeader];

    public const string AnalystsCsv = "QualityAnalyst,Manager,ComplianceOfficer";
    public const string ReadersCsv = "QualityAnalyst,Manager,ComplianceOfficer,TeamLeader,Administrator";

    public static DomainException Stale(string what, int current, int? yours) =>
        new("version.stale", $"This {what} was changed by someone else (version {current}, yours {yours}). Reload and apply your change again.",
            DomainErrorKind.Conflict, "version");

    public static void CheckVersion(string what, int current, int? yours)
    {
        if (yours is { } v && v != current)
        {
            throw Stale(what, current, yours);
        }
    }

    /// <summary>Today in the UK.</summary>
    public static DateOnly Today(this TimeProvider clock) => UkTime.LocalDate(clock.GetUtcNow());

    public static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? Instant(DateTime? utc) => utc is { } u ? Instant(u) : null;

    /// <summary>Display names of staff members (unknown ids are left out).</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(FrontlineDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Set<StaffMember>().AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }

    /// <summary>Refuses an id that is not an active staff member.</summary>
    public static async Task RequireStaffAsync(FrontlineDbContext db, Guid id, string field, CancellationToken cancellationToken)
    {
        if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == id && s.IsActive, cancellationToken))
        {
            throw new DomainException("staff.unknown", "There is no active staff member with this id.", DomainErrorKind.Invalid, field);
        }
    }
}

/// <summary>Active staff to choose from in forms (owners, auditors, evaluators).</summary>
public sealed class StaffChoices(FrontlineDbContext db)
{
    public async Task<List<(Guid Id, string Name)>> ListAsync(string? role, CancellationToken cancellationToken)
    {
        var query = db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive);
        if (role is not null)
        {
            query = query.Where(s => s.RolesList.Contains(role));
        }

        var rows = await query.OrderBy(s => s.DisplayName).Take(2000).Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.DisplayName)).ToList();
    }
}
