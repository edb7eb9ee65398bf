using Frontline.Data;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>An invited evaluator scores the session's contact blind (every criterion answered; scored by the same rule).</summary>
public sealed class ScoreCalibration(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, CalibrationDirectory sessions, ScorecardDirectory scorecards)
{
    public async Task<CalibrationSession> ExecuteAsync(Guid id, CalibrationScoreRequest request, CancellationToken cancellationToken)
    {
        var session = await sessions.LoadInScopeAsync(id, tracked: true, cancellationToken);
        var version = await scorecards.VersionAsync(session.ScorecardVersionId, cancellationToken);
        session.Score(version, me.Id, EvaluationInput.Answers(request.Answers), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}
