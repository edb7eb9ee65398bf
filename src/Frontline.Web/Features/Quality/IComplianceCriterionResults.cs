using Frontline.Data;
using Frontline.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// What Compliance may read from Quality to measure a requirement: how often the scorecard criteria that cite it were
/// passed in submitted evaluations (CC33 3.1). A criterion cites a requirement when its <c>requirement</c> text contains
/// the reference (a citation such as "PCI DSS" or a requirement id). Pass = answered with more than 0 points; n/a is not
/// counted.
/// </summary>
public interface IComplianceCriterionResults
{
    Task<CriterionPassRate> ForRequirementAsync(string reference, DateTime from, DateTime to, CancellationToken cancellationToken);
}

/// <summary>Passed and answered counts, and the failing evaluations (up to 200, newest first) for the drill-down.</summary>
public sealed record CriterionPassRate(int Passed, int Answered, IReadOnlyList<Guid> FailedEvaluations);

public sealed class ComplianceCriterionResults(FrontlineDbContext db) : IComplianceCriterionResults
{
    public async Task<CriterionPassRate> ForRequirementAsync(string reference, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var (start, end) = (from, to);
        var cited = (await db.Set<ScorecardCriterion>().AsNoTracking().Where(c => c.Requirement != null).Select(c => new { c.Id, c.Requirement })
                .ToListAsync(cancellationToken))
            .Where(c => c.Requirement!.Contains(reference, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).ToList();
        if (cited.Count == 0)
        {
            return new CriterionPassRate(0, 0, []);
        }

        var answers = await (from a in db.Set<EvaluationAnswer>().AsNoTracking()
                             join e in db.Set<Evaluation>().AsNoTracking() on a.EvaluationId equals e.Id
                             where cited.Contains(a.CriterionId) && !a.NotApplicable && e.SubmittedAt != null && e.SubmittedAt >= start && e.SubmittedAt < end
                             select new { a.EvaluationId, Passed = a.Points > 0, e.SubmittedAt }).ToListAsync(cancellationToken);
        return new CriterionPassRate(answers.Count(a => a.Passed), answers.Count,
            [.. answers.Where(a => !a.Passed).OrderByDescending(a => a.SubmittedAt).Select(a => a.EvaluationId).Distinct().Take(200)]);
    }
}
