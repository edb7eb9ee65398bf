using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Sampling;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Sampling;

/// <summary>Creates a spot-check plan; teams, people and evaluators must exist.</summary>
public sealed class CreateSamplingPlan(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<SamplingPlan> ExecuteAsync(CreatePlanRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var teams = (request.TeamIds ?? []).Distinct().ToList();
        var people = (request.PersonIds ?? []).Distinct().ToList();
        var evaluators = (request.EvaluatorIds ?? []).Distinct().ToList();
        var filters = request.Filters ?? new SamplingFilters();
        SamplingPlan.Check(request.Name, teams, people, request.PerPersonPerPeriod, evaluators, filters, request.NewStarterWeeks, request.NewStarterExtra,
            request.DueWithinBusinessDays);
        if (await db.Set<Team>().CountAsync(t => teams.Contains(t.Id), cancellationToken) != teams.Count)
        {
            throw new DomainException("plan.team", "One of the teams does not exist.", DomainErrorKind.Invalid, "teamIds");
        }

        var staff = people.Concat(evaluators).Distinct().ToList();
        var known = await db.Set<StaffMember>().AsNoTracking().Where(s => staff.Contains(s.Id) && s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken);
        if (people.Except(known).Any())
        {
            throw new DomainException("plan.person", "One of the people is not an active staff member.", DomainErrorKind.Invalid, "personIds");
        }

        if (evaluators.Except(known).Any())
        {
            throw new DomainException("plan.evaluator", "One of the evaluators is not an active staff member.", DomainErrorKind.Invalid, "evaluatorIds");
        }

        var plan = new SamplingPlan
        {
            Name = request.Name.Trim(),
            TeamIds = teams,
            PersonIds = people,
            PerPersonPerPeriod = request.PerPersonPerPeriod,
            Period = request.Period,
            Filters = filters,
            NewStarterWeeks = request.NewStarterWeeks,
            NewStarterExtra = request.NewStarterExtra,
            EvaluatorIds = evaluators,
            DueWithinBusinessDays = request.DueWithinBusinessDays,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }
}
