using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// Invites the customer of a closed contact or case to a survey: records the invitation (the survey outbox) and
/// answers its signed, expiring link. Customers are not staff, so this does not go through staff notifications:
/// with <c>email</c> the invitation waits in the outbox for e-mail delivery, otherwise the link is shown to pass on.
/// </summary>
public sealed class InviteToSurvey(FrontlineDbContext db, ContactDirectory contacts, CaseDirectory cases, CustomerDirectory customers,
    SurveyLinkKeys keys, TimeProvider clock)
{
    public async Task<(SurveyInvitation Invitation, string Token)> ExecuteAsync(Guid surveyId, InviteRequest request, CancellationToken cancellationToken)
    {
        var survey = await db.Set<Survey>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken) ?? throw DomainException.NotFound("survey");
        if (!survey.IsActive)
        {
            throw new DomainException("survey.inactive", "This survey is no longer in use.", DomainErrorKind.Conflict);
        }

        if ((request.ContactId is null) == (request.CaseId is null))
        {
            throw new DomainException("invitation.subject", "Invite about either a contact or a case.", DomainErrorKind.Invalid, "contactId");
        }

        Guid? customerId, agentId, teamId, caseId = request.CaseId;
        if (request.ContactId is { } contactId)
        {
            // Through the Cases module: out of the caller's scope is not found.
            var contact = await contacts.GetAsync(contactId, cancellationToken);
            if (contact.EndedAt is null)
            {
                throw new DomainException("invitation.open-contact", "Invite the customer once the contact has ended.", DomainErrorKind.Conflict, "contactId");
            }

            (customerId, agentId, teamId, caseId) = (contact.CustomerId, contact.AgentId, contact.TeamId, contact.CaseId);
        }
        else
        {
            var @case = await cases.FindInScopeAsync(request.CaseId!.Value, false, cancellationToken);
            if (@case.ClosedAt is null && @case.ResolvedAt is null)
            {
                throw new DomainException("invitation.open-case", "Invite the customer once the case is resolved or closed.", DomainErrorKind.Conflict, "caseId");
            }

            (customerId, agentId, teamId) = (@case.CustomerId, @case.OwnerId, @case.TeamId);
        }

        string? email = null;
        if (request.Email)
        {
            email = customerId is { } c ? (await customers.GetAsync(c, cancellationToken)).Email : null;
            if (string.IsNullOrWhiteSpace(email))
            {
                throw new DomainException("invitation.no-email", "The customer has no e-mail address on record: show them the link instead.", DomainErrorKind.Invalid, "email");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new SurveyInvitation
        {
            SurveyId = survey.Id,
            ContactId = request.ContactId,
            CaseId = caseId,
            CustomerId = customerId,
            AgentId = agentId,
            TeamId = teamId,
            Email = email,
            Delivery = email is null ? InvitationDelivery.Link : InvitationDelivery.EmailQueued,
            NextAttemptAt = email is null ? null : now,
            CreatedAt = now,
            ExpiresAt = survey.LinkExpiry(now),
        };
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, SurveyLink.Sign(invitation.Id, invitation.ExpiresAt, await keys.GetAsync(cancellationToken)));
    }
}
