using Frontline.Web.Features.Platform.Jobs;

namespace Frontline.Web.Features.Communications;

/// <summary>The Communications module: communication policies with management sign-off, message templates and language checks.</summary>
public static class CommunicationsModule
{
    public static IServiceCollection AddCommunications(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CommunicationsAccess.Draft, p => p.RequireRole(CommunicationsAccess.Authors))
            .AddPolicy(CommunicationsAccess.Review, p => p.RequireRole(CommunicationsAccess.Reviewers))
            .AddPolicy(CommunicationsAccess.Agree, p => p.RequireRole(CommunicationsAccess.Agreers));
        services.AddScoped<CommsPeople>();
        services.AddScoped<PolicyDirectory>();
        services.AddScoped<PolicyChanges>();
        services.AddScoped<DraftPolicy>();
        services.AddScoped<SavePolicyDraft>();
        services.AddScoped<StartPolicyVersion>();
        services.AddScoped<SendPolicyForReview>();
        services.AddScoped<CommentOnClause>();
        services.AddScoped<AnswerComment>();
        services.AddScoped<SubmitPolicy>();
        services.AddScoped<DecideOnPolicy>();
        services.AddScoped<PublishPolicy>();
        services.AddScoped<AcknowledgePolicy>();
        services.AddScoped<CheckLanguage>();
        services.AddScoped<TemplateDirectory>();
        services.AddScoped<WriteTemplate>();
        services.AddScoped<ApproveTemplate>();
        services.AddScoped<UseTemplate>();
        services.AddScoped<ProcedureDirectory>();
        services.AddScoped<ProcedureChanges>();
        services.AddScoped<DraftProcedure>();
        services.AddScoped<SaveProcedureDraft>();
        services.AddScoped<EvaluateProcedure>();
        services.AddScoped<ApproveProcedure>();
        services.AddScoped<StartProcedureVersion>();
        services.AddScoped<ReconciliationDirectory>();
        services.AddScoped<RaiseGapAction>();
        services.AddScoped<RecordReconciliation>();
        services.AddScoped<ChannelDirectory>();
        services.AddScoped<ConfigureChannel>();
        services.AddScoped<EvaluateChannels>();
        services.AddScoped<ReviewReminders>();
        services.AddScheduledJob<ReviewRemindersJob>(ReviewRemindersJob.Name,
            "Tells authors and managers of policies, and owners of procedures, whose review has fallen due, once per review date", cron: "0 0 7 * * ?");
        return services;
    }

    public static RouteGroupBuilder MapCommunicationsEndpoints(this RouteGroupBuilder api) => api.MapCommunicationsApi();
}
