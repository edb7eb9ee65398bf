using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Complaints;

/// <summary>Edits a complaint's details and findings (outcome, root cause, learning points, eligibility).</summary>
public sealed class UpdateComplaint(FrontlineDbContext db, ComplaintStore store, ComplaintReferenceData reference)
{
    public async Task<Complaint> ExecuteAsync(Guid id, UpdateComplaintRequest request, CancellationToken cancellationToken)
    {
        var complaint = await store.LoadAsync(id, cancellationToken);
        ComplaintStore.CheckVersion(complaint, request.Version);
        complaint.EnsureEditable();
        var config = await reference.GetAsync(cancellationToken);

        if (request.Channel is not null)
        {
            complaint.Channel = config.RequireCode(TaxonomyKinds.Channel, request.Channel, "channel")!;
        }

        if (request.Description is not null)
        {
            complaint.Description = CardNumberRedactor.Redact(request.Description.Trim())!;
        }

        if (request.ProductGroup is not null)
        {
            complaint.ProductGroup = config.RequireCode(TaxonomyKinds.ProductGroup, request.ProductGroup, "productGroup");
        }

        if (request.CauseCategory is not null)
        {
            complaint.CauseCategory = config.RequireCode(TaxonomyKinds.Cause, request.CauseCategory, "causeCategory");
        }

        if (request.RootCause is not null)
        {
            complaint.RootCause = config.RequireCode(TaxonomyKinds.RootCause, request.RootCause, "rootCause");
        }

        if (request.ComplainantType is not null)
        {
            complaint.ComplainantType = ComplaintNames.TryParse<ComplainantType>(request.ComplainantType, out var type) ? type
                : throw new DomainException("complaint.complainant-type-unknown",
                    $"Use one of: {string.Join(", ", Enum.GetValues<ComplainantType>().Select(ComplaintNames.Slug))}.", DomainErrorKind.Invalid, "complainantType");
        }

        if (request.Outcome is not null)
        {
            complaint.Outcome = ComplaintNames.TryParse<ComplaintOutcome>(request.Outcome, out var outcome) ? outcome
                : throw new DomainException("complaint.outcome-unknown", "Use upheld, partially-upheld or not-upheld.", DomainErrorKind.Invalid, "outcome");
        }

        if (request.TimeBarReasons is { } reasons)
        {
            var unknown = reasons.FirstOrDefault(r => !Complaint.TimeBarReasonCodes.Contains(r, StringComparer.Ordinal));
            if (unknown is not null)
            {
                throw new DomainException("complaint.time-bar-unknown", $"'{unknown}' is not a time-bar reason. Use: {string.Join(", ", Complaint.TimeBarReasonCodes)}.",
                    DomainErrorKind.Invalid, "timeBarReasons");
            }

            complaint.TimeBarReasons = [.. reasons.Distinct(StringComparer.Ordinal)];
        }

        if (request.LearningPoints is { } points)
        {
            if (points.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > 500) || points.Count > 20)
            {
                throw new DomainException("complaint.learning-point-invalid", "Learning points are 1–500 characters each, at most 20.", DomainErrorKind.Invalid, "learningPoints");
            }

            complaint.LearningPoints = [.. points.Select(p => CardNumberRedactor.Redact(p.Trim())!)];
        }

        if (request.ThirdPartyName is not null)
        {
            complaint.ThirdPartyName = request.ThirdPartyName.Length == 0 ? null : CardNumberRedactor.Redact(request.ThirdPartyName.Trim());
        }

        if (request.AboutKind is not null)
        {
            complaint.AboutKind = RecordComplaint.CheckAboutKind(request.AboutKind);
        }

        if (request.AboutDetail is not null)
        {
            complaint.AboutDetail = CardNumberRedactor.Redact(request.AboutDetail.Trim());
        }

        complaint.IsVulnerable = request.IsVulnerable ?? complaint.IsVulnerable;
        complaint.ContactId = request.ContactId ?? complaint.ContactId;
        complaint.CaseId = request.CaseId ?? complaint.CaseId;
        complaint.HandlerId = request.HandlerId ?? complaint.HandlerId;
        complaint.Touch(store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }
}
