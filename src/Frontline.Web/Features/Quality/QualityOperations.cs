using Frontline.Web.Features.Platform.Jobs;
using Frontline.Web.Features.Quality.Audits;
using Frontline.Web.Features.Quality.Dashboard;
using Frontline.Web.Features.Quality.Feedback;
using Frontline.Web.Features.Quality.Sampling;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// Quality operations: audits of working practices, customer feedback surveys, spot-check sampling and the quality
/// dashboard. Registered by <see cref="QualityModule"/>; kept apart from scorecards and evaluations.
/// </summary>
public static class QualityOperations
{
    public static IServiceCollection AddQualityOperations(this IServiceCollection services)
    {
        services.AddScoped<StaffChoices>();
        services.AddScoped<AuditDirectory>();
        services.AddScoped<PlanAudit>();
        services.AddScoped<SaveChecklist>();
        services.AddScoped<StartAudit>();
        services.AddScoped<RecordAuditFinding>();
        services.AddScoped<CloseAudit>();
        services.AddSingleton<SurveyLinkKeys>();
        services.AddScoped<FeedbackDirectory>();
        services.AddScoped<SaveSurvey>();
        services.AddScoped<InviteToSurvey>();
        services.AddScoped<AnswerSurvey>();
        services.AddScoped<ImportSurveyResponses>();
        services.AddScoped<InviteAfterClosedWork>();
        services.AddScoped<SurveyEmailDelivery>();
        services.AddScheduledJob<SurveyInvitationsJob>(SurveyInvitationsJob.Name,
            "Invites customers of closed contacts and cases to surveys, and sends the survey outbox", interval: TimeSpan.FromMinutes(1));
        services.AddScoped<SamplingDirectory>();
        services.AddScoped<CreateSamplingPlan>();
        services.AddScoped<DrawSample>();
        services.AddScoped<ScheduledSamplingDraws>();
        services.AddScheduledJob<ScheduledSamplingDrawsJob>(ScheduledSamplingDrawsJob.Name,
            "Draws each active sampling plan's sample for the period just ended", cron: "0 30 6 * * ?");
        services.AddScoped<QualityDashboard>();
        return services;
    }

    public static RouteGroupBuilder MapQualityOperationsApi(this RouteGroupBuilder api)
    {
        var quality = api.MapGroup("/quality");
        quality.MapAuditsApi();
        quality.MapFeedbackApi(api);
        quality.MapSamplingApi();
        quality.MapDashboardApi();
        return api;
    }
}
