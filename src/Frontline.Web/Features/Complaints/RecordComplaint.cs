using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Complaints;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Records a complaint (from any channel, or in one step from a contact or case) and computes its clocks from
/// the rule pack and the calendar of the division that received it.
/// </summary>
public sealed class RecordComplaint(FrontlineDbContext db, CurrentStaff me, ComplaintReferenceData reference, BusinessCalendars calendars,
    TimeProvider clock)
{
    /// <summary>Leeway for clocks of other systems a little ahead of ours.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(2);

    public async Task<Complaint> ExecuteAsync(CreateComplaintRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var receivedAt = request.ReceivedAt ?? now;
        if (receivedAt > now + FutureTolerance)
        {
            throw new DomainException("complaint.received-in-future", "The time of receipt cannot be in the future.", DomainErrorKind.Invalid, "receivedAt");
        }

        var config = await reference.GetAsync(cancellationToken);
        var pack = config.RequirePack(request.RulePack ?? config.Settings.DefaultRulePackId);
        var division = pack.Division;
        if (request.Division is not null && !CalendarDivisions.TryParse(request.Division, out division))
        {
            throw new DomainException("complaint.division-unknown", "Use england-and-wales, scotland or northern-ireland.", DomainErrorKind.Invalid, "division");
        }

        var complainant = ComplainantType.Consumer;
        if (request.ComplainantType is not null && !ComplaintNames.TryParse(request.ComplainantType, out complainant))
        {
            throw new DomainException("complaint.complainant-type-unknown",
                $"Use one of: {string.Join(", ", Enum.GetValues<ComplainantType>().Select(ComplaintNames.Slug))}.", DomainErrorKind.Invalid, "complainantType");
        }

        var customerId = request.CustomerId!.Value;
        var contactId = request.ContactId;
        var caseId = request.CaseId;
        await CheckReferencesAsync(customerId, contactId, caseId, cancellationToken);

        var profile = await me.ProfileAsync(cancellationToken);
        var complaint = new Complaint
        {
            CustomerId = customerId,
            ComplainantType = complainant,
            ThirdPartyName = CardNumberRedactor.Redact(request.ThirdPartyName?.Trim()),
            ReceivedAt = receivedAt.UtcDateTime,
            Division = division.Slug(),
            Channel = config.RequireCode(TaxonomyKinds.Channel, request.Channel, "channel")!,
            Description = CardNumberRedactor.Redact(request.Description.Trim())!,
            AboutKind = CheckAboutKind(request.AboutKind),
            AboutDetail = CardNumberRedactor.Redact(request.AboutDetail?.Trim()),
            ProductGroup = config.RequireCode(TaxonomyKinds.ProductGroup, request.ProductGroup, "productGroup"),
            CauseCategory = config.RequireCode(TaxonomyKinds.Cause, request.CauseCategory, "causeCategory"),
            RulePackId = pack.Id,
            IsVulnerable = request.IsVulnerable ?? false,
            ContactId = contactId,
            CaseId = caseId,
            TeamId = profile.TeamId,
            HandlerId = me.IsInRole(Roles.ComplaintsHandler) ? profile.Id : null,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        var calendar = await calendars.GetAsync(division, cancellationToken);
        var clocks = ComplaintClockCalculator.Calculate(pack with { Division = division }, calendar, receivedAt);
        complaint.ApplyClocks(clocks, ComplaintClockCalculator.SummaryResolutionDeadline(pack, clocks));
        db.Set<Complaint>().Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    public static readonly IReadOnlyList<string> AboutKinds = ["contact", "product", "service", "colleague"];

    public static string CheckAboutKind(string? kind)
    {
        var value = string.IsNullOrWhiteSpace(kind) ? "service" : kind.Trim().ToLowerInvariant();
        return AboutKinds.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new DomainException("complaint.about-unknown", "A complaint is about a contact, a product, a service or a colleague.", DomainErrorKind.Invalid, "aboutKind");
    }

    private async Task CheckReferencesAsync(Guid customerId, Guid? contactId, Guid? caseId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            throw new DomainException("complaint.customer-unknown", "There is no customer with this id.", DomainErrorKind.Invalid, "customerId");
        }

        if (contactId is { } contact && !await db.Set<Contact>().AnyAsync(c => c.Id == contact, cancellationToken))
        {
            throw new DomainException("complaint.contact-unknown", "There is no contact with this id.", DomainErrorKind.Invalid, "contactId");
        }

        if (caseId is { } @case && !await db.Set<Case>().AnyAsync(c => c.Id == @case, cancellationToken))
        {
            throw new DomainException("complaint.case-unknown", "There is no case with this id.", DomainErrorKind.Invalid, "caseId");
        }
    }
}
