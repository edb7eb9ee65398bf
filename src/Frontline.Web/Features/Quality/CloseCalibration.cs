using Frontline.Data;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>The lead closes a revealed session with the agreed outcome and notes; the reference (lead's or agreed answers) fixes each deviation.</summary>
public sealed class CloseCalibration(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, CalibrationDirectory sessions, ScorecardDirectory scorecards)
{
    public async Task<CalibrationSession> ExecuteAsync(Guid id, CloseCalibrationRequest request, CancellationToken cancellationToken)
    {
        var session = await sessions.LoadInScopeAsync(id, tracked: true, cancellationToken);
        EvaluationInput.CheckVersion(session.Version, request.Version);
        var version = await scorecards.VersionAsync(session.ScorecardVersionId, cancellationToken);
        session.Close(version, me.Id, EvaluationInput.Answers(request.Answers), request.AgreedOutcome, request.Notes, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}
