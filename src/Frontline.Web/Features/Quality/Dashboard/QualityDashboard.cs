using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Domain.Quality;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Quality.Sampling;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Dashboard;

/// <summary>
/// The quality dashboard: every figure is a SQL aggregate over the submitted evaluations (and answers, disputes,
/// responses) of the period in the caller's scope — analysts and managers the centre, team leaders their teams,
/// agents their own — so a quarter of a million evaluations is never loaded row by row.
/// </summary>
public sealed class QualityDashboard(FrontlineDbContext db, CurrentStaff me, EvaluatorAlignment alignment, SamplingDirectory sampling)
{
    public static DashboardFilter Parse(string? from, string? to, Guid? teamId, Guid? agentId, Guid? scorecardId, string? band, int? year, int? month, DateOnly today)
    {
        static DateOnly? Date(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
            : throw new DomainException("dashboard.date", "Use dates as YYYY-MM-DD.", DomainErrorKind.Invalid, field);
        var end = Date(to, "to") ?? today;
        var start = Date(from, "from") ?? end.AddMonths(-3).AddDays(1);
        if (start > end || end.DayNumber - start.DayNumber > 800)
        {
            throw new DomainException("dashboard.period", "The period must start before it ends and be at most two years.", DomainErrorKind.Invalid, "from");
        }

        return new DashboardFilter(start, end, teamId, agentId, scorecardId, band, year, month);
    }

    private async Task<(IQueryable<Evaluation> Query, string Scope)> ScopedAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var fromUtc = UkTime.ToInstant(filter.From, TimeOnly.MinValue).UtcDateTime;
        var toUtc = UkTime.ToInstant(filter.To.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var query = db.Set<Evaluation>().AsNoTracking().Where(e => e.SubmittedAt != null && e.SubmittedAt >= fromUtc && e.SubmittedAt < toUtc);
        var scope = await me.ScopeAsync(cancellationToken);
        var label = "the whole centre";
        if (!scope.All)
        {
            if (me.IsInRole(Roles.TeamLeader))
            {
                var teams = scope.TeamIds.ToList();
                var mine = scope.StaffId;
                query = query.Where(e => (e.TeamId != null && teams.Contains(e.TeamId.Value)) || e.AgentId == mine);
                label = "your teams";
            }
            else
            {
                // An agent sees their own scores and trend.
                var mine = scope.StaffId;
                query = query.Where(e => e.AgentId == mine);
                label = "your own evaluations";
            }
        }

        if (filter.TeamId is { } team)
        {
            query = query.Where(e => e.TeamId == team);
        }

        if (filter.AgentId is { } agent)
        {
            query = query.Where(e => e.AgentId == agent);
        }

        if (filter.ScorecardId is { } scorecard)
        {
            query = query.Where(e => e.ScorecardId == scorecard);
        }

        if (filter.Band is { Length: > 0 } band)
        {
            query = query.Where(e => e.Band == band);
        }

        if (filter.Year is { } year && filter.Month is { } month)
        {
            query = query.Where(e => e.SubmittedAt!.Value.Year == year && e.SubmittedAt!.Value.Month == month);
        }

        return (query, label);
    }

    public async Task<DashboardFigures> ComputeAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var (evaluations, scopeLabel) = await ScopedAsync(filter, cancellationToken);
        var scope = await me.ScopeAsync(cancellationToken);

        var bands = await evaluations.GroupBy(e => e.Band).Select(g => new { Band = g.Key, Count = g.Count(), Sum = g.Sum(e => (double)e.Score!.Value) })
            .ToListAsync(cancellationToken);
        var total = bands.Sum(b => b.Count);
        var bandCounts = ScoreBands.All.ToDictionary(b => b, b => bands.Where(x => x.Band == b).Sum(x => x.Count), StringComparer.Ordinal);

        var byMonth = (await evaluations.GroupBy(e => new { e.SubmittedAt!.Value.Year, e.SubmittedAt!.Value.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Average = g.Average(e => (double)e.Score!.Value) }).ToListAsync(cancellationToken))
            .OrderBy(m => m.Year).ThenBy(m => m.Month)
            .Select(m => new ScoreLine($"{m.Year:D4}-{m.Month:D2}", new DateOnly(m.Year, m.Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                m.Count, Round(m.Average))).ToList();

        var byAgent = await evaluations.GroupBy(e => new { e.AgentId, e.Band }).Select(g => new { g.Key.AgentId, g.Key.Band, Count = g.Count(), Sum = g.Sum(e => (double)e.Score!.Value) })
            .ToListAsync(cancellationToken);
        var byTeam = await evaluations.GroupBy(e => new { e.TeamId, e.Band }).Select(g => new { g.Key.TeamId, g.Key.Band, Count = g.Count(), Sum = g.Sum(e => (double)e.Score!.Value) })
            .ToListAsync(cancellationToken);
        var byScorecard = await evaluations.GroupBy(e => e.ScorecardId).Select(g => new { Id = g.Key, Count = g.Count(), Average = g.Average(e => (double)e.Score!.Value) })
            .ToListAsync(cancellationToken);

        var names = await QualityOpsAccess.NamesAsync(db, byAgent.Select(a => a.AgentId), cancellationToken);
        var teamIds = byTeam.Where(t => t.TeamId != null).Select(t => t.TeamId!.Value).Distinct().ToList();
        var teamNames = await db.Set<Team>().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var scorecardIds = byScorecard.Select(s => s.Id).ToList();
        var scorecardNames = await db.Set<Scorecard>().AsNoTracking().Where(s => scorecardIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        // Lowest-scoring criteria: the answers (not n/a) of the evaluations in scope, by criterion across versions.
        var answers = evaluations.SelectMany(e => e.Answers).Where(a => !a.NotApplicable && a.Points != null && a.MaxPoints > 0);
        var criteria = await answers.GroupBy(a => a.CriterionKey)
            .Select(g => new { Key = g.Key, Count = g.Count(), Average = g.Average(a => (double)a.Points!.Value / a.MaxPoints) })
            .OrderBy(c => c.Average).Take(10).ToListAsync(cancellationToken);
        var keys = criteria.Select(c => c.Key).ToList();
        var criterionTexts = await (from c in db.Set<ScorecardCriterion>().AsNoTracking()
                                    join s in db.Set<ScorecardSection>().AsNoTracking() on c.SectionId equals s.Id
                                    join v in db.Set<ScorecardVersion>().AsNoTracking() on s.VersionId equals v.Id
                                    join sc in db.Set<Scorecard>().AsNoTracking() on v.ScorecardId equals sc.Id
                                    where keys.Contains(c.Key)
                                    select new { c.Key, c.Text, sc.Name, v.Number }).ToListAsync(cancellationToken);
        // A criterion keeps its key across versions: name it by its latest wording.
        var criterionText = criterionTexts.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Number).Select(c => (c.Text, c.Name)).First());

        // Critical failures by kind: critical criteria answered 0 points.
        var critical = await (from a in answers
                              join c in db.Set<ScorecardCriterion>().AsNoTracking() on a.CriterionId equals c.Id
                              where c.Critical != null && a.Points == 0
                              group a by c.Critical into g
                              select new { Kind = g.Key, Evaluations = g.Select(a => a.EvaluationId).Distinct().Count() }).ToListAsync(cancellationToken);

        var disputes = await evaluations.SelectMany(e => e.Disputes).GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var disputed = await evaluations.CountAsync(e => e.Disputes.Any(), cancellationToken);

        var alignmentRows = scope.All || me.IsInRole(Roles.TeamLeader)
            ? (await alignment.ForPeriodAsync(filter.From, filter.To, null, cancellationToken))
                .Select(r => new AlignmentLine(r.EvaluatorId, r.Name, r.Sessions, r.MeanAbsoluteDeviation, r.CriteriaAgreementPercent)).ToList()
            : [];

        var coverage = new List<CoverageFigure>();
        if (scope.All || me.IsInRole(Roles.TeamLeader))
        {
            foreach (var plan in (await sampling.PlansAsync(cancellationToken)).Where(p => scope.All || p.TeamIds.Any(scope.TeamIds.Contains)).Take(20))
            {
                var c = await sampling.CoverageAsync(plan.Id, cancellationToken);
                coverage.Add(new CoverageFigure(plan.Id, plan.Name, c.Total.Assigned, c.Total.Done, c.Total.Overdue));
            }
        }

        var (feedbackByAgent, feedbackByTeam) = await FeedbackAsync(filter, scope, cancellationToken);

        return new DashboardFigures(filter.From, filter.To, scopeLabel, total, total == 0 ? null : Round(bands.Sum(b => b.Sum) / total), bandCounts, byMonth,
            byAgent.GroupBy(a => a.AgentId).Select(g => Line(g.Key.ToString(), names.GetValueOrDefault(g.Key, "Unknown"), g.Sum(x => x.Count), g.Sum(x => x.Sum),
                g.ToDictionary(x => x.Band ?? "", x => x.Count, StringComparer.Ordinal))).OrderBy(l => l.AverageScore).ToList(),
            byTeam.GroupBy(t => t.TeamId).Select(g => Line(g.Key?.ToString() ?? "", g.Key is { } t ? teamNames.GetValueOrDefault(t, "Unknown team") : "No team",
                g.Sum(x => x.Count), g.Sum(x => x.Sum), g.ToDictionary(x => x.Band ?? "", x => x.Count, StringComparer.Ordinal))).OrderBy(l => l.AverageScore).ToList(),
            byScorecard.Select(s => new ScoreLine(s.Id.ToString(), scorecardNames.GetValueOrDefault(s.Id, "Scorecard"), s.Count, Round(s.Average))).OrderBy(l => l.AverageScore).ToList(),
            criteria.Select(c => new CriterionLine(c.Key, criterionText.GetValueOrDefault(c.Key).Text ?? "Criterion", criterionText.GetValueOrDefault(c.Key).Name ?? "",
                c.Count, Round(100 * c.Average) ?? 0)).ToList(),
            Enum.GetValues<Criticality>().Select(k => new CriticalLine(k.ToString().ToLowerInvariant(), critical.Where(c => c.Kind == k).Sum(c => c.Evaluations),
                total == 0 ? 0 : Round(100.0 * critical.Where(c => c.Kind == k).Sum(c => c.Evaluations) / total) ?? 0)).ToList(),
            new DisputeFigures(total, disputed, total == 0 ? 0 : Round(100.0 * disputed / total) ?? 0,
                disputes.ToDictionary(d => d.Status.ToString().ToLowerInvariant(), d => d.Count, StringComparer.Ordinal)),
            alignmentRows, coverage, feedbackByAgent, feedbackByTeam);
    }

