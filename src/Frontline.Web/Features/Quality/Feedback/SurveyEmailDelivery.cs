using System.Globalization;
using Frontline.Data;
using Frontline.Domain.Platform.Calendar;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// Sends survey invitations waiting in the survey outbox to the customer's current e-mail address through the SMTP
/// server notifications use. Claimed with a lease as the notification outbox is (two nodes never send one invitation at
/// once), retried with back-off, given up after the configured attempts; an invitation that cannot be sent (e-mail off,
/// no address any more, expired) is marked with the reason and its link can still be passed on by staff.
/// </summary>
public sealed class SurveyEmailDelivery(FrontlineDbContext db, IEmailSender sender, ICustomerEmailAddresses addresses, SurveyLinkKeys keys,
    IOptionsMonitor<SmtpOptions> smtp, IOptionsMonitor<NotificationOptions> options, IConfiguration configuration, TimeProvider clock,
    ILogger<SurveyEmailDelivery> log)
{
    /// <summary>Sends what is due; returns how many invitations were settled (sent, failed or rescheduled).</summary>
    public async Task<int> DeliverDueAsync(CancellationToken stopping)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<SurveyInvitation>().AsNoTracking()
            .Where(i => i.Delivery == InvitationDelivery.EmailQueued && i.NextAttemptAt <= now && (i.LeasedUntil == null || i.LeasedUntil < now))
            .OrderBy(i => i.NextAttemptAt).ThenBy(i => i.Id).Select(i => i.Id).Take(options.CurrentValue.BatchSize * 5).ToListAsync(stopping);
        var settled = 0;
        foreach (var id in due)
        {
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            if (await DeliverAsync(id, stopping))
            {
                settled++;
            }
        }

        return settled;
    }

    public static string MessageIdFor(Guid invitationId) => $"{invitationId:N}@frontline.surveys";

    private async Task<bool> DeliverAsync(Guid id, CancellationToken stopping)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = OutboxAttempts.NewLease(now, settings.LeaseSeconds);
        var claimed = await db.Set<SurveyInvitation>()
            .Where(i => i.Id == id && i.Delivery == InvitationDelivery.EmailQueued && i.NextAttemptAt <= now && (i.LeasedUntil == null || i.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeasedUntil, lease), stopping);
        if (claimed == 0)
        {
            return false; // another node has it
        }

        var invitation = await db.Set<SurveyInvitation>().AsNoTracking().SingleAsync(i => i.Id == id, CancellationToken.None);
        var survey = await db.Set<Survey>().AsNoTracking().SingleAsync(s => s.Id == invitation.SurveyId, CancellationToken.None);
        var address = invitation.CustomerId is { } customerId
            ? (await addresses.ForAsync([customerId], CancellationToken.None)).GetValueOrDefault(customerId)
            : null;
        var baseUrl = SurveyPublicAddress.Of(configuration);
        var notSent = !smtp.CurrentValue.Enabled ? "E-mail is off: no SMTP host is configured."
            : baseUrl is null ? "The survey page has no public address (Quality__PublicBaseUrl)."
            : address is null ? "The customer has no e-mail address on record any more."
            : now >= invitation.ExpiresAt ? "The link expired before it could be sent."
            : null;
        if (notSent is not null)
        {
            await SettleAsync(id, lease, s => s.SetProperty(i => i.Delivery, InvitationDelivery.EmailFailed).SetProperty(i => i.LastError, notSent)
                .SetProperty(i => i.Email, (string?)null).SetProperty(i => i.LeasedUntil, (DateTime?)null));
            return true;
        }

        var link = FeedbackDirectory.LinkFor(baseUrl!, SurveyLink.Sign(invitation.Id, invitation.ExpiresAt, await keys.GetAsync(CancellationToken.None)));
        var email = new OutgoingEmail(MessageIdFor(id), address!.Name, address.Email, "How did we do? Tell us in a minute", Compose(address.Name, survey, link, invitation.ExpiresAt));
        var attempts = invitation.Attempts + 1;
        try
        {
            await sender.SendAsync(email, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            var (error, giveUp, next) = OutboxAttempts.Failed(ex, attempts, settings, clock.GetUtcNow().UtcDateTime, SurveyInvitation.MaxErrorLength);
            log.LogWarning("Survey invitation {InvitationId} attempt {Attempt} failed{GiveUp}: {Error}", id, attempts, giveUp ? " (giving up)" : "", error);
            await SettleAsync(id, lease, s => s
                .SetProperty(i => i.Attempts, attempts)
                .SetProperty(i => i.LastError, error)
                .SetProperty(i => i.Delivery, giveUp ? InvitationDelivery.EmailFailed : InvitationDelivery.EmailQueued)
                .SetProperty(i => i.NextAttemptAt, next)
                .SetProperty(i => i.LeasedUntil, (DateTime?)null));
            return true;
        }
        catch (OperationCanceledException)
        {
            await SettleAsync(id, lease, s => s.SetProperty(i => i.LeasedUntil, (DateTime?)null));
            throw;
        }

        // Sent: the address is not kept (it lives with the customer record).
        var sentAt = clock.GetUtcNow().UtcDateTime;
        await SettleAsync(id, lease, s => s
            .SetProperty(i => i.Delivery, InvitationDelivery.Emailed)
            .SetProperty(i => i.Attempts, attempts)
            .SetProperty(i => i.SentAt, sentAt)
            .SetProperty(i => i.Email, (string?)null)
            .SetProperty(i => i.LastError, (string?)null)
            .SetProperty(i => i.LeasedUntil, (DateTime?)null));
        return true;
    }

    private Task<int> SettleAsync(Guid id, DateTime lease, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SurveyInvitation>> set) =>
        db.Set<SurveyInvitation>().Where(i => i.Id == id && i.LeasedUntil == lease).ExecuteUpdateAsync(set, CancellationToken.None);

    private static string Compose(string name, Survey survey, string link, DateTime expiresAt)
    {
        var until = UkTime.LocalDate(new DateTimeOffset(expiresAt, TimeSpan.Zero)).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return new System.Text.StringBuilder()
            .Append("Dear ").Append(name).AppendLine(",").AppendLine()
            .AppendLine(survey.Introduction ?? "Thank you for contacting us recently. We would like to know how we did, so we can do better.")
            .AppendLine()
            .Append("Answer a few short questions here: ").AppendLine(link)
            .AppendLine()
            .Append("The link works once, until ").Append(until).AppendLine(". You do not need to answer, and we will not remind you.")
            .ToString();
    }
}

/// <summary>
/// Every minute: automatic invitations for work closed since the last run, then the survey outbox is sent. One at a
/// time across the cluster; also on demand (<c>POST /api/v1/quality/surveys/scheduled-invitations</c>).
/// </summary>
[DisallowConcurrentExecution]
public sealed class SurveyInvitationsJob(InviteAfterClosedWork invite, SurveyEmailDelivery delivery, IHostApplicationLifetime lifetime) : IJob
{
    public const string Name = "quality-survey-invitations";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await invite.RunAsync(stopping.Token);
            await delivery.DeliverDueAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: what was not sent stays due for the next run.
        }
    }
}
