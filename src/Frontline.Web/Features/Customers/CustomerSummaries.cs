using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>What the vulnerability banner shows on every contact with the customer.</summary>
public sealed record VulnerabilityBanner(IReadOnlyList<VulnerabilityDriver> Drivers, string NeedsAndAdjustments, bool Temporary, DateOnly ReviewDate, bool DueForReview);

/// <summary>A customer at a glance, for the agent workspace: who they are, how to treat them, what they hold.</summary>
public sealed record CustomerSummary(Guid Id, string Reference, string Name, PreferredChannel? PreferredChannel, string? CommunicationNeeds,
    VulnerabilityBanner? Vulnerability, IReadOnlyList<Guid> ProductIds, bool VerificationLocked);

/// <summary>Reads <see cref="CustomerSummary"/>; other modules (the agent workspace) call it in-process.</summary>
public sealed class CustomerSummaries(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<CustomerSummary> GetAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var customer = await db.Set<Customer>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            ?? throw DomainException.NotFound("customer");
        var vulnerability = await db.Set<CustomerVulnerability>().AsNoTracking().SingleOrDefaultAsync(v => v.CustomerId == customerId, cancellationToken);
        var lockout = await db.Set<VerificationLockout>().AsNoTracking().SingleOrDefaultAsync(l => l.CustomerId == customerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new CustomerSummary(customer.Id, customer.Reference, customer.FullName, customer.PreferredChannel, customer.CommunicationNeeds,
            vulnerability is null
                ? null
                : new VulnerabilityBanner(vulnerability.Drivers, vulnerability.NeedsAndAdjustments, vulnerability.Temporary, vulnerability.ReviewDate,
                    vulnerability.IsDueForReview(DateOnly.FromDateTime(now))),
            customer.ProductIds, lockout?.IsLocked(now) == true);
    }
}
