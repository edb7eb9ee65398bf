namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>
/// Tells a person about something that concerns them: an inbox entry and, when their preference and the SMTP
/// settings allow, an e-mail. Every module sends through this seam (Quality, Compliance, Performance,
/// Communications, People, Complaints).
/// </summary>
public interface INotifications
{
    /// <summary>
    /// Adds the notification and its outbox row to the caller's unit of work. Nothing is written until the caller
    /// saves, so the message exists if and only if the change that causes it is committed; delivery happens after.
    /// </summary>
    void Queue(NotificationRequest notification);
}

/// <summary>What to tell whom, and why.</summary>
/// <param name="RecipientId">The staff member told.</param>
/// <param name="Kind">A stable kind code (e.g. <c>evaluation-shared</c>, <c>action-overdue</c>); preferences are per kind.</param>
/// <param name="Subject">One line, plain words.</param>
/// <param name="Body">A few sentences, plain text (never card numbers or secrets).</param>
/// <param name="Link">The app path of the record (e.g. <c>/quality/evaluations/{id}</c>), or null.</param>
/// <param name="Reason">The rule that sent it, in the recipient's terms: "you are the agent evaluated".</param>
public sealed record NotificationRequest(Guid RecipientId, string Kind, string Subject, string Body, string? Link, string Reason);
