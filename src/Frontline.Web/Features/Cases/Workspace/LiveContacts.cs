using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Catalogue;
using Frontline.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases.Workspace;

/// <summary>An open complaint as the agent workspace lists it.</summary>
public sealed record OpenComplaintItem(Guid Id, ComplaintStatus Status, DateOnly FinalResponseDue, string Description);

/// <summary>Everything the agent needs on screen during a live contact, gathered from the modules that own it.</summary>
public sealed record LiveContactView(
    ContactView Contact,
    CustomerView? Customer,
    IReadOnlyList<ProductSummary> ProductsHeld,
    IReadOnlyList<CaseView> OpenCases,
    IReadOnlyList<OpenComplaintItem> OpenComplaints,
    IReadOnlyList<ContactView> RecentContacts)
{
    public bool IsWrappedUp => Contact.WrapEndedAt is not null;
}

/// <summary>
/// The agent workspace's use cases: start a contact with a customer (or an unidentified caller), gather the
/// customer summary for it, and wrap it up. Each step goes through the owning module's services, so the
/// same rules (scope, validation, redaction, audit) apply as in the API.
/// </summary>
public sealed class LiveContacts(
    FrontlineDbContext db,
    RecordContacts record,
    ContactDirectory contacts,
    CustomerDirectory customers,
    ProductCatalogue catalogue,
    CaseDirectory cases,
    TimeProvider clock)
{
    /// <summary>Outcome codes offered at wrap-up (the contact's outcome is free text up to its limit for integrations).</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Outcomes =
    [
        ("resolved-first-contact", "Resolved at first contact"),
        ("information-given", "Information given"),
        ("case-opened", "Case opened or updated"),
        ("referred", "Referred"),
        ("complaint-recorded", "Complaint recorded"),
        ("callback-arranged", "Call-back arranged"),
        ("identity-not-verified", "Could not verify identity"),
        ("no-action", "No action needed"),
    ];

    public async Task<Contact> StartAsync(Guid? customerId, string channel, CancellationToken cancellationToken)
    {
        if (customerId is { } id)
        {
            await customers.GetAsync(id, cancellationToken); // 404 when out of reach
        }

        var now = clock.GetUtcNow();
        return await record.RecordAsync(new ContactRequest(customerId, channel, ContactDirections.Inbound, null, now, now, null, null, null, null, null),
            cancellationToken);
    }

    public async Task<LiveContactView> GetAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await contacts.GetAsync(contactId, cancellationToken);
        if (contact.CustomerId is not { } customerId)
        {
            return new LiveContactView(contact, null, [], [], [], []);
        }

        var customer = await customers.GetAsync(customerId, cancellationToken);
        var held = customer.ProductIds.ToHashSet();
        var products = held.Count == 0
            ? []
            : (await catalogue.ListAsync(null, includeInactive: true, cancellationToken)).Where(p => held.Contains(p.Id)).ToList();

        // The customer's open cases and complaints are shown to whoever is talking to them, whatever team owns them:
        // the agent must not promise what another team is already doing.
        var openCases = await db.Set<Case>().AsNoTracking()
            .Where(c => c.CustomerId == customerId && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Resolved)
            .OrderBy(c => c.CreatedAt).Take(20).ToListAsync(cancellationToken);
        var openComplaints = await db.Set<Complaint>().AsNoTracking()
            .Where(c => c.CustomerId == customerId && c.Status != ComplaintStatus.Closed)
            .OrderBy(c => c.ReceivedAt).Take(20)
            .Select(c => new OpenComplaintItem(c.Id, c.Status, c.FinalResponseDue, c.Description))
            .ToListAsync(cancellationToken);
        var recent = (await contacts.ListAsync(customerId, null, 6, cancellationToken)).Where(c => c.Id != contactId).Take(5).ToList();
        return new LiveContactView(contact, customer, products, await cases.ViewsAsync(openCases, cancellationToken), openComplaints, recent);
    }

    /// <summary>Links the contact to a case it is about (opened or updated during the contact).</summary>
    public async Task LinkCaseAsync(Guid contactId, Guid caseId, CancellationToken cancellationToken)
    {
        var contact = await contacts.GetAsync(contactId, cancellationToken);
        await contacts.WrapUpAsync(contactId, new WrapUpContactRequest(contact.Version, null, null, null, null, caseId, null), cancellationToken);
    }

    public async Task WrapUpAsync(Guid contactId, int version, string outcome, string? notes, CancellationToken cancellationToken)
    {
        if (!Outcomes.Any(o => o.Code == outcome))
        {
            throw new DomainException("contact.outcome", "Choose an outcome for the contact.", DomainErrorKind.Invalid, "outcome");
        }

        var now = clock.GetUtcNow();
        await contacts.WrapUpAsync(contactId, new WrapUpContactRequest(version, now, now, outcome, notes, null, null), cancellationToken);
    }
}

/// <summary>The agent workspace composes the front-line modules; it is registered after them.</summary>
public static class AgentWorkspace
{
    public static IServiceCollection AddAgentWorkspace(this IServiceCollection services) => services.AddScoped<LiveContacts>();
}
