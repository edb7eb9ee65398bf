using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Domain.Actions;
using Frontline.Domain.People;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Options weighed with their pros and cons, the option agreed with the customer, redress (checked against the
/// authority matrix: above authority is referred, not blocked), and the remedial actions the organisation takes.
/// </summary>
public sealed class PutThingsRight(FrontlineDbContext db, ComplaintStore store, CurrentStaff me, IServiceProvider services, IImprovementActions actions,
    UpdateAction updateAction)
{
    public async Task<(Complaint Complaint, ComplaintOption Option)> AddOptionAsync(Guid id, AddOptionRequest request, CancellationToken cancellationToken)
    {
        var complaint = await LoadEditableAsync(id, request.Version, cancellationToken);
        var decision = await CheckAuthorityAsync("complaint-redress", request.CostPence, cancellationToken);
        var option = new ComplaintOption
        {
            ComplaintId = complaint.Id,
            Description = Clean(request.Description)!,
            Advantages = Clean(request.Advantages),
            Disadvantages = Clean(request.Disadvantages),
            CostPence = request.CostPence,
            BenefitToCustomer = Clean(request.BenefitToCustomer),
            WithinAuthority = decision?.Allowed,
            CreatedAt = store.Now,
        };
        complaint.Options.Add(option);
        db.Set<ComplaintOption>().Add(option);
        complaint.Touch(store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return (complaint, option);
    }

    public async Task<Complaint> AgreeOptionAsync(Guid id, Guid optionId, AgreeOptionRequest request, CancellationToken cancellationToken)
    {
        var complaint = await LoadEditableAsync(id, request.Version, cancellationToken);
        var agreedAt = request.AgreedAt?.UtcDateTime ?? store.Now;
        if (agreedAt > store.Now.AddMinutes(2))
        {
            throw new DomainException("complaint.agreed-in-future", "The agreement cannot be in the future.", DomainErrorKind.Invalid, "agreedAt");
        }

        complaint.AgreeOption(optionId, Clean(request.How)!, agreedAt, store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    public async Task<(Complaint Complaint, ComplaintRedress Redress)> AddRedressAsync(Guid id, AddRedressRequest request, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Currency, "GBP", StringComparison.Ordinal))
        {
            throw new DomainException("redress.currency", "Redress is recorded in pounds sterling (GBP) only.", DomainErrorKind.Invalid, "currency");
        }

        if (!ComplaintNames.TryParse<RedressType>(request.Type, out var type))
        {
            throw new DomainException("redress.type-unknown", $"Use one of: {string.Join(", ", Enum.GetValues<RedressType>().Select(ComplaintNames.Slug))}.",
                DomainErrorKind.Invalid, "type");
        }

        var complaint = await LoadEditableAsync(id, request.Version, cancellationToken);
        var amount = request.AmountPence!.Value;
        var decision = await CheckAuthorityAsync(type == RedressType.Goodwill ? "goodwill-payment" : "complaint-redress", amount, cancellationToken);
        var redress = new ComplaintRedress
        {
            ComplaintId = complaint.Id,
            Type = type,
            AmountPence = amount,
            Authority = decision is null ? AuthorityStatus.Unknown : decision.Allowed ? AuthorityStatus.WithinAuthority : AuthorityStatus.ReferredAboveAuthority,
            RecordedBy = me.Id,
            RecordedAt = store.Now,
        };
        complaint.AddRedress(redress, store.Now);
        db.Set<ComplaintRedress>().Add(redress);
        if (decision is { Allowed: false })
        {
            var referral = new ComplaintReferral
            {
                ComplaintId = complaint.Id,
                FromStaffId = me.Id,
                ReferredTo = decision.GradeNeeded is { } grade ? $"Grade {grade} or above" : Roles.Manager,
                Reason = $"Redress of £{amount / 100m:N2} above authority: {decision.Reason}",
                ReferredAt = store.Now,
            };
            complaint.Referrals.Add(referral);
            db.Set<ComplaintReferral>().Add(referral);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (complaint, redress);
    }

    public async Task<Complaint> RespondToReferralAsync(Guid id, Guid referralId, int? version, CancellationToken cancellationToken)
    {
        var complaint = await LoadEditableAsync(id, version, cancellationToken);
        var referral = complaint.Referrals.SingleOrDefault(r => r.Id == referralId) ?? throw DomainException.NotFound("referral");
        referral.RespondedAt ??= store.Now;
        complaint.Touch(store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    /// <summary>
    /// Raises an improvement action (source kind complaint) in the register. The API names the owner in free text: a member
    /// of staff with that username or display name owns it (and is told); otherwise the name is kept as written.
    /// </summary>
    public async Task<(Complaint Complaint, Guid ActionId)> AddRemedialActionAsync(Guid id, AddRemedialActionRequest request, CancellationToken cancellationToken)
    {
        var complaint = await store.LoadAsync(id, cancellationToken);
        ComplaintStore.CheckVersion(complaint, request.Version);
        // Remedial actions are tracked to done even after the complaint is closed: they fix the cause, not the complaint.
        var owner = Clean(request.Owner)!;
        var ownerKey = owner.ToLowerInvariant();
        var staffId = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.IsActive && (s.Username.ToLower() == ownerKey || s.DisplayName.ToLower() == ownerKey))
            .OrderBy(s => s.Username).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var actionId = actions.Raise(new RaiseImprovementAction(Clean(request.Description)!, null, "complaint", complaint.Id.ToString(),
            $"/complaints/{complaint.Id}", staffId ?? Guid.Empty, request.DueOn!.Value, staffId is null ? owner : null));
        complaint.Touch(store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return (complaint, actionId);
    }

    public async Task<Complaint> CompleteRemedialActionAsync(Guid id, Guid actionId, CompleteRemedialActionRequest request, CancellationToken cancellationToken)
    {
        var complaint = await store.LoadAsync(id, cancellationToken);
        ComplaintStore.CheckVersion(complaint, request.Version);
        if (!await updateAction.CompleteFromSourceAsync(actionId, ActionSourceKind.Complaint, complaint.Id.ToString(), request.Done,
                $"Marked done on complaint {complaint.Id} by {me.Username}.", cancellationToken))
        {
            throw DomainException.NotFound("remedial action");
        }

        complaint.Touch(store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    private async Task<Complaint> LoadEditableAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var complaint = await store.LoadAsync(id, cancellationToken);
        ComplaintStore.CheckVersion(complaint, version);
        complaint.EnsureEditable();
        return complaint;
    }

    /// <summary>The authority matrix's answer, or null when the Cases module that owns it is not installed.</summary>
    private async Task<AuthorityDecision?> CheckAuthorityAsync(string action, long amountPence, CancellationToken cancellationToken) =>
        services.GetService<IAuthorityCheck>() is { } check ? await check.CheckAsync(me.Id, action, amountPence, cancellationToken) : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : CardNumberRedactor.Redact(text.Trim());
}
