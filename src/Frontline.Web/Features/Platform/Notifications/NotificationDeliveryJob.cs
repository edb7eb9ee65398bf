using Quartz;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>The scheduled run of <see cref="NotificationDelivery"/>; one at a time across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class NotificationDeliveryJob(NotificationDelivery delivery, IHostApplicationLifetime lifetime) : IJob
{
    public const string Name = "notification-delivery";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // Stop between messages when the node shuts down (the message in hand is finished and marked).
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await delivery.DeliverDueAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: what was not sent stays due for the next run (here or on another node).
        }
    }
}
