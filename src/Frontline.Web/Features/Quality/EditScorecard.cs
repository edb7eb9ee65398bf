using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// Saves a scorecard's draft, or starts a new draft version from the latest one. A published version is never
/// edited: saving when there is no draft makes the next version.
/// </summary>
public sealed class EditScorecard(FrontlineDbContext db, ScorecardDirectory directory, CurrentStaff me, TimeProvider clock)
{
    public async Task<ScorecardView> SaveDraftAsync(Guid id, ScorecardRequest request, CancellationToken cancellationToken)
    {
        var scorecard = await directory.LoadAsync(id, tracked: true, cancellationToken);
        CheckRevision(scorecard, request.Revision);
        var version = scorecard.SaveDraft(request.ToDefinition(), me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ScorecardDirectory.View(scorecard, version);
    }

    public async Task<ScorecardView> NewVersionAsync(Guid id, int? revision, CancellationToken cancellationToken)
    {
        var scorecard = await directory.LoadAsync(id, tracked: true, cancellationToken);
        CheckRevision(scorecard, revision);
        var version = scorecard.NewDraft(me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ScorecardDirectory.View(scorecard, version);
    }

    /// <summary>409 when the edit is based on an older revision (omitted: no check beyond the database's own).</summary>
    public static void CheckRevision(Scorecard scorecard, int? revision)
    {
        if (revision is { } r && r != scorecard.Version)
        {
            throw new DomainException("version.stale",
                $"This scorecard was changed by someone else (revision {scorecard.Version}, yours {r}). Reload and apply your change again.",
                DomainErrorKind.Conflict, "revision");
        }
    }
}
