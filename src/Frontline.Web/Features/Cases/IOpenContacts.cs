namespace Frontline.Web.Features.Cases;

/// <summary>
/// Whether a contact is still open (not wrapped up) and handled by a given person: what the Customers module binds
/// identity assurance to, without reading the contacts table itself.
/// </summary>
public interface IOpenContacts
{
    Task<bool> IsOpenAndHandledByAsync(Guid contactId, Guid staffId, Guid customerId, CancellationToken cancellationToken);
}

/// <summary>The Cases module's answer: the contact exists, is for this customer, is the person's own, and its wrap-up has not ended.</summary>
public sealed class OpenContacts(Frontline.Data.FrontlineDbContext db) : IOpenContacts
{
    public Task<bool> IsOpenAndHandledByAsync(Guid contactId, Guid staffId, Guid customerId, CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.Set<Frontline.Domain.Cases.Contact>(),
            c => c.Id == contactId && c.AgentId == staffId && (c.CustomerId == null || c.CustomerId == customerId) && c.WrapEndedAt == null,
            cancellationToken);
}
