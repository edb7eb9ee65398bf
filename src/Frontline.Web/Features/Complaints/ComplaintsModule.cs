namespace Frontline.Web.Features.Complaints;

/// <summary>The Complaints module: regulated complaint handling from receipt to closure, letters, analysis and the return.</summary>
public static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddSingleton<ComplaintReferenceData>();
        services.AddScoped<ComplaintStore>();
        services.AddScoped<ComplaintClockService>();
        services.AddScoped<RecordComplaint>();
        services.AddScoped<UpdateComplaint>();
        services.AddScoped<MoveComplaint>();
        services.AddScoped<PutThingsRight>();
        services.AddScoped<IssueComplaintLetter>();
        services.AddScoped<ComplaintQueue>();
        services.AddScoped<ComplaintAnalysis>();
        services.AddScoped<ComplaintsReturn>();
        services.AddScoped<ComplaintSettingsEditor>();
        return services;
    }

    public static RouteGroupBuilder MapComplaintsEndpoints(this RouteGroupBuilder api) => api.MapComplaintsApi();

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapComplaintsFragments(this RouteGroupBuilder ui) => ui;
}
