using Frontline.Data;
using Frontline.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>What a message to a customer needs: their name and reference, and their recorded communication needs and adjustments.</summary>
public sealed record CustomerCommunicationProfile(Guid CustomerId, string FirstName, string LastName, string Reference, IReadOnlyList<string> Needs);

/// <summary>
/// A customer's communication needs (the customer's own communication needs text and the adjustments recorded with any
/// support needs, FCA FG21/1). Owned by Customers; asked by Communications to choose a template's variant (large print,
/// easy read, Welsh) without reading Customers' tables. Null when there is no such customer.
/// </summary>
public interface ICustomerCommunicationNeeds
{
    Task<CustomerCommunicationProfile?> ProfileAsync(Guid customerId, CancellationToken cancellationToken);
}

public sealed class CustomerCommunicationNeeds(FrontlineDbContext db) : ICustomerCommunicationNeeds
{
    public async Task<CustomerCommunicationProfile?> ProfileAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var customer = await db.Set<Customer>().AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.FirstName, c.LastName, c.Reference, c.CommunicationNeeds }).SingleOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var adjustments = await db.Set<CustomerVulnerability>().AsNoTracking().Where(v => v.CustomerId == customerId).Select(v => v.NeedsAndAdjustments)
            .ToListAsync(cancellationToken);
        return new CustomerCommunicationProfile(customerId, customer.FirstName, customer.LastName, customer.Reference,
            [.. new[] { customer.CommunicationNeeds }.Concat(adjustments).OfType<string>()]);
    }
}
