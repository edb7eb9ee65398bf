using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance.Changes;

/// <summary>The owner (or a compliance officer) records a review's outcome; when the last review of a requirement is done
/// the requirement is active again.</summary>
public sealed class CompleteReview(FrontlineDbContext db, CurrentStaff current, TimeProvider clock)
{
    public async Task<ChangeReview> ExecuteAsync(Guid id, CompleteReviewRequest request, CancellationToken cancellationToken)
    {
        var review = await db.Set<ChangeReview>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null || (review.OwnerId != current.Id && !current.IsInAnyRole(ComplianceAccess.Officers)))
        {
            throw DomainException.NotFound("review");
        }

        ComplianceAccess.CheckVersion("review", review.Version, request.Version);
        if (!Enum.IsDefined(request.Outcome))
        {
            throw new DomainException("review.outcome", "Choose reviewed-no-change or updated.", DomainErrorKind.Invalid, "outcome");
        }

        review.Complete(request.Outcome, request.Notes, request.NewVersionLink, current.Id, clock.GetUtcNow().UtcDateTime);
        var othersOpen = await db.Set<ChangeReview>().AnyAsync(r => r.RequirementId == review.RequirementId && r.Id != review.Id && r.Status == ReviewStatus.Open,
            cancellationToken);
        if (!othersOpen)
        {
            var requirement = await db.Set<Requirement>().SingleOrDefaultAsync(r => r.Id == review.RequirementId, cancellationToken);
            if (requirement is { Status: RequirementStatus.UnderReview })
            {
                requirement.Status = RequirementStatus.Active;
                requirement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
