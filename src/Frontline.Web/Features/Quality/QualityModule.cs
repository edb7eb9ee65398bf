using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>The Quality module: scorecards, evaluations with feedback and disputes, calibration.</summary>
public static class QualityModule
{
    public static IServiceCollection AddQuality(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(QualityAccess.EditScorecards, p => p.RequireRole(QualityAccess.ScorecardEditors))
            .AddPolicy(QualityAccess.Evaluate, p => p.RequireRole(QualityAccess.Evaluators))
            .AddPolicy(QualityAccess.Calibrate, p => p.RequireRole(QualityAccess.Evaluators));
        services.AddScoped<QualityScope>();
        services.AddScoped<QualityPeople>();
        services.AddScoped<Feedback.ISatisfactionScores, Feedback.SatisfactionScores>();
        services.AddScoped<QualityNotices>();
        services.AddScoped<ScorecardDirectory>();
        services.AddScoped<CreateScorecard>();
        services.AddScoped<EditScorecard>();
        services.AddScoped<PublishScorecard>();
        services.AddScoped<RetireScorecard>();
        services.AddScoped<EvaluationRecords>();
        services.AddScoped<EvaluationDirectory>();
        services.AddScoped<StartEvaluation>();
        services.AddScoped<UpdateEvaluation>();
        services.AddScoped<AcknowledgeEvaluation>();
        services.AddScoped<DisputeEvaluation>();
        services.AddScoped<DecideDispute>();
        services.AddScoped<CalibrationDirectory>();
        services.AddScoped<PlanCalibration>();
        services.AddScoped<ScoreCalibration>();
        services.AddScoped<CloseCalibration>();
        services.AddScoped<EvaluatorAlignment>();
        services.AddScoped<IDemoSeeder, QualityDemoSeeder>();
        services.AddQualityOperations();
        return services;
    }

    public static RouteGroupBuilder MapQualityEndpoints(this RouteGroupBuilder api) => api.MapQualityApi().MapQualityOperationsApi();
}
