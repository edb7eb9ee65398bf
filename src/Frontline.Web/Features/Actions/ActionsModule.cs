using Frontline.Web.Features.Platform.Jobs;

namespace Frontline.Web.Features.Actions;

/// <summary>The improvement actions register (CC33 1.3): services and API endpoints.</summary>
public static class ActionsModule
{
    public static IServiceCollection AddActions(this IServiceCollection services)
    {
        services.AddScoped<IImprovementActions, ImprovementActions>();
        services.AddScoped<ActionRegister>();
        services.AddScoped<ListActions>();
        services.AddScoped<CreateAction>();
        services.AddScoped<UpdateAction>();
        services.AddScoped<OverdueActionReminders>();
        services.AddScheduledJob<OverdueActionRemindersJob>(OverdueActionRemindersJob.Name,
            "Tells owners of overdue improvement actions and their line managers, once a day per action", cron: "0 0 7 * * ?");
        return services;
    }

    public static RouteGroupBuilder MapActionsEndpoints(this RouteGroupBuilder api) => api.MapActionsApi();
}
