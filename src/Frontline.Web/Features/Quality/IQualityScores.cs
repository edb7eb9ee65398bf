using Frontline.Data;
using Frontline.Domain.Quality;
using Frontline.Domain.Quality.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// What People may read from Quality to judge whether development worked (back-office.md: "People → before/after
/// effectiveness"): an agent's quality scores and customer feedback over windows of time. Quality owns and implements it.
/// </summary>
public interface IQualityScores
{
    /// <summary>
    /// For each window: the agent's submitted evaluations in it (by submission time) and their mean score out of 100; with
    /// <paramref name="criteria"/> (criterion keys or texts, as a skill links them), the percentage of points earned on
    /// those criteria (n/a left out) and the number of evaluations that answered one.
    /// </summary>
    Task<IReadOnlyList<ScoreSample>> EvaluationScoresAsync(IReadOnlyList<AgentWindow> windows, IReadOnlyList<string>? criteria,
        CancellationToken cancellationToken);

    /// <summary>For each window: the agent's survey responses with a CSAT answer (by response time) and their mean CSAT (1–5).</summary>
    Task<IReadOnlyList<ScoreSample>> FeedbackCsatAsync(IReadOnlyList<AgentWindow> windows, CancellationToken cancellationToken);
}

/// <summary>An agent and a span of time, <c>From ≤ t &lt; To</c> (UTC).</summary>
public sealed record AgentWindow(Guid AgentId, DateTime From, DateTime To);

/// <summary>How many observations fell in a window and their mean (null with none).</summary>
public sealed record ScoreSample(int Count, decimal? Mean);

public sealed class QualityScores(FrontlineDbContext db) : IQualityScores
{
    public async Task<IReadOnlyList<ScoreSample>> EvaluationScoresAsync(IReadOnlyList<AgentWindow> windows, IReadOnlyList<string>? criteria,
        CancellationToken cancellationToken)
    {
        var keys = criteria is { Count: > 0 } ? await CriterionKeysAsync(criteria, cancellationToken) : null;
        var result = new List<ScoreSample>(windows.Count);
        foreach (var w in windows)
        {
            var (agent, start, end) = (w.AgentId, w.From, w.To);
            if (keys is null)
            {
                // One aggregate per window, on the (AgentId, SubmittedAt) index; scores are stored as double so SQL can average them.
                var s = await db.Set<Evaluation>().AsNoTracking()
                    .Where(e => e.AgentId == agent && e.SubmittedAt >= start && e.SubmittedAt < end && e.Score != null)
                    .GroupBy(e => 1).Select(g => new { Count = g.Count(), Mean = g.Average(e => (double)e.Score!.Value) }).SingleOrDefaultAsync(cancellationToken);
                result.Add(s is null ? new ScoreSample(0, null) : new ScoreSample(s.Count, Math.Round((decimal)s.Mean, 2)));
                continue;
            }

            var answers = await (from a in db.Set<EvaluationAnswer>().AsNoTracking()
                                 join e in db.Set<Evaluation>().AsNoTracking() on a.EvaluationId equals e.Id
                                 where e.AgentId == agent && e.SubmittedAt >= start && e.SubmittedAt < end && keys.Contains(a.CriterionKey) && !a.NotApplicable
                                 select new { a.EvaluationId, Points = a.Points ?? 0, a.MaxPoints }).ToListAsync(cancellationToken);
            var max = answers.Sum(a => a.MaxPoints);
            result.Add(max == 0
                ? new ScoreSample(0, null)
                : new ScoreSample(answers.Select(a => a.EvaluationId).Distinct().Count(), Math.Round(100m * answers.Sum(a => a.Points) / max, 2)));
        }

        return result;
    }

    public async Task<IReadOnlyList<ScoreSample>> FeedbackCsatAsync(IReadOnlyList<AgentWindow> windows, CancellationToken cancellationToken)
    {
        var result = new List<ScoreSample>(windows.Count);
        foreach (var w in windows)
        {
            var (agent, start, end) = (w.AgentId, w.From, w.To);
            var csat = await db.Set<SurveyResponse>().AsNoTracking()
                .Where(r => r.AgentId == agent && r.RespondedAt >= start && r.RespondedAt < end && r.Csat != null).Select(r => r.Csat!.Value)
                .ToListAsync(cancellationToken);
            result.Add(new ScoreSample(csat.Count, csat.Count == 0 ? null : Math.Round((decimal)csat.Sum() / csat.Count, 2)));
        }

        return result;
    }

    /// <summary>The keys of the criteria named by key or text (case-insensitive), across scorecard versions.</summary>
    private async Task<List<Guid>> CriterionKeysAsync(IReadOnlyList<string> criteria, CancellationToken cancellationToken)
    {
        var named = criteria.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var byKey = named.Select(c => Guid.TryParse(c, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToHashSet();
        var texts = named.Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var all = await db.Set<ScorecardCriterion>().AsNoTracking().Select(c => new { c.Key, c.Text }).Distinct().ToListAsync(cancellationToken);
        return [.. all.Where(c => byKey.Contains(c.Key) || texts.Contains(c.Text.Trim().ToLowerInvariant())).Select(c => c.Key).Distinct()];
    }
}
