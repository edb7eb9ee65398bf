using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Analysis;

/// <summary>
/// A reviewer comments on a result's variance from its target and may raise an improvement action from the review (into the
/// one register, with the review as its source): the comment, the value and band as they stood, and the action are saved
/// together or not at all. Reviewers: managers, and team leaders for the results in their scope.
/// </summary>
public sealed class ReviewResult(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, KpiDirectory kpis, KpiCalculator calculator,
    ListResultContacts drillDown, IImprovementActions actions, ReviewDirectory reviews)
{
    public async Task<ReviewView> ExecuteAsync(Guid kpiId, ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kpi = await kpis.LoadAsync(kpiId, cancellationToken);
        var level = request.Level ?? KpiLevel.Centre;
        await drillDown.CheckScopeAsync(level, request.Subject, cancellationToken);
        var comment = KpiReview.CheckedComment(request.Comment);
        var day = request.PeriodStart ?? throw new DomainException("review.period", "Say which period you reviewed (periodStart).", DomainErrorKind.Invalid, "periodStart");
        var start = KpiPeriods.StartOf(day, kpi.Definition.Frequency);
        var end = KpiPeriods.NextStart(start, kpi.Definition.Frequency).AddDays(-1);
        var result = (await calculator.ComputeAsync(kpi, start, end, level, null, cancellationToken)).SingleOrDefault(r => r.Subject == request.Subject)
            ?? throw new DomainException("review.no-result", $"There is no {level.ToString().ToLowerInvariant()} result for the period starting {start:yyyy-MM-dd} to review.",
                DomainErrorKind.Invalid, "periodStart");

        var review = new KpiReview
        {
            KpiId = kpi.Id, PeriodStart = start, Level = level, Subject = request.Subject, Value = result.Value, Band = result.Band, Comment = comment,
            ReviewedById = me.Id, ReviewedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (request.Action is { } action)
        {
            var owner = action.OwnerId is { } o ? await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == o && s.IsActive, cancellationToken) : null;
            if (owner is null)
            {
                throw new DomainException("review.action-owner", "Choose an active colleague to own the action.", DomainErrorKind.Invalid, "action.ownerId");
            }

            review.ActionId = actions.Raise(new RaiseImprovementAction(action.Title?.Trim() ?? "",
                action.Description?.Trim() is { Length: > 0 } d ? d : $"Raised from the review of {kpi.Name} for the period from {start:d MMM yyyy}: {comment}",
                "kpi-review", review.Id.ToString(), $"/performance/kpis/{kpi.Id}?level={level.ToString().ToLowerInvariant()}&from={start:yyyy-MM-dd}&to={end:yyyy-MM-dd}",
                owner.Id, action.DueOn ?? default));
        }

        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return (await reviews.ViewsAsync([review], cancellationToken)).Single();
    }
}
