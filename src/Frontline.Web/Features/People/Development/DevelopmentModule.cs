using Frontline.Web.Features.Platform.Jobs;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.People.Development;

/// <summary>The development area of People: skills, needs, plans, coaching (registered from <c>AddPeople</c>).</summary>
public static class DevelopmentModule
{
    public static IServiceCollection AddPeopleDevelopment(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(DevelopmentAccess.EditSkills, p => p.RequireRole(DevelopmentAccess.SkillEditors))
            .AddPolicy(DevelopmentAccess.WriteKnowledgeChecks, p => p.RequireRole(DevelopmentAccess.SkillEditors));
        services.AddScoped<DevelopmentScope>();
        services.AddScoped<SkillsFramework>();
        services.AddScoped<SaveSkill>();
        services.AddScoped<RaiseDevelopmentNeed>();
        services.AddScoped<IDevelopmentNeeds>(sp => sp.GetRequiredService<RaiseDevelopmentNeed>());
        services.AddScoped<IQualityDevelopmentAreas, QualityDevelopmentAreasToNeeds>();
        services.AddScoped<NeedsDirectory>();
        services.AddScoped<RecordNeed>();
        services.AddScoped<CreatePlan>();
        services.AddScoped<PlanDirectory>();
        services.AddScoped<ChangePlan>();
        services.AddScoped<RecordCoachingSession>();
        services.AddScoped<Buddying>();
        services.AddScoped<HelpRequests>();
        services.AddScoped<UnansweredHelpEscalation>();
        services.AddScoped<KnowledgeChecks>();
        services.AddScoped<TakeKnowledgeCheck>();
        services.AddScoped<Briefings>();
        services.AddScoped<EffectivenessReport>();
        // Quality owns the seam; its consumer registers Quality's implementation (as Compliance does for its seam).
        services.AddScoped<IQualityScores, QualityScores>();
        services.AddScheduledJob<UnansweredHelpJob>(UnansweredHelpJob.Name, "Tells team leaders about help requests unanswered for four hours, once each",
            interval: TimeSpan.FromMinutes(15));
        return services;
    }
}
