using Frontline.Data;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>Publishes a scorecard's draft (the version published before it is retired; its evaluations keep it).</summary>
public sealed class PublishScorecard(FrontlineDbContext db, ScorecardDirectory directory, CurrentStaff me, TimeProvider clock)
{
    public async Task<ScorecardView> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken)
    {
        var scorecard = await directory.LoadAsync(id, tracked: true, cancellationToken);
        EditScorecard.CheckRevision(scorecard, revision);
        var version = scorecard.Publish(me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ScorecardDirectory.View(scorecard, version);
    }
}
