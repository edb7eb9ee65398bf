using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// A supporter records a coaching session under a plan (the coach defaults to them); the colleague is asked to
/// acknowledge it. Only the colleague acknowledges, once.
/// </summary>
public sealed class RecordCoachingSession(FrontlineDbContext db, PlanDirectory plans, DevelopmentScope scope, TimeProvider clock, INotifications notifications)
{
    public async Task<CoachingSession> ExecuteAsync(Guid staffId, Guid planId, CoachingRequest request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadForChangeAsync(staffId, planId, cancellationToken);
        plan.EnsureActive();
        var coachId = request.CoachId ?? scope.StaffId;
        if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == coachId && s.IsActive, cancellationToken))
        {
            throw new DomainException("coaching.coach-unknown", "The coach must be an active colleague.", DomainErrorKind.Invalid, "coachId");
        }

        if (request.ActivityId is { } activityId && !plan.Activities.Exists(a => a.Id == activityId))
        {
            throw new DomainException("coaching.activity-unknown", "The activity is not part of this plan.", DomainErrorKind.Invalid, "activityId");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = CoachingSession.Record(plan.Id, plan.StaffId, coachId, request.ActivityId,
            request.HeldOn ?? throw new DomainException("coaching.held-required", "Say when the session was held.", DomainErrorKind.Invalid, "heldOn"),
            DevelopmentRules.Text(request.Discussed, CoachingSession.MaxTextLength, "discussed"), request.EvidenceReviewed ?? [],
            DevelopmentRules.Text(request.AgreedActions, CoachingSession.MaxTextLength, "agreedActions"), request.FollowUpOn, now);
        if (request.ActivityId is { } done && plan.Activities.Single(a => a.Id == done) is { Status: ActivityStatus.Planned } activity)
        {
            activity.Status = ActivityStatus.InProgress;
        }

        db.Add(session);
        notifications.Queue(new NotificationRequest(plan.StaffId, "coaching-recorded", "A coaching session was recorded",
            "Read the record of your coaching session (what was discussed and the actions agreed), then acknowledge it.",
            PlanInput.Link(plan.StaffId, plan.Id), "you were coached"));
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    public async Task<CoachingSession> AcknowledgeAsync(Guid sessionId, AcknowledgeCoachingRequest request, CancellationToken cancellationToken)
    {
        var session = await db.Set<CoachingSession>().SingleOrDefaultAsync(c => c.Id == sessionId, cancellationToken) ?? throw DomainException.NotFound("coaching session");
        await scope.PersonAsync(session.StaffId, cancellationToken);
        if (request.Version is { } version && version != session.Version)
        {
            throw new DomainException("version.stale", "This record was changed by someone else. Reload it.", DomainErrorKind.Conflict);
        }

        session.Acknowledge(scope.StaffId, DevelopmentRules.Text(request.Comment, CoachingSession.MaxTextLength, "comment"), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }
}
