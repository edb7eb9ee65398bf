using System.Linq.Expressions;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Feedback;

/// <summary>How an invitation reaches the customer.</summary>
public enum InvitationDelivery
{
    /// <summary>The link is shown to staff to pass on (read out, pasted into a chat or letter).</summary>
    Link,

    /// <summary>Waiting in the survey outbox for e-mail delivery.</summary>
    EmailQueued,

    /// <summary>Sent by e-mail.</summary>
    Emailed,

    /// <summary>E-mail could not be sent (the reason is kept); the link can still be passed on.</summary>
    EmailFailed,
}

/// <summary>
/// An invitation to answer a survey about one contact or case: the record behind a signed, expiring link. The link
/// is answered once; the response keeps the contact, case and agent so feedback reaches the right person.
/// </summary>
public sealed class SurveyInvitation : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SurveyId { get; init; }

    public Guid? ContactId { get; init; }

    public Guid? CaseId { get; init; }

    public Guid? CustomerId { get; init; }

    public Guid? AgentId { get; init; }

    public Guid? TeamId { get; init; }

    /// <summary>Where the e-mail goes when delivered by e-mail; cleared once sent.</summary>
    [PersonalData]
    public string? Email { get; set; }

    public InvitationDelivery Delivery { get; set; } = InvitationDelivery.Link;

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Made by the automatic invitation run after the contact or case closed (not by a person).</summary>
    public bool Automatic { get; init; }

    /// <summary>E-mail attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next e-mail attempt is due (queued invitations only).</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>Held by the node sending it until then, so two nodes never send one invitation at once.</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>Why the last e-mail attempt failed, or why it was not sent.</summary>
    public string? LastError { get; set; }

    public const int MaxErrorLength = 500;

    public int Version { get; set; }

    public static Expression<Func<SurveyInvitation, bool>> Unanswered => i => i.AnsweredAt == null;

    /// <summary>Why this invitation cannot be answered now, or null when it can.</summary>
    public DomainException? CannotAnswer(DateTime now) =>
        AnsweredAt is not null
            ? new DomainException("survey.answered", "This survey has already been answered. Thank you for your feedback.", DomainErrorKind.Conflict)
            : now >= ExpiresAt
                ? new DomainException("survey.expired", "This survey link has expired.", DomainErrorKind.Invalid)
                : null;
}
