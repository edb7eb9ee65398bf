using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance.Changes;

/// <summary>Reads the change log: changes coming into force, reviews outstanding (everyone sees their own reviews; officers
/// and managers see all).</summary>
public sealed class ChangeDirectory(FrontlineDbContext db, CurrentStaff current, CompliancePeople people, TimeProvider clock)
{
    private DateOnly Today => UkTime.LocalDate(clock.GetUtcNow());

    private bool SeesAll => current.IsInAnyRole(ComplianceAccess.Officers);

    public async Task<ChangeDashboard> DashboardAsync(CancellationToken cancellationToken)
    {
        var changes = await db.Set<RegulatoryChange>().AsNoTracking().OrderBy(c => c.EffectiveOn).Take(500).ToListAsync(cancellationToken);
        var views = await ViewsAsync(changes, cancellationToken);
        var today = Today;
        var outstanding = views.SelectMany(v => v.Reviews).Where(r => r.Status == ReviewStatus.Open).OrderBy(r => r.DueOn).ToList();
        return new ChangeDashboard([.. views.Where(v => v.EffectiveOn >= today)], [.. views.Where(v => v.EffectiveOn < today).OrderByDescending(v => v.EffectiveOn)],
            outstanding);
    }

    public async Task<ChangeView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var change = await db.Set<RegulatoryChange>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("change");
        return (await ViewsAsync([change], cancellationToken))[0];
    }

    public async Task<List<ReviewView>> ReviewsAsync(ReviewStatus? status, Guid? ownerId, CancellationToken cancellationToken)
    {
        var query = db.Set<ChangeReview>().AsNoTracking();
        if (!SeesAll)
        {
            query = query.Where(r => r.OwnerId == current.Id);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        if (ownerId is { } o)
        {
            query = query.Where(r => r.OwnerId == o);
        }

        var reviews = await query.OrderBy(r => r.DueOn).Take(1000).ToListAsync(cancellationToken);
        return await ReviewViewsAsync(reviews, cancellationToken);
    }

    public async Task<ReviewView> ReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await db.Set<ChangeReview>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return review is not null && (SeesAll || review.OwnerId == current.Id)
            ? (await ReviewViewsAsync([review], cancellationToken))[0]
            : throw DomainException.NotFound("review");
    }

    private async Task<List<ChangeView>> ViewsAsync(List<RegulatoryChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes.Select(c => c.Id).ToList();
        var query = db.Set<ChangeReview>().AsNoTracking().Where(r => ids.Contains(r.ChangeId));
        var allReviews = await query.ToListAsync(cancellationToken);
        var visible = SeesAll ? allReviews : [.. allReviews.Where(r => r.OwnerId == current.Id)];
        var reviewViews = await ReviewViewsAsync(visible, cancellationToken);
        var requirementIds = changes.SelectMany(c => c.RequirementIds).Distinct().ToList();
        var requirements = await db.Set<Requirement>().AsNoTracking().Where(r => requirementIds.Contains(r.Id))
            .Select(r => new StaffRefRequirement(r.Id, r.Citation, r.Title)).ToListAsync(cancellationToken);
        var today = Today;
        return [.. changes.Select(c => new ChangeView(c.Id, c.Source, c.Summary, c.EffectiveOn, c.EffectiveOn <= today,
            [.. requirements.Where(r => c.RequirementIds.Contains(r.Id))], allReviews.Count(r => r.ChangeId == c.Id && r.Status == ReviewStatus.Open),
            allReviews.Count(r => r.ChangeId == c.Id && r.Status != ReviewStatus.Open), [.. reviewViews.Where(r => r.ChangeId == c.Id)], c.CreatedAt, c.Version))];
    }

    private async Task<List<ReviewView>> ReviewViewsAsync(List<ChangeReview> reviews, CancellationToken cancellationToken)
    {
        var names = await people.NamesAsync(reviews.Select(r => (Guid?)r.OwnerId), cancellationToken);
        var changeIds = reviews.Select(r => r.ChangeId).Distinct().ToList();
        var sources = await db.Set<RegulatoryChange>().AsNoTracking().Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Source, cancellationToken);
        var requirementIds = reviews.Select(r => r.RequirementId).Distinct().ToList();
        var citations = await db.Set<Requirement>().AsNoTracking().Where(r => requirementIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Citation, cancellationToken);
        var today = Today;
        return [.. reviews.Select(r => new ReviewView(r.Id, r.ChangeId, sources.GetValueOrDefault(r.ChangeId) ?? "", r.RequirementId,
            citations.GetValueOrDefault(r.RequirementId) ?? "", r.ItemKind, r.ItemReference, r.ItemLabel, r.ItemLink, r.OwnerId, names.GetValueOrDefault(r.OwnerId) ?? "",
            r.DueOn, r.Status, r.IsOverdue(today), r.Notes, r.NewVersionLink, r.CompletedAt, r.Version))];
    }
}