    private static ScoreLine Line(string key, string label, int count, double sum, IReadOnlyDictionary<string, int> bands) =>
        new(key, label, count, count == 0 ? null : Round(sum / count), bands);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private async Task<(List<FeedbackLine> ByAgent, List<FeedbackLine> ByTeam)> FeedbackAsync(DashboardFilter filter, TeamScope scope, CancellationToken cancellationToken)
    {
        var fromUtc = UkTime.ToInstant(filter.From, TimeOnly.MinValue).UtcDateTime;
        var toUtc = UkTime.ToInstant(filter.To.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var responses = db.Set<SurveyResponse>().AsNoTracking().Where(r => r.RespondedAt >= fromUtc && r.RespondedAt < toUtc);
        if (!scope.All)
        {
            var teams = scope.TeamIds.ToList();
            var mine = scope.StaffId;
            responses = me.IsInRole(Roles.TeamLeader)
                ? responses.Where(r => (r.TeamId != null && teams.Contains(r.TeamId.Value)) || r.AgentId == mine)
                : responses.Where(r => r.AgentId == mine);
        }

        if (filter.TeamId is { } team)
        {
            responses = responses.Where(r => r.TeamId == team);
        }

        if (filter.AgentId is { } agent)
        {
            responses = responses.Where(r => r.AgentId == agent);
        }

        var byAgent = await responses.Where(r => r.AgentId != null).GroupBy(r => r.AgentId!.Value).Select(g => new
        {
            Key = g.Key, Count = g.Count(), Csat = g.Average(r => (double?)r.Csat),
            NpsCount = g.Count(r => r.Nps != null), Promoters = g.Count(r => r.Nps >= 9), Detractors = g.Count(r => r.Nps <= 6),
        }).ToListAsync(cancellationToken);
        var byTeam = await responses.Where(r => r.TeamId != null).GroupBy(r => r.TeamId!.Value).Select(g => new
        {
            Key = g.Key, Count = g.Count(), Csat = g.Average(r => (double?)r.Csat),
            NpsCount = g.Count(r => r.Nps != null), Promoters = g.Count(r => r.Nps >= 9), Detractors = g.Count(r => r.Nps <= 6),
        }).ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, byAgent.Select(a => a.Key), cancellationToken);
        var teamIds = byTeam.Select(t => t.Key).ToList();
        var teamNames = await db.Set<Team>().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        static int? Nps(int count, int promoters, int detractors) => count == 0 ? null : (int)Math.Round(100.0 * (promoters - detractors) / count, MidpointRounding.AwayFromZero);
        return (
            byAgent.Select(a => new FeedbackLine(a.Key.ToString(), names.GetValueOrDefault(a.Key, "Unknown"), a.Count, Round(a.Csat), Nps(a.NpsCount, a.Promoters, a.Detractors)))
                .OrderBy(l => l.AverageCsat).ToList(),
            byTeam.Select(t => new FeedbackLine(t.Key.ToString(), teamNames.GetValueOrDefault(t.Key, "Unknown team"), t.Count, Round(t.Csat), Nps(t.NpsCount, t.Promoters, t.Detractors)))
                .OrderBy(l => l.AverageCsat).ToList());
    }

