namespace Frontline.Web.Features.Cases;

/// <summary>The Contacts &amp; cases module: contacts, cases, the authority matrix, referrals and customer updates.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<RecordContacts>();
        services.AddScoped<ContactDirectory>();
        services.AddScoped<ImportContacts>();
        services.AddSingleton<ContactImportQueue>();
        services.AddHostedService<ContactImportWorker>();
        return services;
    }

    public static RouteGroupBuilder MapCasesEndpoints(this RouteGroupBuilder api)
    {
        api.MapContactsEndpoints();
        return api;
    }

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCasesFragments(this RouteGroupBuilder ui) => ui;
}
