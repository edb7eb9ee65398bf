using Frontline.Data;
using Frontline.Domain.Actions;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Actions;

/// <summary>
/// Who sees which actions: the owner their own, the person who raised one, a team leader their teams' people's,
/// managers, administrators, compliance and quality the whole centre. Anything else answers 404.
/// </summary>
public sealed class ActionRegister(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public DateOnly Today => UkTime.LocalDate(clock.GetUtcNow());

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>An action with its owner's name and team (null for a migrated action whose owner matched no one).</summary>
    /// <remarks>A class with init properties, not a positional record: EF composes further filters over member-init projections only.</remarks>
    public sealed class Row
    {
        public required ImprovementAction Action { get; init; }

        public string? StaffName { get; init; }

        public Guid? OwnerTeamId { get; init; }

        public string OwnerName => StaffName ?? Action.OwnerName ?? "";
    }

    public IQueryable<Row> Rows() =>
        from a in db.Set<ImprovementAction>()
        join s in db.Set<StaffMember>() on a.OwnerId equals s.Id into owners
        from s in owners.DefaultIfEmpty()
        select new Row { Action = a, StaffName = s == null ? null : s.DisplayName, OwnerTeamId = s == null ? null : s.TeamId };

    /// <summary>The rows the caller may see.</summary>
    public async Task<IQueryable<Row>> VisibleAsync(CancellationToken cancellationToken)
    {
        var rows = Rows();
        if (me.SeesWholeCentre)
        {
            return rows;
        }

        var myId = me.Id;
        var teams = me.IsInRole(Roles.TeamLeader) ? (await me.ScopeAsync(cancellationToken)).TeamIds.ToList() : [];
        return rows.Where(r => r.Action.OwnerId == myId || r.Action.RaisedById == myId
            || (r.OwnerTeamId != null && teams.Contains(r.OwnerTeamId.Value)));
    }

    public async Task<Row> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(cancellationToken);
        return await visible.SingleOrDefaultAsync(r => r.Action.Id == id, cancellationToken) ?? throw DomainException.NotFound("action");
    }

    /// <summary>May change what the action is, who owns it and when it is due (not just report progress on it).</summary>
    public async Task<bool> CanManageAsync(Row row, CancellationToken cancellationToken)
    {
        if (me.SeesWholeCentre || row.Action.RaisedById == me.Id)
        {
            return true;
        }

        return me.IsInRole(Roles.TeamLeader) && row.OwnerTeamId is { } team && (await me.ScopeAsync(cancellationToken)).TeamIds.Contains(team);
    }

    public ActionView ToView(Row row)
    {
        var a = row.Action;
        return new ActionView(a.Id, a.Version, a.Title, a.Description, ActionNames.Slug(a.SourceKind), a.SourceId, a.SourceLink, a.OwnerId,
            row.OwnerName, row.OwnerTeamId, a.DueOn, ActionNames.Slug(a.Status), a.IsOverdue(Today), a.Evidence, a.CompletedAt,
            a.CompletedById, a.EffectivenessDueOn, a.EffectivenessResult is { } r ? ActionNames.Slug(r) : null, a.EffectivenessNotes,
            a.EffectivenessCheckedAt, a.EffectivenessCheckedById, a.RaisedById, a.CreatedAt, a.UpdatedAt);
    }

    public static void CheckVersion(ImprovementAction action, int? version)
    {
        if (version is null)
        {
            throw new DomainException("version.required", "Send the version of the action you read (body field version or If-Match).",
                DomainErrorKind.Invalid, "version");
        }

        if (version != action.Version)
        {
            throw new DomainException("version.stale",
                $"This action was changed by someone else (version {action.Version}, yours {version}). Reload it and apply your change again.",
                DomainErrorKind.Conflict);
        }
    }

    /// <summary>An active staff member who can own an action.</summary>
    public async Task<StaffMember> OwnerAsync(Guid ownerId, CancellationToken cancellationToken) =>
        await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == ownerId && s.IsActive, cancellationToken)
        ?? throw new DomainException("action.owner-unknown", "The owner must be an active member of staff.", DomainErrorKind.Invalid, "ownerId");

    /// <summary>Forgets tracked changes after a refused update, so the page shows what is stored.</summary>
    public void Forget() => db.ChangeTracker.Clear();

    /// <summary>Who can be given an action (the forms' owner list): active staff by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OwnerChoicesAsync(CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.DisplayName)
            .Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        return [.. staff.Select(s => (s.Id, s.DisplayName))];
    }

    public static ActionSourceKind ParseSourceKind(string? text) => ActionNames.TryParse<ActionSourceKind>(text, out var kind)
        ? kind
        : throw new DomainException("action.source-kind-unknown",
            $"Use one of: {string.Join(", ", Enum.GetValues<ActionSourceKind>().Select(ActionNames.Slug))}.", DomainErrorKind.Invalid, "sourceKind");
}
