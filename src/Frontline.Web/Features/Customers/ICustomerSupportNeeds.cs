using Frontline.Data;
using Frontline.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Which customers have recorded support needs (vulnerability, FCA FG21/1). Owned by Customers; asked by Quality so a
/// sampling plan can take contacts with customers in vulnerable circumstances without reading Customers' tables.
/// </summary>
public interface ICustomerSupportNeeds
{
    /// <summary>The subset of <paramref name="customerIds"/> with support needs recorded.</summary>
    Task<IReadOnlySet<Guid>> WithSupportNeedsAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken);
}

public sealed class CustomerSupportNeeds(FrontlineDbContext db) : ICustomerSupportNeeds
{
    public async Task<IReadOnlySet<Guid>> WithSupportNeedsAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in customerIds.Distinct().Chunk(1000))
        {
            found.UnionWith(await db.Set<CustomerVulnerability>().AsNoTracking().Where(v => chunk.Contains(v.CustomerId)).Select(v => v.CustomerId)
                .ToListAsync(cancellationToken));
        }

        return found;
    }
}
