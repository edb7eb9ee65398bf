using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Loads complaints within the caller's scope: agents and team leaders see their team's complaints; complaints
/// handlers without a team and the centre-wide roles see all; anything else answers 404.
/// </summary>
public sealed class ComplaintStore(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, IImprovementActions actions)
{
    public async Task<Complaint> LoadAsync(Guid id, CancellationToken cancellationToken, bool withParts = true)
    {
        IQueryable<Complaint> query = db.Set<Complaint>();
        if (withParts)
        {
            query = query.Include(c => c.Options).Include(c => c.Redress).Include(c => c.Referrals)
                .Include(c => c.Letters).AsSplitQuery();
        }

        var complaint = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw DomainException.NotFound("complaint");
        var scope = await ScopeAsync(cancellationToken);
        if (!scope.Includes(complaint.TeamId, complaint.HandlerId) || (complaint.RestrictedUntil is not null && !me.SeesRestrictedRecords))
        {
            throw DomainException.NotFound("complaint");
        }

        return complaint;
    }

    /// <summary>Complaints in the caller's scope.</summary>
    public async Task<IQueryable<Complaint>> ScopedAsync(CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var query = db.Set<Complaint>().AsNoTracking();
        if (scope.All)
        {
            return query;
        }

        var teams = scope.TeamIds.ToList();
        var staffId = scope.StaffId;
        return query.Where(c => (c.TeamId != null && teams.Contains(c.TeamId.Value)) || c.HandlerId == staffId);
    }

    public async Task<TeamScope> ScopeAsync(CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        if (!scope.All && me.IsInRole(Roles.ComplaintsHandler) && scope.TeamIds.Count == 0)
        {
            // A complaints function outside the teams handles complaints from the whole centre.
            return TeamScope.WholeCentre(me.Id);
        }

        return scope;
    }

    public static void CheckVersion(Complaint complaint, int? version)
    {
        if (version is null)
        {
            throw new DomainException("version.required", "Send the version of the complaint you read (body field version or If-Match).",
                DomainErrorKind.Invalid, "version");
        }

        if (version != complaint.Version)
        {
            throw new DomainException("version.stale",
                $"This complaint was changed by someone else (version {complaint.Version}, yours {version}). Reload it and apply your change again.",
                DomainErrorKind.Conflict);
        }
    }

    /// <summary>Forgets tracked changes after a refused action, so a page shows what is stored.</summary>
    public void Detach() => db.ChangeTracker.Clear();

    public DateOnly Today => UkTime.LocalDate(clock.GetUtcNow());

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static bool IsOverdue(Complaint c, DateOnly today) =>
        c.RespondedOn is { } responded ? responded > c.FinalResponseDue : c.IsOpen && today > c.FinalResponseDue;

    /// <summary>The complaint with its remedial actions, which the improvement actions register keeps (source kind complaint).</summary>
    public async Task<ComplaintView> ToViewAsync(Complaint c, CancellationToken cancellationToken)
    {
        var remedial = await actions.ForSourceAsync("complaint", c.Id.ToString(), cancellationToken);
        string? Slug<T>(T? value)
            where T : struct, Enum => value is { } v ? ComplaintNames.Slug(v) : null;
        return new ComplaintView(c.Id, c.Version, c.CustomerId, ComplaintNames.Slug(c.ComplainantType), c.ThirdPartyName, c.ReceivedAt, c.Division,
            c.Channel, c.Description, c.AboutKind, c.AboutDetail, c.ProductGroup, c.CauseCategory, c.RulePackId, c.IsVulnerable, c.ContactId, c.CaseId,
            c.TeamId, c.HandlerId, ComplaintNames.Slug(c.Status), c.SummaryResolutionBy, c.FinalResponseDue, c.FinalResponseAlertDate,
            c.PaymentServicesDay15, c.PaymentServicesDay35, c.OmbudsmanReferralWindowEndsOn, IsOverdue(c, Today), c.AcknowledgedAt,
            c.HoldingResponseAt, c.RespondedAt, c.ClosedAt, c.ReopenedCount, c.OmbudsmanEligible, c.TimeBarReasons, Slug(c.Outcome), c.RootCause,
            c.LearningPoints, c.OmbudsmanReferredAt, c.OmbudsmanOutcome, c.AgreedOptionId, c.AgreedHow, c.AgreedAt, c.RedressTotalPence,
            [.. c.Options.OrderBy(o => o.CreatedAt).Select(o => new OptionView(o.Id, o.Description, o.Advantages, o.Disadvantages, o.CostPence,
                o.BenefitToCustomer, o.WithinAuthority, o.Id == c.AgreedOptionId))],
            [.. c.Redress.OrderBy(r => r.RecordedAt).Select(r => new RedressView(r.Id, ComplaintNames.Slug(r.Type), r.AmountPence, "GBP",
                ComplaintNames.Slug(r.Authority), r.RecordedAt))],
            [.. c.Referrals.OrderBy(r => r.ReferredAt).Select(r => new ReferralView(r.Id, r.ReferredTo, r.Reason, r.ReferredAt, r.RespondedAt))],
            [.. remedial.OrderBy(a => a.DueOn).Select(a => new RemedialActionView(a.Id, a.Title, a.OwnerName, a.DueOn, a.Status == "done" ? a.CompletedAt : null))],
            [.. c.Letters.OrderBy(l => l.IssuedAt).Select(l => new LetterView(l.Id, ComplaintNames.Slug(l.Kind), l.IssuedAt,
                $"/api/v1/complaints/{c.Id}/letters/{l.Id}"))],
            c.CreatedAt);
    }
}
