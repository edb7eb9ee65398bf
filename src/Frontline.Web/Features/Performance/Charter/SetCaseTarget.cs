using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Charter;

/// <summary>
/// Sets the first-response and resolution targets for a priority, for every category (the default) or for one category
/// (an override, made on first use). Cases opened from now on get them; open cases keep theirs. Stale revision: 409.
/// </summary>
public sealed class SetCaseTarget(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<CaseTargetView> ExecuteAsync(CaseTargetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var category = string.IsNullOrWhiteSpace(request.Category) ? null : request.Category.Trim();
        if (category is not null && !CaseCategories.IsKnown(category))
        {
            throw new DomainException("case-target.category", $"Category must be one of {string.Join(", ", CaseCategories.All)}.", DomainErrorKind.Invalid, "category");
        }

        var priority = request.Priority ?? throw new DomainException("case-target.priority", "Choose the priority (urgent, high, normal or low).",
            DomainErrorKind.Invalid, "priority");
        var now = clock.GetUtcNow().UtcDateTime;
        var first = request.FirstResponseMinutes ?? 0;
        var resolution = request.ResolutionMinutes ?? 0;
        var target = await db.Set<CaseServiceTarget>().SingleOrDefaultAsync(t => t.Category == category && t.Priority == priority, cancellationToken);
        if (target is null)
        {
            target = CaseServiceTarget.Create(category, priority, first, resolution, me.Id, now);
            db.Add(target);
        }
        else
        {
            ReviseCharterEntry.CheckRevision(target.Version, request.Revision, "service target");
            target.Set(first, resolution, me.Id, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CaseTargetDirectory.View(target);
    }
}
