using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Compliance.Changes;
using Frontline.Web.Features.Compliance.DataProtection;
using Frontline.Web.Features.Platform.Jobs;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.Compliance;

/// <summary>The Compliance module: the requirements register, risk, breaches and their routes, the data-protection desk.</summary>
public static class ComplianceModule
{
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ComplianceAccess.ManageRegister, p => p.RequireRole(ComplianceAccess.Officers))
            .AddPolicy(ComplianceAccess.RecordBreaches, p => p.RequireRole(ComplianceAccess.Recorders))
            .AddPolicy(ComplianceAccess.HandleBreaches, p => p.RequireRole(ComplianceAccess.Officers))
            .AddPolicy(ComplianceAccess.DataProtection, p => p.RequireRole(ComplianceAccess.DataProtectionDesk));
        services.AddScoped<CompliancePeople>();
        services.AddScoped<BreachScope>();
        services.AddScoped<ComplianceNotices>();
        services.AddScoped<RequirementDirectory>();
        services.AddScoped<SaveRequirement>();
        services.AddScoped<AssessRisk>();
        services.AddScoped<BreachDirectory>();
        services.AddScoped<RecordBreach>();
        services.AddScoped<HandleBreach>();
        services.AddScoped<IQualityFindings, SuspectedBreaches>();
        services.AddScoped<SubjectAccessDesk>();
        services.AddScoped<SubjectAccessExport>();
        // Each module's personal data for subject access (implemented in the owning module's folder).
        services.AddScoped<IPersonalDataSource, Customers.CustomerPersonalData>();
        services.AddScoped<IPersonalDataSource, Cases.CasePersonalData>();
        services.AddScoped<IPersonalDataSource, Complaints.ComplaintPersonalData>();
        // Erasure under retention: each module erases its own data (implemented in the owning module's folder).
        services.AddScoped<IPersonalDataEraser, Cases.CaseErasure>();
        services.AddScoped<IPersonalDataEraser, Complaints.ComplaintErasure>();
        services.AddScoped<IPersonalDataEraser, Customers.CustomerErasure>();
        services.AddScoped<ErasureDesk>();
        services.AddScoped<CarryOutErasure>();
        services.AddScoped<RetentionSchedules>();
        services.AddScoped<EraseExpiredRecords>();
        services.AddScheduledJob<RetentionJob>(RetentionJob.Name, "Erases restricted personal data whose retention has ended", cron: "0 15 2 * * ?");
        services.AddScoped<MeasureCompliance>();
        services.AddScoped<RecordRegulatoryChange>();
        services.AddScoped<CompleteReview>();
        services.AddScoped<ChangeDirectory>();
        services.AddScoped<RegisterStatus>();
        // Seams owned by Quality and Complaints (their folders), registered here so those modules' files stay untouched.
        services.AddScoped<IComplianceCriterionResults, ComplianceCriterionResults>();
        services.AddScoped<IComplaintTimeliness, ComplaintTimeliness>();
        return services;
    }

    public static RouteGroupBuilder MapComplianceEndpoints(this RouteGroupBuilder api) => api.MapComplianceApi().MapChangeApi().MapDataProtectionApi();
}
