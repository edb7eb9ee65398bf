using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Cases;

/// <summary>The Contacts &amp; cases module: contacts, cases, the authority matrix, referrals and customer updates.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<RecordContacts>();
        services.AddScoped<ContactDirectory>();
        services.AddScoped<ISamplingContacts, SamplingContacts>();
        services.AddScoped<IClosedWork, ClosedWorkReader>();
        services.AddScoped<IContactMeasures, ContactMeasures>();
        services.AddScoped<IChannelContacts, ChannelContacts>();
        services.AddScoped<ImportContacts>();
        services.AddScoped<InterruptedImports>();
        services.AddSingleton<ContactImportQueue>();
        services.AddHostedService<ContactImportWorker>();
        services.AddOptions<CasesOptions>().BindConfiguration(CasesOptions.Section);
        services.AddScoped<CaseClock>();
        services.AddScoped<CaseDirectory>();
        services.AddScoped<OpenCase>();
        services.AddScoped<EditCase>();
        services.AddScoped<ChangeCaseStatus>();
        services.AddScoped<RecordCustomerUpdate>();
        services.AddScoped<AuthorityMatrixStore>();
        services.AddScoped<IAuthorityCheck, AuthorityCheck>();
        services.AddScoped<TakeCaseAction>();
        services.AddScoped<IOpenContacts, OpenContacts>();
        services.AddScoped<ReferCase>();
        services.AddScoped<HandleReferral>();
        services.AddScoped<ReferralDirectory>();
        services.AddScoped<IDemoSeeder, CasesDemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapCasesEndpoints(this RouteGroupBuilder api)
    {
        api.MapContactsEndpoints();
        api.MapCaseEndpoints();
        return api;
    }

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCasesFragments(this RouteGroupBuilder ui) => ui.MapCaseFragments();
}
