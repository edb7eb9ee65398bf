using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Notifications;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>
/// Writes the inbox entry and its e-mail outbox row into the caller's unit of work: both are saved (or not) with the
/// change that caused them. Whether the e-mail is actually sent (preference, address, SMTP on) is decided at delivery.
/// </summary>
public sealed class Notifications(FrontlineDbContext db, TimeProvider clock) : INotifications
{
    public void Queue(NotificationRequest notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new Notification
        {
            RecipientId = notification.RecipientId,
            Kind = Fit(notification.Kind, Notification.MaxKindLength, "kind"),
            Subject = Fit(CardNumberRedactor.Redact(notification.Subject), Notification.MaxSubjectLength, "subject"),
            Body = Fit(CardNumberRedactor.Redact(notification.Body), Notification.MaxBodyLength, "body"),
            Link = string.IsNullOrWhiteSpace(notification.Link) ? null : Fit(notification.Link, Notification.MaxLinkLength, "link"),
            Reason = Fit(notification.Reason, Notification.MaxReasonLength, "reason"),
            CreatedAt = now,
        };
        db.Add(entry);
        db.Add(new EmailOutboxMessage
        {
            NotificationId = entry.Id,
            RecipientId = entry.RecipientId,
            Kind = entry.Kind,
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }

    private static string Fit(string? value, int max, string field)
    {
        var clean = value?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            throw new ArgumentException($"A notification needs a {field}.", field);
        }

        // Subjects and bodies are written by code, not typed by people: shorten rather than refuse the caller's change.
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max - 1), "…");
    }
}
