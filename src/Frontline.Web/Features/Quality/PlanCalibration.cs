using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>A lead analyst plans a calibration session on a contact in their scope and invites evaluators (who are notified).</summary>
public sealed class PlanCalibration(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, ContactDirectory contacts, ScorecardDirectory scorecards,
    QualityPeople people, QualityNotices notices)
{
    public async Task<CalibrationSession> ExecuteAsync(PlanCalibrationRequest request, CancellationToken cancellationToken)
    {
        if (request.ContactId is not { } contactId)
        {
            throw new DomainException("calibration.invalid", "Choose the contact to calibrate on.", DomainErrorKind.Invalid, "contactId");
        }

        await contacts.GetAsync(contactId, cancellationToken);
        if (request.ScorecardId is not { } scorecardId)
        {
            throw new DomainException("calibration.invalid", "Choose the scorecard.", DomainErrorKind.Invalid, "scorecardId");
        }

        var version = await scorecards.PublishedAsync(scorecardId, "scorecardId", cancellationToken);
        var invited = (request.EvaluatorIds ?? []).Distinct().ToList();
        var evaluators = (await people.WithRolesAsync(QualityAccess.Evaluators, cancellationToken)).Select(e => e.Id).ToHashSet();
        if (invited.FirstOrDefault(id => !evaluators.Contains(id)) is var stranger && stranger != Guid.Empty)
        {
            throw new DomainException("calibration.invalid", "Invite quality analysts, team leaders or managers only.", DomainErrorKind.Invalid, "evaluatorIds");
        }

        var session = CalibrationSession.Plan(request.Title ?? "", contactId, version, me.Id, invited, clock.GetUtcNow().UtcDateTime);
        foreach (var evaluator in invited.Where(id => id != me.Id))
        {
            notices.Invited(session, evaluator);
        }

        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}
