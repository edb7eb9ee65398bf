using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// Supporters change a plan: its title, objectives and status; add an activity; move an activity on (status, notes, end).
/// Every change sends the plan's version (stale → 409) and bumps it.
/// </summary>
public sealed class ChangePlan(FrontlineDbContext db, PlanDirectory plans, TimeProvider clock)
{
    public async Task UpdateAsync(Guid staffId, Guid planId, UpdatePlanRequest request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadForChangeAsync(staffId, planId, cancellationToken);
        DevelopmentRules.EnsureVersion(request.Version, plan.Version, "plan");
        if (request.Title is not null)
        {
            plan.Title = PlanInput.Title(request.Title) ?? throw new DomainException("plan.title-required", "Give the plan a title.", DomainErrorKind.Invalid, "title");
        }

        if (request.Objectives is not null)
        {
            plan.SetObjectives(PlanInput.Objectives(request.Objectives));
        }

        if (request.Status is { } status)
        {
            plan.SetStatus(status);
        }

        await SaveAsync(plan, cancellationToken);
    }

    public async Task<PlanActivity> AddActivityAsync(Guid staffId, Guid planId, AddActivityRequest request, Guid defaultOwner, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadForChangeAsync(staffId, planId, cancellationToken);
        DevelopmentRules.EnsureVersion(request.Version, plan.Version, "plan");
        var owner = await PlanInput.OwnerAsync(db, request.OwnerId ?? defaultOwner, "ownerId", cancellationToken);
        var activity = plan.AddActivity(request.Method ?? throw new DomainException("activity.method-required", "Choose the method.", DomainErrorKind.Invalid, "method"),
            request.Title ?? "", owner, request.StartsOn ?? throw new DomainException("activity.starts-required", "Say when it starts.", DomainErrorKind.Invalid, "startsOn"),
            request.EndsOn, DevelopmentRules.Text(request.Notes, DevelopmentPlan.MaxTextLength, "notes"), "activity");
        db.Add(activity);
        await SaveAsync(plan, cancellationToken);
        return activity;
    }

    public async Task UpdateActivityAsync(Guid staffId, Guid planId, Guid activityId, UpdateActivityRequest request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadForChangeAsync(staffId, planId, cancellationToken);
        DevelopmentRules.EnsureVersion(request.Version, plan.Version, "plan");
        plan.EnsureActive();
        var activity = plan.Activities.SingleOrDefault(a => a.Id == activityId) ?? throw DomainException.NotFound("activity");
        if (request.EndsOn is { } end)
        {
            PlanActivity.CheckDates(activity.StartsOn, end, "activity");
            activity.EndsOn = end;
        }

        activity.Status = request.Status ?? activity.Status;
        if (request.Notes is not null)
        {
            activity.Notes = DevelopmentRules.Text(request.Notes, DevelopmentPlan.MaxTextLength, "notes");
        }

        await SaveAsync(plan, cancellationToken);
    }

    private async Task SaveAsync(DevelopmentPlan plan, CancellationToken cancellationToken)
    {
        plan.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
