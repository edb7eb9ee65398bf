using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// A customer answers a survey through its signed link (no sign-in). The token is checked before the database is
/// asked; the invitation must be unanswered and unexpired; the unique index on the invitation makes a second answer
/// fail even when two arrive at once.
/// </summary>
public sealed class AnswerSurvey(FrontlineDbContext db, SurveyLinkKeys keys, TimeProvider clock)
{
    public async Task<(Survey Survey, SurveyInvitation Invitation)> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var (invitationId, expiresAt) = SurveyLink.Verify(token, await keys.GetAsync(cancellationToken));
        var invitation = await db.Set<SurveyInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || Math.Abs((invitation.ExpiresAt - expiresAt).TotalSeconds) >= 1)
        {
            throw SurveyLink.Invalid();
        }

        if (invitation.CannotAnswer(clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            throw refusal;
        }

        var survey = await db.Set<Survey>().AsNoTracking().SingleAsync(s => s.Id == invitation.SurveyId, cancellationToken);
        return (survey, invitation);
    }

    public async Task<SurveyResponse> ExecuteAsync(string token, IReadOnlyDictionary<string, string?> answers, CancellationToken cancellationToken)
    {
        var (survey, invitation) = await OpenAsync(token, cancellationToken);
        var scores = survey.Score(answers);
        var now = clock.GetUtcNow().UtcDateTime;
        var response = new SurveyResponse
        {
            SurveyId = survey.Id,
            InvitationId = invitation.Id,
            ContactId = invitation.ContactId,
            CaseId = invitation.CaseId,
            AgentId = invitation.AgentId,
            TeamId = invitation.TeamId,
            Source = ResponseSource.Link,
            RespondedAt = now,
            Csat = scores.Csat,
            Nps = scores.Nps,
            Effort = scores.Effort,
            Comment = scores.Comment,
            LowScore = survey.IsLow(scores.Csat, scores.Nps),
        };
        db.Add(response);
        var tracked = await db.Set<SurveyInvitation>().SingleAsync(i => i.Id == invitation.Id, cancellationToken);
        tracked.AnsweredAt = now;
        tracked.Email = null; // no longer needed once answered
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index (or the invitation's version) caught a second answer racing this one.
            throw new DomainException("survey.answered", "This survey has already been answered. Thank you for your feedback.", DomainErrorKind.Conflict);
        }

        return response;
    }
}
