using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>An attempt and, when refused, the referral that would get it done (for the API's 403 and the page's prefilled form).</summary>
public sealed record ActionOutcome(CaseAction Attempt, SuggestedReferral? Referral);

/// <summary>A referral filled in from a refused action: to the caller's team leader when their grade is enough, else to managers.</summary>
public sealed record SuggestedReferral(string Reason, string Mode, Guid? ToStaffId, string? ToRole, string? ToName, string Summary,
    string RequestedAction, long RequestedAmountPence);

/// <summary>
/// Takes an action on a case (refund, goodwill payment, ...) within the caller's authority. Every attempt is recorded,
/// allowed or refused; a refusal names the grade and limit needed and comes with a referral filled in. When the Customers
/// module's identity assurance is present, an action within authority also needs the ID&amp;V level its policy asks for.
/// </summary>
public sealed class TakeCaseAction(FrontlineDbContext db, CurrentStaff me, CaseDirectory directory, CaseClock caseClock, IAuthorityCheck authority,
    IServiceProvider services)
{
    public async Task<ActionOutcome> ExecuteAsync(Guid caseId, TakeActionRequest request, Guid? referralId, CancellationToken cancellationToken)
    {
        // Within the team; or by the referee resolving a referral of this case (HandleReferral checked who they are).
        var @case = referralId is { } viaReferral && await db.Set<Referral>().AnyAsync(r => r.Id == viaReferral && r.CaseId == caseId, cancellationToken)
            ? await directory.FindInScopeAsync(caseId, false, cancellationToken)
            : await directory.FindToEditAsync(caseId, cancellationToken, tracked: false);
        if (@case.IsFinished)
        {
            throw new DomainException("case.finished", $"The case is {CaseLifecycle.Code(@case.Status)}: reopen it before taking an action.", DomainErrorKind.Conflict);
        }

        if (!AuthorityMatrix.IsActionCode(request.Action))
        {
            throw new DomainException("action.code", "An action code is lower-case letters, digits and dashes, e.g. 'refund'.", DomainErrorKind.Invalid, "action");
        }

        var amount = request.AmountPence!.Value;
        var decision = await authority.CheckAsync(me.Id, request.Action, amount, cancellationToken);

        // Identity matters only when something is done: a refusal for authority needs no verified caller. Resolving a
        // referral acts on the identity check the referring agent did in the contact.
        if (decision.Allowed && referralId is null && services.GetService<IIdentityAssurance>() is { } identity)
        {
            await identity.RequireAsync(@case.CustomerId, request.ContactId, request.Action, request.Channel ?? ContactChannels.Phone, cancellationToken);
        }

        var attempt = new CaseAction
        {
            CaseId = caseId,
            StaffId = me.Id,
            StaffGrade = decision.StaffGrade,
            Action = request.Action,
            AmountPence = amount,
            Reason = CardNumberRedactor.Redact(request.Reason.Trim())!,
            Allowed = decision.Allowed,
            Decision = decision.Reason,
            GradeNeeded = decision.GradeNeeded,
            LimitPence = decision.LimitPence,
            ReferralId = referralId,
            At = caseClock.Now,
        };
        db.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return new ActionOutcome(attempt, decision.Allowed ? null : await SuggestAsync(@case, attempt, cancellationToken));
    }

    private async Task<SuggestedReferral> SuggestAsync(Case @case, CaseAction attempt, CancellationToken cancellationToken)
    {
        var profile = await me.ProfileAsync(cancellationToken);
        var leader = profile.TeamId is { } teamId
            ? await db.Set<Team>().AsNoTracking().Where(t => t.Id == teamId && t.TeamLeaderId != null)
                .Join(db.Set<StaffMember>(), t => t.TeamLeaderId, s => s.Id, (_, s) => s).SingleOrDefaultAsync(cancellationToken)
            : null;
        var summary = $"{@case.Reference}: {attempt.Action} of {AuthorityMatrix.Money(attempt.AmountPence)} requested — {attempt.Reason} " +
                      $"Refused: {attempt.Decision}";
        var useLeader = leader is not null && leader.Id != me.Id && attempt.GradeNeeded is { } needed && leader.Grade >= needed;
        return new SuggestedReferral(Referral.Reasons.BeyondAuthority, Referral.Modes.Verbal, useLeader ? leader!.Id : null,
            useLeader ? null : Roles.Manager, useLeader ? leader!.DisplayName : "Managers", summary[..Math.Min(summary.Length, Referral.MaxSummaryLength)],
            attempt.Action, attempt.AmountPence);
    }
}
