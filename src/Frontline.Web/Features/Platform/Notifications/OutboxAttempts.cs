using Frontline.Domain.Platform.Notifications;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>What e-mail outboxes (staff notifications, survey invitations) share: the claim's lease and the outcome of a failed attempt.</summary>
public static class OutboxAttempts
{
    /// <summary>
    /// A lease ending <paramref name="seconds"/> from <paramref name="now"/>, at microsecond precision (PostgreSQL's)
    /// plus a random part, so the lease value also identifies this claim when the outcome is written.
    /// </summary>
    public static DateTime NewLease(DateTime now, int seconds)
    {
        var ticks = now.AddSeconds(seconds).Ticks;
        return new DateTime(ticks - (ticks % 10) + (Random.Shared.Next(1, 1_000_000) * 10L), DateTimeKind.Utc);
    }

    /// <summary>After a failed attempt: the error to keep (trimmed), whether to give up, and when to try next (exponential back-off).</summary>
    public static (string Error, bool GiveUp, DateTime Next) Failed(Exception ex, int attempts, NotificationOptions settings, DateTime now, int maxErrorLength)
    {
        var error = $"{ex.GetType().Name}: {ex.Message}";
        error = error.Length <= maxErrorLength ? error : error[..maxErrorLength];
        return (error, attempts >= settings.MaxAttempts, now + EmailOutboxMessage.BackOff(attempts, TimeSpan.FromSeconds(settings.FirstRetrySeconds)));
    }
}
