using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Domain.Quality.Sampling;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Sampling;

/// <summary>
/// Plans, draws, coverage and evaluator queues. An assignment is done when an evaluation linked to it, or any evaluation
/// of its contact, has been submitted: read from the evaluations here, so no other code has to remember to close it.
/// </summary>
public sealed class SamplingDirectory(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<List<PlanView>> PlansAsync(CancellationToken cancellationToken) =>
        (await db.Set<SamplingPlan>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken)).Select(View).ToList();

    public async Task<PlanView> PlanAsync(Guid id, CancellationToken cancellationToken) =>
        View(await db.Set<SamplingPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DomainException.NotFound("sampling plan"));

    public static PlanView View(SamplingPlan p) => new(p.Id, p.Name, p.TeamIds, p.PersonIds, p.PerPersonPerPeriod, p.Period, p.Filters, p.NewStarterWeeks,
        p.NewStarterExtra, p.EvaluatorIds, p.DueWithinBusinessDays, p.IsActive, p.Version);

    private IQueryable<AssignmentRow> Rows(IQueryable<SamplingAssignment> assignments) =>
        from a in assignments
        select new AssignmentRow
        {
            Id = a.Id, PlanId = a.PlanId, DrawId = a.DrawId, ContactId = a.ContactId, AgentId = a.AgentId, EvaluatorId = a.EvaluatorId, DueOn = a.DueOn,
            // Two lookups, each on its own index (an OR of the two made the database scan every evaluation per assignment).
            EvaluationId = db.Set<Evaluation>().Where(e => e.AssignmentId == a.Id && e.SubmittedAt != null).Select(e => (Guid?)e.Id).FirstOrDefault()
                ?? db.Set<Evaluation>().Where(e => e.ContactId == a.ContactId && e.SubmittedAt != null).Select(e => (Guid?)e.Id).FirstOrDefault(),
        };

    private async Task<List<AssignmentView>> ViewsAsync(List<AssignmentRow> rows, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var names = await QualityOpsAccess.NamesAsync(db, rows.SelectMany(r => new[] { r.AgentId, r.EvaluatorId }), cancellationToken);
        var planIds = rows.Select(r => r.PlanId).Distinct().ToList();
        var plans = await db.Set<SamplingPlan>().AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return rows.Select(r => new AssignmentView(r.Id, r.ContactId, r.AgentId, names.GetValueOrDefault(r.AgentId), r.EvaluatorId, names.GetValueOrDefault(r.EvaluatorId),
            r.DueOn, r.EvaluationId is not null, SamplingAssignment.IsOverdue(r.DueOn, r.EvaluationId is not null, today), r.EvaluationId, r.PlanId,
            plans.GetValueOrDefault(r.PlanId))).ToList();
    }

    public async Task<DrawView> DrawAsync(SamplingDraw draw, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.Set<SamplingAssignment>().AsNoTracking().Where(a => a.DrawId == draw.Id))
            .OrderBy(a => a.AgentId).ThenBy(a => a.ContactId).ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, draw.Shortfalls.Select(s => s.AgentId), cancellationToken);
        return new DrawView(draw.Id, draw.PlanId, draw.PeriodStart, draw.PeriodEnd, draw.Seed, QualityOpsAccess.Instant(draw.DrawnAt),
            await ViewsAsync(rows, cancellationToken),
            draw.Shortfalls.Select(s => new ShortfallView(s.AgentId, names.GetValueOrDefault(s.AgentId), s.Wanted, s.Available)).ToList());
    }

    public async Task<DrawView> DrawAsync(Guid planId, Guid drawId, CancellationToken cancellationToken) =>
        await DrawAsync(await db.Set<SamplingDraw>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == drawId && d.PlanId == planId, cancellationToken)
            ?? throw DomainException.NotFound("draw"), cancellationToken);

    /// <summary>The evaluator's assignments: open ones first by due date, then the recently done.</summary>
    public async Task<List<AssignmentView>> QueueAsync(Guid evaluatorId, bool includeDone, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.Set<SamplingAssignment>().AsNoTracking().Where(a => a.EvaluatorId == evaluatorId))
            .OrderBy(a => a.DueOn).Take(2000).ToListAsync(cancellationToken);
        var views = await ViewsAsync(rows, cancellationToken);
        return views.Where(v => includeDone || !v.Done).OrderBy(v => v.Done).ThenBy(v => v.DueOn).ToList();
    }

    public async Task<CoverageView> CoverageAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await db.Set<SamplingPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) ?? throw DomainException.NotFound("sampling plan");
        var today = clock.Today();
        var rows = await Rows(db.Set<SamplingAssignment>().AsNoTracking().Where(a => a.PlanId == planId)).ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, rows.SelectMany(r => new[] { r.AgentId, r.EvaluatorId }), cancellationToken);
        CoverageLine Line(Guid? id, string name, IEnumerable<AssignmentRow> group)
        {
            var list = group.ToList();
            return new CoverageLine(id, name, list.Count, list.Count(r => r.EvaluationId is not null),
                list.Count(r => SamplingAssignment.IsOverdue(r.DueOn, r.EvaluationId is not null, today)));
        }

        var draws = await db.Set<SamplingDraw>().AsNoTracking().Where(d => d.PlanId == planId).OrderByDescending(d => d.PeriodStart).Take(100).ToListAsync(cancellationToken);
        var counts = rows.GroupBy(r => r.DrawId).ToDictionary(g => g.Key, g => g.Count());
        return new CoverageView(plan.Id, plan.Name, Line(null, "All", rows),
            rows.GroupBy(r => r.EvaluatorId).Select(g => Line(g.Key, names.GetValueOrDefault(g.Key, "Unknown"), g)).OrderBy(l => l.Name, StringComparer.Ordinal).ToList(),
            rows.GroupBy(r => r.AgentId).Select(g => Line(g.Key, names.GetValueOrDefault(g.Key, "Unknown"), g)).OrderBy(l => l.Name, StringComparer.Ordinal).ToList(),
            draws.Select(d => new DrawSummary(d.Id, d.PeriodStart, d.PeriodEnd, d.Seed, counts.GetValueOrDefault(d.Id), d.Shortfalls.Count,
                QualityOpsAccess.Instant(d.DrawnAt))).ToList());
    }

    private sealed class AssignmentRow
    {
        public Guid Id { get; init; }

        public Guid PlanId { get; init; }

        public Guid DrawId { get; init; }

        public Guid ContactId { get; init; }

        public Guid AgentId { get; init; }

        public Guid EvaluatorId { get; init; }

        public DateOnly DueOn { get; init; }

        public Guid? EvaluationId { get; init; }
    }
}