    /// <summary>The evaluations behind a figure (newest first), for the drill-down list and its exports.</summary>
    public async Task<List<EvaluationRow>> EvaluationsAsync(DashboardFilter filter, int limit, CancellationToken cancellationToken)
    {
        var (evaluations, _) = await ScopedAsync(filter, cancellationToken);
        var rows = await (from e in evaluations
                          join s in db.Set<Scorecard>().AsNoTracking() on e.ScorecardId equals s.Id
                          orderby e.SubmittedAt descending
                          select new { e.Id, e.SubmittedAt, e.AgentId, e.TeamId, s.Name, e.ScorecardVersionNumber, e.Score, e.ScoreBeforeCritical, e.Band, e.CriticalFailed, e.EvaluatorId })
            .Take(Math.Clamp(limit, 1, 100_000)).ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, rows.SelectMany(r => new[] { r.AgentId, r.EvaluatorId }), cancellationToken);
        var teamIds = rows.Where(r => r.TeamId != null).Select(r => r.TeamId!.Value).Distinct().ToList();
        var teams = await db.Set<Team>().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return rows.Select(r => new EvaluationRow(r.Id, QualityOpsAccess.Instant(r.SubmittedAt!.Value), r.AgentId, names.GetValueOrDefault(r.AgentId), r.TeamId,
            r.TeamId is { } t ? teams.GetValueOrDefault(t) : null, r.Name, r.ScorecardVersionNumber, r.Score, r.ScoreBeforeCritical, r.Band, r.CriticalFailed.Count,
            r.EvaluatorId, names.GetValueOrDefault(r.EvaluatorId))).ToList();
    }
}
