using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance.Changes;

/// <summary>
/// Records a regulatory change and flags every item linked to the requirements it adds or changes — each control
/// (procedures, communication policies, templates, scorecard criteria, knowledge articles, rule packs, the ID&amp;V policy,
/// manual controls) — for review, assigned to the requirement's owner (the item's owner in its own module is not
/// exposed yet; without a requirement owner, the person recording the change), due before the change comes into force.
/// Each owner is told, in the same unit of work.
/// </summary>
public sealed class RecordRegulatoryChange(FrontlineDbContext db, CurrentStaff current, INotifications notifications, TimeProvider clock)
{
    public const int DefaultLeadDays = 14;

    public async Task<RegulatoryChange> ExecuteAsync(RecordChangeRequest request, CancellationToken cancellationToken)
    {
        var ids = request.RequirementIds ?? [];
        var now = clock.GetUtcNow();
        var change = RegulatoryChange.Record(request.Source, request.Summary, request.EffectiveOn, ids, current.Id, now.UtcDateTime);
        if (request.ReviewLeadDays is < 1 or > 365)
        {
            throw new DomainException("change.lead-days", "Reviews are due 1 to 365 days before the change comes into force.", DomainErrorKind.Invalid, "reviewLeadDays");
        }

        var requirements = await db.Set<Requirement>().Where(r => change.RequirementIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (requirements.Count != change.RequirementIds.Count)
        {
            throw new DomainException("change.requirement-unknown", "There is no requirement with one of these ids.", DomainErrorKind.Invalid, "requirementIds");
        }

        var due = change.ReviewDueOn(UkTime.LocalDate(now), request.ReviewLeadDays ?? DefaultLeadDays);
        db.Add(change);
        foreach (var requirement in requirements)
        {
            var owner = requirement.OwnerId ?? current.Id;
            var items = requirement.Controls.Count > 0
                ? requirement.Controls
                : [new RequirementControl(ControlKind.Manual, null, $"The requirement itself: {requirement.Citation}", "No controls are linked yet.")];
            foreach (var control in items)
            {
                var review = new ChangeReview
                {
                    ChangeId = change.Id,
                    RequirementId = requirement.Id,
                    ItemKind = control.Kind,
                    ItemReference = control.Reference,
                    ItemLabel = control.Label,
                    ItemLink = control.Link ?? $"/compliance/requirements/{requirement.Id}",
                    OwnerId = owner,
                    DueOn = due,
                };
                db.Add(review);
            }

            notifications.Queue(new NotificationRequest(owner, "change-review", $"Review before {change.EffectiveOn:d MMM yyyy}: {change.Source}",
                $"{change.Source} changes {requirement.Citation}. Review the {items.Count} linked item(s) by {due:d MMM yyyy} and record the outcome.",
                $"/compliance/changes/{change.Id}", "you own a requirement the change affects"));
            requirement.Status = requirement.Status == RequirementStatus.Retired ? RequirementStatus.Retired : RequirementStatus.UnderReview;
            requirement.UpdatedAt = now.UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return change;
    }
}
