using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>Reads plans and coaching records within the visibility rule (person, team leader, line manager, trainers, managers; others 404).</summary>
public sealed class PlanDirectory(FrontlineDbContext db, DevelopmentScope scope)
{
    public async Task<List<PlanSummary>> ListAsync(Guid staffId, CancellationToken cancellationToken)
    {
        await scope.PersonAsync(staffId, cancellationToken);
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Include(p => p.Activities).Where(p => p.StaffId == staffId)
            .OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        return plans.ConvertAll(p => new PlanSummary(p.Id, p.Title, p.Status, p.Activities.Count, p.Activities.Count(a => a.Status == ActivityStatus.Done),
            p.StartsOn, p.EndsOn, p.Version));
    }

    public async Task<PlanView> GetAsync(Guid staffId, Guid planId, CancellationToken cancellationToken)
    {
        var person = await scope.PersonAsync(staffId, cancellationToken);
        var plan = await db.Set<DevelopmentPlan>().AsNoTracking().Include(p => p.Activities).SingleOrDefaultAsync(p => p.Id == planId && p.StaffId == staffId, cancellationToken)
            ?? throw DomainException.NotFound("plan");
        var sessions = await db.Set<CoachingSession>().AsNoTracking().Where(c => c.PlanId == planId).OrderByDescending(c => c.HeldOn).ToListAsync(cancellationToken);
        var ids = plan.Activities.Select(a => a.OwnerId).Concat(sessions.Select(s => s.CoachId)).Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var supports = DevelopmentVisibility.Supports(await scope.ViewerAsync(cancellationToken), person);
        return new PlanView(plan.Id, person.Id, person.DisplayName, plan.Title, plan.Status, plan.Objectives,
            [.. plan.Activities.OrderBy(a => a.StartsOn).ThenBy(a => a.Title, StringComparer.Ordinal).Select(a => new ActivityView(a.Id, a.Method, a.Title, a.OwnerId,
                names.GetValueOrDefault(a.OwnerId, "?"), a.StartsOn, a.EndsOn, a.Status, a.Notes))],
            plan.NeedIds, plan.StartsOn, plan.EndsOn, [.. sessions.Select(s => Coaching(s, names.GetValueOrDefault(s.CoachId, "?")))], plan.CreatedById, plan.CreatedAt,
            plan.Version, supports);
    }

    public static CoachingView Coaching(CoachingSession s, string coachName) => new(s.Id, s.PlanId, s.StaffId, s.CoachId, coachName, s.ActivityId, s.HeldOn,
        s.Discussed, [.. s.EvidenceReviewed.Select(e => new ReviewedRecordView(e.Kind, e.Id, e.Link))], s.AgreedActions, s.FollowUpOn, s.RecordedAt,
        s.AcknowledgedAt, s.ColleagueComment, s.Version);

    /// <summary>The plan, tracked, for a change by a supporter (404 outside sight, 403 for the person themselves).</summary>
    public async Task<DevelopmentPlan> LoadForChangeAsync(Guid staffId, Guid planId, CancellationToken cancellationToken)
    {
        await scope.SupportedPersonAsync(staffId, cancellationToken);
        return await db.Set<DevelopmentPlan>().Include(p => p.Activities).SingleOrDefaultAsync(p => p.Id == planId && p.StaffId == staffId, cancellationToken)
            ?? throw DomainException.NotFound("plan");
    }
}
