using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Cases;

/// <summary>API of contacts: single and batch recording (agents, telephony/CTI), reading, wrap-up and CSV imports.</summary>
public static class ContactsEndpoints
{
    public static RouteGroupBuilder MapContactsEndpoints(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapPost("/", CreateContact).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("CreateContact").WithSummary("Record one contact (notes are redacted of card numbers before saving)");
        contacts.MapPost("/batch", CreateContactBatch).RequireAuthorization(p => p.RequireRole(CaseAccess.Integrations))
            .WithName("CreateContactBatch").WithSummary("Record up to 10,000 contacts at once; bad rows are reported by index, good rows kept");
        contacts.MapGet("/", ListContacts).RequireAuthorization(p => p.RequireRole(CaseAccess.Readers))
            .WithName("ListContacts").WithSummary("Recent contacts in your scope, optionally for one customer or case");
        contacts.MapGet("/{id:guid}", GetContact).RequireAuthorization(p => p.RequireRole(CaseAccess.Readers)).WithName("GetContact");
        contacts.MapPatch("/{id:guid}", WrapUpContact).RequireAuthorization(p => p.RequireRole(CaseAccess.Workers))
            .WithName("WrapUpContact").WithSummary("Wrap-up: end times, outcome, notes, linked case (send the version you read)");
        contacts.MapPost("/imports", StartImport).RequireAuthorization(p => p.RequireRole(CaseAccess.Importers)).DisableAntiforgery()
            .WithName("StartContactImport").WithSummary("Upload a CSV of contacts (multipart field 'file'); answers 202 with the import id");
        contacts.MapGet("/imports/{id:guid}", GetImport).RequireAuthorization(p => p.RequireRole(CaseAccess.Importers))
            .WithName("GetContactImport").WithSummary("Progress and result of a CSV import, with each rejected row");
        return api;
    }

    public static async Task<Created<ContactView>> CreateContact(ContactRequest request, RecordContacts record, ContactDirectory directory,
        CancellationToken cancellationToken)
    {
        var contact = await record.RecordAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/contacts/{contact.Id}", await directory.GetAsync(contact.Id, cancellationToken));
    }

    public static async Task<Ok<ContactBatchResult>> CreateContactBatch(ContactBatchRequest request, RecordContacts record, CancellationToken cancellationToken) =>
        TypedResults.Ok(await record.RecordBatchAsync(request.Contacts, cancellationToken));

    public static async Task<Ok<List<ContactView>>> ListContacts(ContactDirectory directory, Guid? customerId, Guid? caseId, int? limit,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListAsync(customerId, caseId, limit ?? 100, cancellationToken));

    public static async Task<Ok<ContactView>> GetContact(Guid id, ContactDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<ContactView>> WrapUpContact(Guid id, WrapUpContactRequest request, ContactDirectory directory,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.WrapUpAsync(id, request, cancellationToken));

    public static async Task<Results<Accepted<ContactImportView>, ValidationProblem>> StartImport(IFormFile? file, ImportContacts imports,
        CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = ["Attach a CSV file in the field 'file'."] });
        }

        var view = await imports.StartAsync(file, cancellationToken);
        return TypedResults.Accepted($"/api/v1/contacts/imports/{view.Id}", view);
    }

    public static async Task<Ok<ContactImportView>> GetImport(Guid id, ImportContacts imports, CancellationToken cancellationToken) =>
        TypedResults.Ok(await imports.GetAsync(id, cancellationToken));
}
