using Frontline.Data;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>Creates a scorecard as draft version 1 (validated by the domain; nothing saved when it is refused).</summary>
public sealed class CreateScorecard(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<ScorecardView> ExecuteAsync(ScorecardRequest request, CancellationToken cancellationToken)
    {
        var scorecard = Scorecard.Create(request.ToDefinition(), me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(scorecard);
        await db.SaveChangesAsync(cancellationToken);
        return ScorecardDirectory.View(scorecard, scorecard.Latest);
    }
}
