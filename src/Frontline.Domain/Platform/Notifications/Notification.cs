namespace Frontline.Domain.Platform.Notifications;

/// <summary>An entry in one person's inbox: what happened, why they are told (the rule), and where to look.</summary>
public sealed class Notification
{
    public const int MaxKindLength = 60;
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 4000;
    public const int MaxLinkLength = 500;
    public const int MaxReasonLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RecipientId { get; init; }

    /// <summary>A stable kind code (e.g. <c>action-overdue</c>); e-mail preferences are per kind.</summary>
    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>The app path of the record, e.g. <c>/actions/{id}</c>.</summary>
    public string? Link { get; init; }

    /// <summary>The rule that sent it, in the recipient's terms: "you own this action".</summary>
    public required string Reason { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; set; }

    public bool IsRead => ReadAt is not null;
}

public enum EmailStatus
{
    /// <summary>Waiting for (another) delivery attempt at <see cref="EmailOutboxMessage.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>Handed to the SMTP server.</summary>
    Delivered,

    /// <summary>Not sent by choice: the person turned e-mail off for the kind, has no address, or e-mail is off.</summary>
    Skipped,

    /// <summary>Gave up after the maximum number of attempts; <see cref="EmailOutboxMessage.LastError"/> says why.</summary>
    Failed,
}

/// <summary>
/// The e-mail copy of a notification, written in the same transaction as the change that caused it and delivered
/// afterwards by the delivery job (retries with back-off; a lease keeps two nodes from sending one row at once).
/// </summary>
public sealed class EmailOutboxMessage
{
    public const int MaxErrorLength = 1000;

    /// <summary>Also the source of the e-mail's Message-Id, so a resend of the same row is recognisable.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid NotificationId { get; init; }

    public Guid RecipientId { get; init; }

    public required string Kind { get; init; }

    public EmailStatus Status { get; set; } = EmailStatus.Pending;

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>Until when a node holds the row while sending it; another node may take it over only afterwards.</summary>
    public DateTime? LeasedUntil { get; set; }

    public string? LastError { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Waits after the n-th failed attempt: 30 s, 1, 2, 4 ... minutes, capped at 6 hours.</summary>
    public static TimeSpan BackOff(int attempts, TimeSpan first)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var wait = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, TimeSpan.FromHours(6).Ticks));
        return wait;
    }

    /// <summary>The Message-Id header derived from the row: the same row always produces the same id.</summary>
    public string MessageId(string domain) => $"{Id:N}@{domain}";
}

/// <summary>One person's choice for one kind: e-mail on or off (the inbox entry is always written).</summary>
public sealed class NotificationPreference
{
    public Guid StaffId { get; init; }

    public required string Kind { get; init; }

    public bool Email { get; set; }
}
