using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>One e-mail to hand to the SMTP server. <see cref="MessageId"/> is derived from the outbox row.</summary>
public sealed record OutgoingEmail(string MessageId, string ToName, string ToAddress, string Subject, string Body);

/// <summary>Hands e-mails to the SMTP server (a seam so tests can slow or break delivery).</summary>
public interface IEmailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}

/// <summary>MailKit over the configured SMTP server; one connection per call (the delivery job sends in small batches).</summary>
public sealed class SmtpEmailSender(IOptionsMonitor<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var smtp = options.CurrentValue;
        if (!smtp.Enabled)
        {
            throw new InvalidOperationException("E-mail is off: no SMTP host is configured (Smtp__Host).");
        }

        var message = new MimeMessage { Subject = email.Subject, MessageId = email.MessageId };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Body = new TextPart("plain") { Text = email.Body };

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var tls = smtp.Tls.Trim().ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "ssl" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(smtp.Host!, smtp.Port, tls, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, CancellationToken.None);
    }
}
