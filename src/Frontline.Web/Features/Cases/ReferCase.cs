using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Refers a case to a person or a role (beyond authority, specialist knowledge, customer request, complaint), verbally
/// (warm handover: who, when, summary) or in writing, with a response target in business hours; the case becomes referred.
/// </summary>
public sealed class ReferCase(FrontlineDbContext db, CurrentStaff me, CaseDirectory directory, CaseClock caseClock)
{
    public async Task<Referral> ExecuteAsync(Guid caseId, ReferCaseRequest request, CancellationToken cancellationToken)
    {
        var @case = await directory.FindToEditAsync(caseId, cancellationToken);
        if (@case.IsFinished)
        {
            throw new DomainException("case.finished", $"The case is {CaseLifecycle.Code(@case.Status)}: reopen it before referring it.", DomainErrorKind.Conflict);
        }

        if (!Referral.Reasons.All.Contains(request.Reason, StringComparer.Ordinal))
        {
            throw new DomainException("referral.reason", $"Reason must be one of {string.Join(", ", Referral.Reasons.All)}.", DomainErrorKind.Invalid, "reason");
        }

        if (!Referral.Modes.All.Contains(request.Mode, StringComparer.Ordinal))
        {
            throw new DomainException("referral.mode", "Mode must be verbal (warm handover) or written.", DomainErrorKind.Invalid, "mode");
        }

        if ((request.ToStaffId is null) == (request.ToRole is null))
        {
            throw new DomainException("referral.to", "Refer to one person (toStaffId) or one role (toRole).", DomainErrorKind.Invalid, "toStaffId");
        }

        if (request.ToRole is { } role && !CaseAccess.ReferralRoles.Contains(role, StringComparer.Ordinal))
        {
            throw new DomainException("referral.role", $"A referral can go to {string.Join(", ", CaseAccess.ReferralRoles)}.", DomainErrorKind.Invalid, "toRole");
        }

        if (request.ToStaffId is { } toId
            && (toId == me.Id || !await db.Set<StaffMember>().AnyAsync(s => s.Id == toId && s.IsActive, cancellationToken)))
        {
            throw new DomainException("referral.to-staff", "Refer to an active colleague other than yourself.", DomainErrorKind.Invalid, "toStaffId");
        }

        if (request.RequestedAction is { } action && !AuthorityMatrix.IsActionCode(action))
        {
            throw new DomainException("referral.action", "An action code is lower-case letters, digits and dashes, e.g. 'refund'.", DomainErrorKind.Invalid, "requestedAction");
        }

        var now = caseClock.Now;
        var calendar = await caseClock.CalendarAsync(cancellationToken);
        var verbal = request.Mode == Referral.Modes.Verbal;
        var referral = new Referral
        {
            CaseId = caseId,
            FromStaffId = me.Id,
            ToStaffId = request.ToStaffId,
            ToRole = request.ToRole,
            Reason = request.Reason,
            Mode = request.Mode,
            Summary = CardNumberRedactor.Redact(request.Summary.Trim())!,
            RequestedAction = request.RequestedAction,
            RequestedAmountPence = request.RequestedAmountPence,
            HandoverAt = verbal ? CaseAccess.Utc(request.HandoverAt) ?? now : null,
            CreatedAt = now,
            RespondBy = calendar.AddBusinessMinutes(CaseAccess.Instant(now), Referral.Modes.ResponseTargetMinutes(request.Mode)).UtcDateTime,
        };
        db.Add(referral);
        if (@case.Status != CaseStatus.Referred)
        {
            await ChangeCaseStatus.ApplyAsync(db, caseClock, @case, CaseStatus.Referred, $"{request.Reason} ({request.Mode})", me.Id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }
}

/// <summary>
/// The referee's side: accept, decline with a reason, or resolve (optionally taking the referred action within THEIR
/// authority). Only the person referred to, or a holder of the role referred to (a team leader only for their team's
/// cases), may act. When no referral of the case is open any more, the case goes back to open with its owner.
/// </summary>
public sealed class HandleReferral(FrontlineDbContext db, CurrentStaff me, CaseClock caseClock, TakeCaseAction takeAction)
{
    public async Task<Referral> AcceptAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var referral = await FindMineAsync(id, version, cancellationToken);
        referral.Accept(me.Id, caseClock.Now);
        db.Add(new CaseEvent { CaseId = referral.CaseId, StaffId = me.Id, At = caseClock.Now, What = "referral accepted" });
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }

    public async Task<Referral> DeclineAsync(Guid id, DeclineReferralRequest request, CancellationToken cancellationToken)
    {
        var referral = await FindMineAsync(id, request.Version, cancellationToken);
        referral.Decline(me.Id, caseClock.Now, CardNumberRedactor.Redact(request.Reason.Trim())!);
        await ReturnCaseAsync(referral, "referral declined", referral.DeclineReason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }

    /// <summary>Resolves; with an action, the action is checked against the resolver's authority first (403 outcome returned, nothing resolved).</summary>
    public async Task<(Referral Referral, ActionOutcome? Action)> ResolveAsync(Guid id, ResolveReferralRequest request, CancellationToken cancellationToken)
    {
        var referral = await FindMineAsync(id, request.Version, cancellationToken);
        ActionOutcome? outcome = null;
        if (request.Action is { } action)
        {
            outcome = await takeAction.ExecuteAsync(referral.CaseId,
                new TakeActionRequest(action, request.AmountPence ?? 0, $"Resolving referral: {request.Resolution}"), referral.Id, cancellationToken);
            if (!outcome.Attempt.Allowed)
            {
                return (referral, outcome);
            }
        }

        referral.Resolve(me.Id, caseClock.Now, CardNumberRedactor.Redact(request.Resolution.Trim())!);
        await ReturnCaseAsync(referral, "referral resolved", referral.Resolution, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (referral, outcome);
    }

    private async Task ReturnCaseAsync(Referral referral, string what, string? reason, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
        var othersOpen = await db.Set<Referral>().AnyAsync(r => r.CaseId == referral.CaseId && r.Id != referral.Id
            && (r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Accepted), cancellationToken);
        if (@case.Status == CaseStatus.Referred && !othersOpen)
        {
            await ChangeCaseStatus.ApplyAsync(db, caseClock, @case, CaseStatus.Open, $"{what}: {reason}", me.Id, cancellationToken);
        }
        else
        {
            db.Add(new CaseEvent { CaseId = @case.Id, StaffId = me.Id, At = caseClock.Now, What = what, Reason = reason });
        }
    }

    private async Task<Referral> FindMineAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var referral = await db.Set<Referral>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("referral");
        if (!await IsRefereeAsync(referral, cancellationToken))
        {
            // The referrer and the case's team may see it, but only the referee acts on it.
            throw referral.FromStaffId == me.Id
                ? new DomainException("referral.not-referee", "Only the person or role it was referred to can act on a referral.", DomainErrorKind.Forbidden)
                : DomainException.NotFound("referral");
        }

        CaseAccess.CheckVersion("referral", referral.Version, version);
        return referral;
    }

    public async Task<bool> IsRefereeAsync(Referral referral, CancellationToken cancellationToken) =>
        await IsRefereeAsync(db, me, referral, cancellationToken);

    public static async Task<bool> IsRefereeAsync(FrontlineDbContext db, CurrentStaff me, Referral referral, CancellationToken cancellationToken)
    {
        if (referral.ToStaffId is { } to)
        {
            return to == me.Id;
        }

        if (referral.ToRole is not { } role || !me.IsInRole(role))
        {
            return false;
        }

        if (role != Roles.TeamLeader)
        {
            return true;
        }

        var teamId = await db.Set<Case>().Where(c => c.Id == referral.CaseId).Select(c => c.TeamId).SingleAsync(cancellationToken);
        return (await me.ScopeAsync(cancellationToken)).Includes(teamId);
    }
}

/// <summary>Referral queues: referred to me or to a role I hold (open ones by default), or sent by me.</summary>
public sealed class ReferralDirectory(FrontlineDbContext db, CurrentStaff me, CaseDirectory cases, CaseClock caseClock)
{
    public async Task<List<ReferralView>> ListAsync(string? queue, bool includeClosed, CancellationToken cancellationToken)
    {
        var myId = me.Id;
        var myRoles = CaseAccess.ReferralRoles.Where(me.IsInRole).ToList();
        var query = db.Set<Referral>().AsNoTracking();
        query = queue switch
        {
            null or "" or "mine" => query.Where(r => r.ToStaffId == myId || (r.ToRole != null && myRoles.Contains(r.ToRole))),
            "sent" => query.Where(r => r.FromStaffId == myId),
            _ => throw new DomainException("referral.queue", "Queue must be mine or sent.", DomainErrorKind.Invalid, "queue"),
        };
        if (!includeClosed)
        {
            query = query.Where(r => r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Accepted);
        }

        var referrals = await query.OrderBy(r => r.RespondBy).Take(500).ToListAsync(cancellationToken);
        var visible = new List<Referral>();
        foreach (var r in referrals)
        {
            if (queue == "sent" || await HandleReferral.IsRefereeAsync(db, me, r, cancellationToken))
            {
                visible.Add(r);
            }
        }

        return await ViewsAsync(visible, cancellationToken);
    }

    public async Task<ReferralView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var referral = await db.Set<Referral>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("referral");
        // Visible to whoever can see its case (which includes the referee).
        await cases.FindInScopeAsync(referral.CaseId, false, cancellationToken);
        return (await ViewsAsync([referral], cancellationToken))[0];
    }

    public async Task<List<ReferralView>> ViewsAsync(IReadOnlyList<Referral> referrals, CancellationToken cancellationToken)
    {
        var caseIds = referrals.Select(r => r.CaseId).Distinct().ToList();
        var references = await db.Set<Case>().AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        var names = await cases.NamesAsync(referrals.SelectMany(r => new[] { r.FromStaffId, r.ToStaffId, r.HandledById }), cancellationToken);
        return [.. referrals.Select(r => CaseDirectory.ReferralView(r, references.GetValueOrDefault(r.CaseId), names, caseClock.Now))];
    }
}
