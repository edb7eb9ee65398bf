using System.Net.Mail;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>
/// Delivers due outbox e-mails. Each row is claimed with a compare-and-set lease (an UPDATE that succeeds for one node
/// only), sent, and marked under the same lease, so two nodes never send one row at once and a node whose lease ran out
/// cannot overwrite the next node's outcome.
/// </summary>
/// <remarks>
/// Delivery is <b>at least once</b>. A crash after the SMTP server accepted a message but before the row was marked
/// leaves the row leased; when the lease expires it is sent again with the <b>same Message-Id</b> (derived from the
/// row's id), so the duplicate is recognisable to mail systems and to anyone reading the server's log. Losing a message
/// is the worse failure for notices such as "your evaluation was shared" or "this action is overdue". A graceful stop
/// (deploy, restart) finishes the message in hand and marks it: a send that was accepted is always marked, because the
/// mark is not cancelled by the stop.
/// </remarks>
public sealed class NotificationDelivery(FrontlineDbContext db, IEmailSender sender, IOptionsMonitor<SmtpOptions> smtp,
    IOptionsMonitor<NotificationOptions> options, TimeProvider clock, ILogger<NotificationDelivery> logger)
{
    public const string SkippedOff = "E-mail is off: no SMTP host is configured.";
    public const string SkippedPreference = "The recipient turned e-mail off for this kind of notification.";
    public const string SkippedNoAddress = "The recipient has no e-mail address or has left.";

    /// <summary>Sends what is due now; returns how many rows were settled (delivered, skipped, failed or rescheduled).</summary>
    public async Task<int> DeliverDueAsync(CancellationToken stopping)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<EmailOutboxMessage>().AsNoTracking()
            .Where(m => m.Status == EmailStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(settings.BatchSize).ToListAsync(stopping);
        var settled = 0;
        foreach (var id in due)
        {
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            if (await DeliverAsync(id, settings, stopping))
            {
                settled++;
            }
        }

        return settled;
    }

    private async Task<bool> DeliverAsync(Guid id, NotificationOptions settings, CancellationToken stopping)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = OutboxAttempts.NewLease(now, settings.LeaseSeconds);
        var claimed = await db.Set<EmailOutboxMessage>()
            .Where(m => m.Id == id && m.Status == EmailStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, lease), stopping);
        if (claimed == 0)
        {
            return false; // another node has it
        }

        var row = await (
                from m in db.Set<EmailOutboxMessage>().AsNoTracking()
                where m.Id == id
                join n in db.Set<Notification>() on m.NotificationId equals n.Id
                join s in db.Set<StaffMember>() on m.RecipientId equals s.Id into people
                from s in people.DefaultIfEmpty()
                select new { m.Attempts, m.Kind, n.Subject, n.Body, n.Link, n.Reason, Name = s == null ? null : s.DisplayName, Email = s == null ? null : s.Email, Active = s != null && s.IsActive, m.RecipientId })
            .SingleAsync(CancellationToken.None);
        var wantsEmail = await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.StaffId == row.RecipientId && p.Kind == row.Kind).Select(p => (bool?)p.Email).SingleOrDefaultAsync(CancellationToken.None) ?? true;

        string? skipped = !smtp.CurrentValue.Enabled ? SkippedOff
            : !wantsEmail ? SkippedPreference
            : !row.Active || !IsAddress(row.Email) ? SkippedNoAddress
            : null;
        if (skipped is not null)
        {
            await SettleAsync(id, lease, s => s.SetProperty(m => m.Status, EmailStatus.Skipped).SetProperty(m => m.LastError, skipped).SetProperty(m => m.LeasedUntil, (DateTime?)null));
            return true;
        }

        var email = new OutgoingEmail(MessageIdFor(id), row.Name!, row.Email!, row.Subject, Compose(row.Body, row.Link, row.Reason, settings.BaseUrl));
        var attempts = row.Attempts + 1;
        try
        {
            await sender.SendAsync(email, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            var (error, giveUp, next) = OutboxAttempts.Failed(ex, attempts, settings, clock.GetUtcNow().UtcDateTime, EmailOutboxMessage.MaxErrorLength);
            logger.LogWarning("E-mail {OutboxId} attempt {Attempt} failed{GiveUp}: {Error}", id, attempts, giveUp ? " (giving up)" : "", error);
            await SettleAsync(id, lease, s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.Status, giveUp ? EmailStatus.Failed : EmailStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LeasedUntil, (DateTime?)null));
            return true;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-send: the server did not take the message (the stop came before it answered). Release the row.
            await SettleAsync(id, lease, s => s.SetProperty(m => m.LeasedUntil, (DateTime?)null));
            throw;
        }

        var deliveredAt = clock.GetUtcNow().UtcDateTime;
        await SettleAsync(id, lease, s => s
            .SetProperty(m => m.Status, EmailStatus.Delivered)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.DeliveredAt, deliveredAt)
            .SetProperty(m => m.LeasedUntil, (DateTime?)null));
        return true;
    }

    /// <summary>The Message-Id of an outbox row's e-mail: the same row always gets the same id (a resend is recognisable).</summary>
    public static string MessageIdFor(Guid outboxId) => $"{outboxId:N}@frontline.notifications";

    /// <summary>Writes the outcome only while this claim still holds the row (never cancelled: a sent message is always marked).</summary>
    private Task<int> SettleAsync(Guid id, DateTime lease,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<EmailOutboxMessage>> set) =>
        db.Set<EmailOutboxMessage>().Where(m => m.Id == id && m.LeasedUntil == lease).ExecuteUpdateAsync(set, CancellationToken.None);

    private static string Compose(string body, string? link, string reason, string? baseUrl)
    {
        var text = new System.Text.StringBuilder(body).AppendLine().AppendLine();
        if (link is not null)
        {
            text.Append("Open it: ").AppendLine(string.IsNullOrWhiteSpace(baseUrl) ? link : baseUrl.TrimEnd('/') + link).AppendLine();
        }

        text.Append("Why you are told: ").Append(reason).AppendLine(".")
            .AppendLine("You can turn e-mail off for this kind of notification on your notification preferences page; it stays in your Frontline inbox.");
        return text.ToString();
    }

    private static bool IsAddress(string? email) => !string.IsNullOrWhiteSpace(email) && MailAddress.TryCreate(email, out _);
}
