namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>
/// The SMTP server e-mail goes through (<c>Smtp__Host</c>, <c>Smtp__Port</c>, <c>Smtp__From</c>, optional
/// <c>Smtp__User</c>/<c>Smtp__Password</c>, <c>Smtp__Tls</c>). E-mail is off when no host is set: the inbox still works
/// and the pages say so.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender, e.g. <c>Frontline &lt;frontline@centre.example&gt;</c>.</summary>
    public string From { get; set; } = "Frontline <frontline@localhost>";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary><c>auto</c> (STARTTLS when offered), <c>none</c>, <c>starttls</c> (required) or <c>ssl</c> (TLS on connect).</summary>
    public string Tls { get; set; } = "auto";

    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the outbox is delivered (<c>Notifications__*</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often the delivery job looks for due e-mails.</summary>
    public int DeliveryIntervalSeconds { get; set; } = 5;

    /// <summary>Attempts before an e-mail is given up (marked failed with its last error).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; it doubles after each further failure (capped at 6 hours).</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>How long a node holds a claimed e-mail; after it, another node (or this one after a restart) may take it.</summary>
    public int LeaseSeconds { get; set; } = 120;

    public int BatchSize { get; set; } = 20;

    /// <summary>The app's public address, put before the links in e-mails (e.g. <c>https://frontline.centre.example</c>).</summary>
    public string? BaseUrl { get; set; }
}
