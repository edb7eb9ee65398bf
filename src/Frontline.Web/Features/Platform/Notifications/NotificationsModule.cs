namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>Each person's inbox and the e-mail copies of what it holds.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddScoped<INotifications, Notifications>();
        return services;
    }
}
