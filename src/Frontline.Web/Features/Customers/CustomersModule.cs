using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Customers;

/// <summary>The Customers &amp; identity module: customer records, vulnerability, third parties and ID&amp;V.</summary>
public static class CustomersModule
{
    public static IServiceCollection AddCustomers(this IServiceCollection services)
    {
        services.AddScoped<CustomerDirectory>();
        services.AddScoped<ICustomerSupportNeeds, CustomerSupportNeeds>();
        services.AddScoped<ICustomerCommunicationNeeds, CustomerCommunicationNeeds>();
        services.AddScoped<ICustomerEmailAddresses, CustomerEmailAddresses>();
        services.AddScoped<CustomerSummaries>();
        services.AddScoped<CreateCustomer>();
        services.AddScoped<UpdateCustomer>();
        services.AddScoped<RecordVulnerability>();
        services.AddScoped<AddThirdParty>();
        services.AddScoped<SetCustomerSecrets>();
        services.AddScoped<VerificationSubjects>();
        services.AddScoped<StartVerification>();
        services.AddScoped<AnswerVerification>();
        services.AddScoped<IdvPolicies>();
        services.AddScoped<CustomerAlerts>();
        services.AddScoped<IIdentityAssurance, IdentityAssurance>();
        services.AddScoped<IContactVerifications, ContactVerifications>();
        services.AddScoped<IDemoSeeder, CustomersDemoSeeder>();
        services.AddSingleton<InMemoryOneTimeCodeSender>();
        services.AddSingleton<IOneTimeCodeSender>(sp => sp.GetRequiredService<InMemoryOneTimeCodeSender>());
        return services;
    }

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapCustomersFragments(this RouteGroupBuilder ui) => ui.MapCustomersFragmentRoutes();
}
