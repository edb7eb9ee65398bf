using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Customers;

/// <summary>API of the Customers module: customers, vulnerability, third parties, secrets, ID&amp;V and its policy.</summary>
public static class CustomersEndpoints
{
    public static RouteGroupBuilder MapCustomersEndpoints(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/", Search).WithName("SearchCustomers")
            .WithSummary("Search by reference, postcode, phone, email or name (prefix, case-insensitive)");
        customers.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine)).WithName("CreateCustomer");
        customers.MapGet("/{id:guid}", Get).WithName("GetCustomer").WithSummary("A customer; personal fields masked for trainers and quality analysts");
        customers.MapGet("/{id:guid}/summary", Summary).WithName("GetCustomerSummary").WithSummary("Name, reference, vulnerability banner and products held");
        customers.MapPatch("/{id:guid}", Update).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine))
            .WithName("UpdateCustomer").WithSummary("Edit a customer (send the version you read; agents changing contact details need change-of-address assurance)");
        customers.MapPut("/{id:guid}/vulnerability", RecordVulnerability).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine))
            .WithName("RecordVulnerability").WithSummary("Record the customer's vulnerability (FCA FG21/1) with consent and a review date");
        customers.MapDelete("/{id:guid}/vulnerability", RemoveVulnerability).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine))
            .WithName("RemoveVulnerability").WithSummary("Delete the vulnerability record (consent withdrawn)");
        customers.MapGet("/{id:guid}/third-parties", ListThirdParties).WithName("ListThirdParties");
        customers.MapPost("/{id:guid}/third-parties", AddThirdParty).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine))
            .WithName("AddThirdParty").WithSummary("Record a power of attorney, deputy or representative");
        customers.MapPut("/{id:guid}/secrets", SetSecrets).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine))
            .WithName("SetCustomerSecrets").WithSummary("Set the security answer and/or passcode (stored hashed, never shown)");
        customers.MapPost("/{id:guid}/verifications", StartVerification).RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine))
            .WithName("StartVerification").WithSummary("Start ID&V: returns the challenge to read out (423 when verification is locked)");
        customers.MapGet("/{id:guid}/verifications", ListVerifications).RequireAuthorization(p => p.RequireRole(CustomerRoles.FullPersonalData))
            .WithName("ListVerifications").WithSummary("Verification history: factors asked, pass/fail per factor, outcome, level");
        customers.MapPost("/{id:guid}/verification-lock/release", ReleaseLock).RequireAuthorization(p => p.RequireRole(CustomerRoles.Supervisors))
            .WithName("ReleaseVerificationLock");
        customers.MapGet("/alerts", ListAlerts).RequireAuthorization(p => p.RequireRole(CustomerRoles.Supervisors))
            .WithName("ListCustomerAlerts").WithSummary("Verification lockouts and other alerts for team leaders and managers");
        customers.MapPost("/alerts/{alertId:guid}/acknowledge", AcknowledgeAlert).RequireAuthorization(p => p.RequireRole(CustomerRoles.Supervisors))
            .WithName("AcknowledgeCustomerAlert");

        var verifications = api.MapGroup("/verifications").WithTags("Customers").RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine));
        verifications.MapPost("/{id:guid}/answers", Answer).WithName("AnswerVerification")
            .WithSummary("Answer the challenge: outcome passed, failed or locked, and the level reached");
        verifications.MapGet("/{id:guid}", GetVerification).WithName("GetVerification");

        var policy = api.MapGroup("/idv-policy").WithTags("Customers").RequireAuthorization(p => p.RequireRole(CustomerRoles.PolicyAdministrators));
        policy.MapGet("/", GetPolicy).WithName("GetIdvPolicy");
        policy.MapPut("/", PutPolicy).WithName("UpdateIdvPolicy").WithSummary("Factors, rules, levels per action and channel, lockout (send the version)");
        return api;
    }

    public static async Task<Ok<CustomerSearchResponse>> Search(CustomerDirectory directory, string? query, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.SearchAsync(query, limit, cancellationToken));

    public static async Task<Created<CustomerView>> Create(CreateCustomerRequest request, CreateCustomer create, CustomerDirectory directory,
        CancellationToken cancellationToken)
    {
        var customer = await create.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", await directory.GetAsync(customer.Id, cancellationToken));
    }

    public static async Task<Ok<CustomerView>> Get(Guid id, CustomerDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<CustomerSummary>> Summary(Guid id, CustomerSummaries summaries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await summaries.GetAsync(id, cancellationToken));

    public static async Task<Ok<CustomerView>> Update(Guid id, UpdateCustomerRequest request, UpdateCustomer update, CustomerDirectory directory,
        CancellationToken cancellationToken)
    {
        await update.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Ok(await directory.GetAsync(id, cancellationToken));
    }

    public static async Task<Ok<VulnerabilityView>> RecordVulnerability(Guid id, RecordVulnerabilityRequest request, RecordVulnerability record,
        CustomerDirectory directory, CancellationToken cancellationToken)
    {
        await record.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Ok((await directory.GetAsync(id, cancellationToken)).Vulnerability!);
    }

    public static async Task<NoContent> RemoveVulnerability(Guid id, RecordVulnerability record, CancellationToken cancellationToken)
    {
        await record.RemoveAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<ItemsResponse<ThirdPartyView>>> ListThirdParties(Guid id, CustomerDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemsResponse<ThirdPartyView>((await directory.GetAsync(id, cancellationToken)).ThirdParties));

    public static async Task<Created<ThirdPartyView>> AddThirdParty(Guid id, AddThirdPartyRequest request, AddThirdParty add, CustomerDirectory directory,
        CancellationToken cancellationToken)
    {
        var party = await add.ExecuteAsync(id, request, cancellationToken);
        var view = (await directory.GetAsync(id, cancellationToken)).ThirdParties.Single(t => t.Id == party.Id);
        return TypedResults.Created($"/api/v1/customers/{id}/third-parties/{party.Id}", view);
    }

    public static async Task<NoContent> SetSecrets(Guid id, SetSecretsRequest request, SetCustomerSecrets set, CancellationToken cancellationToken)
    {
        await set.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Created<StartedVerification>> StartVerification(Guid id, StartVerificationRequest request, StartVerification start,
        CancellationToken cancellationToken)
    {
        var started = await start.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Created($"/api/v1/verifications/{started.VerificationId}", started);
    }

    public static async Task<Ok<ItemsResponse<VerificationView>>> ListVerifications(Guid id, CustomerDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemsResponse<VerificationView>(await directory.VerificationsAsync(id, cancellationToken)));

    public static async Task<Ok<VerificationResult>> Answer(Guid id, AnswerVerificationRequest request, AnswerVerification answer, CancellationToken cancellationToken) =>
        TypedResults.Ok(await answer.ExecuteAsync(id, request, cancellationToken));

    public static async Task<Ok<VerificationView>> GetVerification(Guid id, CustomerDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.VerificationAsync(id, cancellationToken));

    public static async Task<NoContent> ReleaseLock(Guid id, CustomerAlerts alerts, CancellationToken cancellationToken)
    {
        await alerts.ReleaseLockAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<ItemsResponse<CustomerAlertView>>> ListAlerts(CustomerAlerts alerts, bool? includeAcknowledged, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ItemsResponse<CustomerAlertView>(await alerts.ListAsync(includeAcknowledged ?? false, cancellationToken)));

    public static async Task<NoContent> AcknowledgeAlert(Guid alertId, CustomerAlerts alerts, CancellationToken cancellationToken)
    {
        await alerts.AcknowledgeAsync(alertId, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<IdvPolicyDto>> GetPolicy(IdvPolicies policies, CancellationToken cancellationToken) =>
        TypedResults.Ok(IdvPolicies.ToDto(await policies.GetAsync(cancellationToken)));

    public static async Task<Ok<IdvPolicyDto>> PutPolicy(IdvPolicyDto request, IdvPolicies policies, CancellationToken cancellationToken) =>
        TypedResults.Ok(IdvPolicies.ToDto(await policies.UpdateAsync(request, cancellationToken)));
}
