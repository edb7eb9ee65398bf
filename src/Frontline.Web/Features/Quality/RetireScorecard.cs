using Frontline.Data;

namespace Frontline.Web.Features.Quality;

/// <summary>Retires a scorecard's published version: no new evaluations on it; past ones keep it.</summary>
public sealed class RetireScorecard(FrontlineDbContext db, ScorecardDirectory directory, TimeProvider clock)
{
    public async Task<ScorecardView> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken)
    {
        var scorecard = await directory.LoadAsync(id, tracked: true, cancellationToken);
        EditScorecard.CheckRevision(scorecard, revision);
        var retired = scorecard.Published;
        scorecard.Retire(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ScorecardDirectory.View(scorecard, retired!);
    }
}
