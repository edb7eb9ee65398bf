using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Reads cases in the caller's scope (their team's and their own; centre-wide roles see all; a referee sees a case
/// referred to them) and the work queues: mine, team, needs-update (owner's cases whose customer has not been updated
/// for the configured business days) and overdue (past due, clock running).
/// </summary>
public sealed class CaseDirectory(FrontlineDbContext db, CurrentStaff me, CaseClock caseClock)
{
    public static readonly IReadOnlyList<string> Queues = ["mine", "team", "needs-update", "overdue"];

    /// <summary>A case the caller may read: their team's (or their own), or one referred to them or by them.</summary>
    public async Task<Case> FindInScopeAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<Case>() : db.Set<Case>().AsNoTracking();
        var @case = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null || (@case.RestrictedUntil is not null && !me.SeesRestrictedRecords) || !(await InTeamScopeAsync(@case, cancellationToken) || await IsReferralPartyAsync(@case.Id, cancellationToken)))
        {
            throw DomainException.NotFound("case");
        }

        return @case;
    }

    /// <summary>
    /// A case the caller may change: only their team's (or their own). A referee outside the team reads what the referral
    /// needs (403 here, since they know the case exists) and acts through the referral, never on the case itself.
    /// </summary>
    public async Task<Case> FindToEditAsync(Guid id, CancellationToken cancellationToken, bool tracked = true)
    {
        var @case = await FindInScopeAsync(id, tracked, cancellationToken);
        if (!await InTeamScopeAsync(@case, cancellationToken))
        {
            throw new DomainException("case.not-your-team",
                "This case belongs to another team: you can read it for the referral and answer the referral, but only its team changes the case.",
                DomainErrorKind.Forbidden);
        }

        return @case;
    }

    private async Task<bool> InTeamScopeAsync(Case @case, CancellationToken cancellationToken) =>
        (await me.ScopeAsync(cancellationToken)).Includes(@case.TeamId, @case.OwnerId);

    /// <summary>
    /// Referred to me or by me, or to a role I hold. A referral to the team leader role reaches only the case's own team's
    /// leaders (already in scope), never every team leader in the centre.
    /// </summary>
    private async Task<bool> IsReferralPartyAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var myId = me.Id;
        var myRoles = CaseAccess.ReferralRoles.Where(r => r != Roles.TeamLeader && me.IsInRole(r)).ToList();
        return await db.Set<Referral>().AnyAsync(r => r.CaseId == caseId && (r.ToStaffId == myId || r.FromStaffId == myId
            || (r.ToRole != null && myRoles.Contains(r.ToRole))), cancellationToken);
    }

    public async Task<List<CaseView>> ListAsync(string? queue, CaseStatus? status, CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var seesRestricted = me.SeesRestrictedRecords;
        var query = db.Set<Case>().AsNoTracking().Where(c => c.RestrictedUntil == null || seesRestricted);
        var myId = me.Id;
        if (!scope.All)
        {
            var teams = scope.TeamIds.ToList();
            query = query.Where(c => (c.TeamId != null && teams.Contains(c.TeamId.Value)) || c.OwnerId == myId);
        }

        var now = caseClock.Now;
        switch (queue)
        {
            case null or "":
                break;
            case "mine":
                query = query.Where(c => c.OwnerId == myId);
                break;
            case "team":
                var myTeams = scope.All ? null : scope.TeamIds.ToList();
                query = myTeams is null ? query : query.Where(c => c.TeamId != null && myTeams.Contains(c.TeamId.Value));
                break;
            case "needs-update":
                query = query.Where(c => c.OwnerId == myId);
                break;
            case "overdue":
                query = query.Where(c => c.DueAt < now && c.Status != CaseStatus.AwaitingCustomer);
                break;
            default:
                throw new DomainException("case.queue", $"Queue must be one of {string.Join(", ", Queues)}.", DomainErrorKind.Invalid, "queue");
        }

        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }
        else if (!string.IsNullOrEmpty(queue))
        {
            query = query.Where(c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.Closed);
        }

        var cases = await query.OrderBy(c => c.DueAt).Take(500).ToListAsync(cancellationToken);
        if (queue == "needs-update")
        {
            var calendar = await caseClock.CalendarAsync(cancellationToken);
            var today = UkTime.LocalDate(CaseAccess.Instant(now));
            cases = [.. cases.Where(c => NeedsUpdate(calendar, c, today, caseClock.CustomerUpdateBusinessDays))];
        }

        return await ViewsAsync(cases, cancellationToken);
    }

    /// <summary>True when <paramref name="businessDays"/> whole business days have passed since the customer was last updated.</summary>
    public static bool NeedsUpdate(BusinessCalendar calendar, Case @case, DateOnly today, int businessDays) =>
        !@case.IsFinished && calendar.AddBusinessDays(UkTime.LocalDate(CaseAccess.Instant(@case.LastCustomerUpdateAt)), businessDays) <= today;

    public async Task<CaseView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ViewsAsync([await FindInScopeAsync(id, false, cancellationToken)], cancellationToken))[0];

    public async Task<CaseDetailView> GetDetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var @case = await FindInScopeAsync(id, false, cancellationToken);
        var view = (await ViewsAsync([@case], cancellationToken))[0];
        var pauses = await db.Set<CasePause>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartedAt).ToListAsync(cancellationToken);
        var events = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var actions = await db.Set<CaseAction>().AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var updates = await db.Set<CustomerUpdate>().AsNoTracking().Where(u => u.CaseId == id).OrderBy(u => u.At).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        var names = await NamesAsync(events.Select(e => e.StaffId).Concat(actions.Select(a => (Guid?)a.StaffId)).Concat(updates.Select(u => (Guid?)u.StaffId))
            .Concat(referrals.SelectMany(r => new[] { r.FromStaffId, r.ToStaffId, r.HandledById })), cancellationToken);
        return new CaseDetailView(view,
            [.. pauses.Select(p => new PauseView(CaseAccess.Instant(p.StartedAt), CaseAccess.Instant(p.EndedAt), p.BusinessMinutes))],
            [.. events.Select(e => new CaseEventView(CaseAccess.Instant(e.At), e.StaffId, Name(names, e.StaffId), e.What, e.Reason))],
            [.. actions.Select(a => ActionView(a, names))],
            [.. referrals.Select(r => ReferralView(r, @case.Reference, names, caseClock.Now))],
            [.. updates.Select(u => new CustomerUpdateView(u.Id, u.CaseId, u.StaffId, Name(names, u.StaffId), u.Channel, u.Message, u.ConstraintKind,
                u.ConstraintReason, CaseAccess.Instant(u.At)))]);
    }

    public async Task<List<CaseView>> ViewsAsync(IReadOnlyList<Case> cases, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(cases.Select(c => c.OwnerId), cancellationToken);
        var pausedIds = cases.Where(c => c.Status == CaseStatus.AwaitingCustomer).Select(c => c.Id).ToList();
        var openPauses = pausedIds.Count == 0
            ? new Dictionary<Guid, CasePause>()
            : (await db.Set<CasePause>().AsNoTracking().Where(p => pausedIds.Contains(p.CaseId) && p.EndedAt == null).ToListAsync(cancellationToken))
                .GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.First());
        var calendar = await caseClock.CalendarAsync(cancellationToken);
        var now = caseClock.Now;
        return [.. cases.Select(c =>
        {
            var due = CaseClock.LiveDue(calendar, c, openPauses.GetValueOrDefault(c.Id), now);
            var paused = c.Status == CaseStatus.AwaitingCustomer;
            return new CaseView(c.Id, c.Reference, c.CustomerId, c.Category, c.Priority, c.Status, c.Summary, c.Description, c.OwnerId, Name(names, c.OwnerId),
                c.TeamId, due, paused, !paused && !c.IsFinished && due.UtcDateTime < now, c.TargetMinutes, CaseAccess.Instant(c.LastCustomerUpdateAt),
                CaseAccess.Instant(c.CreatedAt), CaseAccess.Instant(c.ResolvedAt), CaseAccess.Instant(c.ClosedAt), CaseLifecycle.Next(c.Status), c.Version);
        })];
    }

    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var list = ids.OfType<Guid>().Distinct().ToList();
        return list.Count == 0
            ? []
            : await db.Set<StaffMember>().AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }

    public static string? Name(IReadOnlyDictionary<Guid, string> names, Guid? id) => id is { } i ? names.GetValueOrDefault(i) : null;

    public static CaseActionView ActionView(CaseAction a, IReadOnlyDictionary<Guid, string> names) =>
        new(a.Id, a.CaseId, a.StaffId, Name(names, a.StaffId), a.Action, a.AmountPence, a.Reason, a.Allowed, a.Decision, a.GradeNeeded, a.LimitPence,
            a.ReferralId, CaseAccess.Instant(a.At));

    public static ReferralView ReferralView(Referral r, string? caseReference, IReadOnlyDictionary<Guid, string> names, DateTime now) =>
        new(r.Id, r.CaseId, caseReference, r.FromStaffId, Name(names, r.FromStaffId), r.ToStaffId, Name(names, r.ToStaffId), r.ToRole, r.Reason, r.Mode,
            r.Summary, r.RequestedAction, r.RequestedAmountPence, CaseAccess.Instant(r.HandoverAt), CaseAccess.Instant(r.CreatedAt),
            CaseAccess.Instant(r.RespondBy), r.Status == ReferralStatus.Pending && r.RespondBy < now, r.Status, r.HandledById, Name(names, r.HandledById),
            CaseAccess.Instant(r.AcceptedAt), CaseAccess.Instant(r.DeclinedAt), r.DeclineReason, CaseAccess.Instant(r.ResolvedAt), r.Resolution, r.Version);
}
