using Frontline.Web.Features.Platform.Jobs;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>Each person's inbox, and the e-mail copies delivered from the outbox by a scheduled job.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<INotifications, Notifications>();
        services.AddScoped<NotificationDelivery>();
        services.AddScoped<Inbox>();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        var every = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>()?.DeliveryIntervalSeconds ?? 5;
        services.AddScheduledJob<NotificationDeliveryJob>(NotificationDeliveryJob.Name, "Delivers due e-mails from the notification outbox",
            interval: TimeSpan.FromSeconds(Math.Max(1, every)));
        return services;
    }
}
