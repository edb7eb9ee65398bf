using Frontline.Data;
using Frontline.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// Each evaluator's alignment with calibration references over time: the mean absolute deviation of their score from
/// the reference score (score points out of 100) and the share of criteria answered as the reference did, over the
/// sessions closed in a period. For the quality dashboard (lower deviation = better aligned).
/// </summary>
public sealed class EvaluatorAlignment(FrontlineDbContext db, QualityPeople people)
{
    /// <param name="from">First day included (UTC date of closing).</param>
    /// <param name="to">Last day included.</param>
    /// <param name="evaluatorId">One evaluator, or everyone when null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<List<EvaluatorAlignmentRow>> ForPeriodAsync(DateOnly from, DateOnly to, Guid? evaluatorId, CancellationToken cancellationToken)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.Set<CalibrationSession>().AsNoTracking()
            .Where(s => s.Status == CalibrationStatus.Closed && s.ClosedAt >= start && s.ClosedAt < end)
            .SelectMany(s => s.Participants.Where(p => p.Deviation != null && (evaluatorId == null || p.EvaluatorId == evaluatorId))
                .Select(p => new { p.EvaluatorId, p.Deviation, p.CriteriaMatched, Criteria = p.Answers }))
            .ToListAsync(cancellationToken);
        var names = await people.NamesAsync(rows.Select(r => (Guid?)r.EvaluatorId), cancellationToken);
        return [.. rows.GroupBy(r => r.EvaluatorId).Select(g =>
        {
            var answered = g.Sum(r => r.Criteria.Count);
            var matched = g.Sum(r => r.CriteriaMatched ?? 0);
            return new EvaluatorAlignmentRow(g.Key, names.GetValueOrDefault(g.Key), g.Count(), CalibrationSession.MeanAbsoluteDeviation(g.Select(r => r.Deviation!.Value)),
                answered == 0 ? null : Math.Round(100m * matched / answered, 1, MidpointRounding.AwayFromZero));
        }).OrderBy(r => r.MeanAbsoluteDeviation).ThenBy(r => r.Name)];
    }
}
