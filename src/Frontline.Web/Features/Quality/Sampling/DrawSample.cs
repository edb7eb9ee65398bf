using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Domain.Quality.Sampling;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Quality.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Sampling;

/// <summary>
/// Draws one period's sample for a plan and assigns it. Qualifying contacts come from Cases (and the Customers,
/// Complaints and Feedback filters from their owners); the draw itself is <see cref="SampleDrawer"/>, seeded from the
/// plan and period, so the same plan, period and data give the same contacts. One draw per plan and period.
/// </summary>
public sealed class DrawSample(FrontlineDbContext db, ISamplingContacts contacts, ICustomerSupportNeeds supportNeeds, IComplaintsRaised complaints,
    FeedbackDirectory feedback, BusinessCalendars calendars, QualityNotices notices, TimeProvider clock)
{
    public async Task<SamplingDraw> ExecuteAsync(Guid planId, DrawRequest request, Guid? drawnBy, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var plan = await db.Set<SamplingPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw DomainException.NotFound("sampling plan");
        var (start, end) = plan.PeriodFrom(request.PeriodStart!.Value);
        if (await db.Set<SamplingDraw>().AnyAsync(d => d.PlanId == plan.Id && d.PeriodStart == start, cancellationToken))
        {
            throw new DomainException("draw.exists", "This period has already been drawn for this plan.", DomainErrorKind.Conflict, "periodStart");
        }

        var today = clock.Today();
        if (start > today)
        {
            throw new DomainException("draw.future", "A period can be drawn once it has started.", DomainErrorKind.Invalid, "periodStart");
        }

        // The people covered: members of the plan's teams and the people named, as at the draw.
        var teams = plan.TeamIds;
        var named = plan.PersonIds;
        var people = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.IsActive && ((s.TeamId != null && teams.Contains(s.TeamId.Value)) || named.Contains(s.Id)))
            .Select(s => new { s.Id, s.RolesList, s.CreatedAt }).ToListAsync(cancellationToken);
        // Team members who are agents (a team leader is sampled only when named).
        var covered = people.Where(p => named.Contains(p.Id) || p.RolesList.Split(',').Contains(Roles.Agent, StringComparer.Ordinal)).ToList();
        var wanted = covered.ToDictionary(p => p.Id, p => plan.WantedFor(DateOnly.FromDateTime(p.CreatedAt), start));

        var fromUtc = UkTime.ToInstant(start, TimeOnly.MinValue).UtcDateTime;
        var toUtc = UkTime.ToInstant(end, TimeOnly.MinValue).UtcDateTime;
        var f = plan.Filters;
        var candidates = await contacts.QualifyingAsync(wanted.Keys, fromUtc, toUtc,
            new ContactCriteria(f.Channels, f.Queues, f.Outcomes, f.MinDurationSeconds, f.MaxDurationSeconds), cancellationToken);
        if (f.CustomerHasSupportNeeds)
        {
            var needs = await supportNeeds.WithSupportNeedsAsync(candidates.Where(c => c.CustomerId != null).Select(c => c.CustomerId!.Value).ToList(), cancellationToken);
            candidates = candidates.Where(c => c.CustomerId is { } id && needs.Contains(id)).ToList();
        }

        if (f.ComplaintRaised)
        {
            var raised = await complaints.ContactsWithComplaintsAsync(candidates.Select(c => c.ContactId).ToList(), cancellationToken);
            candidates = candidates.Where(c => raised.Contains(c.ContactId)).ToList();
        }

        if (f.LowFeedbackScore)
        {
            var low = await feedback.LowScoreContactsAsync(candidates.Select(c => c.ContactId).ToList(), cancellationToken);
            candidates = candidates.Where(c => low.Contains(c.ContactId)).ToList();
        }

        var byAgent = candidates.GroupBy(c => c.AgentId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<Guid>)g.Select(c => c.ContactId).ToList());
        var seed = SampleDrawer.SeedFor(plan.Id, start);
        var result = SampleDrawer.Draw(seed, wanted, byAgent, plan.EvaluatorIds);

        var calendar = await calendars.GetAsync(CalendarDivision.EnglandAndWales, cancellationToken);
        // Due N business days after the draw (the scheduled draw runs when the period has ended).
        var dueOn = calendar.AddBusinessDays(calendar.OnOrBefore(today), plan.DueWithinBusinessDays);
        var now = clock.GetUtcNow().UtcDateTime;
        var draw = new SamplingDraw
        {
            PlanId = plan.Id,
            PeriodStart = start,
            PeriodEnd = end.AddDays(-1),
            Seed = seed,
            DrawnAt = now,
            DrawnById = drawnBy,
            Shortfalls = [.. result.Shortfalls],
        };
        db.Add(draw);
        db.AddRange(result.Assignments.Select(a => new SamplingAssignment
        {
            DrawId = draw.Id,
            PlanId = plan.Id,
            ContactId = a.ContactId,
            AgentId = a.AgentId,
            EvaluatorId = a.EvaluatorId,
            DueOn = dueOn,
            AssignedAt = now,
        }));
        foreach (var evaluator in result.Assignments.GroupBy(a => a.EvaluatorId))
        {
            notices.SampleAssigned(evaluator.Key, plan.Name, evaluator.Count(), dueOn);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (plan, period) index: the scheduled draw or another person got there first.
            throw new DomainException("draw.exists", "This period has already been drawn for this plan.", DomainErrorKind.Conflict, "periodStart");
        }

        return draw;
    }
}
