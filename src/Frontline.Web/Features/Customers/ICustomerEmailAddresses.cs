using Frontline.Data;
using Frontline.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>Where to e-mail a customer: their name and address.</summary>
public sealed record CustomerEmailAddress(Guid CustomerId, string Name, string Email);

/// <summary>
/// Customers' e-mail addresses, owned by Customers and asked by modules that write to customers without a person
/// signed in (Quality's automatic survey invitations). Customers without an address are left out.
/// </summary>
public interface ICustomerEmailAddresses
{
    Task<IReadOnlyDictionary<Guid, CustomerEmailAddress>> ForAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken);
}

public sealed class CustomerEmailAddresses(FrontlineDbContext db) : ICustomerEmailAddresses
{
    public async Task<IReadOnlyDictionary<Guid, CustomerEmailAddress>> ForAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, CustomerEmailAddress>();
        foreach (var chunk in customerIds.Distinct().Chunk(500))
        {
            var rows = await db.Set<Customer>().AsNoTracking().Where(c => chunk.Contains(c.Id) && c.Email != null)
                .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email }).ToListAsync(cancellationToken);
            foreach (var c in rows.Where(c => !string.IsNullOrWhiteSpace(c.Email)))
            {
                found[c.Id] = new CustomerEmailAddress(c.Id, $"{c.FirstName} {c.LastName}", c.Email!);
            }
        }

        return found;
    }
}
