using Frontline.Data;
using Frontline.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// The mandatory disclosures an agent confirmed reading out in a contact, for reviewers of the contact such as
/// Quality. The caller has already checked that the contact is in its scope.
/// </summary>
public interface IContactDisclosures
{
    Task<IReadOnlyList<ContactDisclosureView>> ForContactAsync(Guid contactId, CancellationToken cancellationToken);
}

public sealed record ContactDisclosureView(Guid ProductId, string ProductName, string DisclosureCode, string DisclosureTitle, DateTimeOffset ConfirmedAt);

internal sealed class ContactDisclosures(FrontlineDbContext db) : IContactDisclosures
{
    public async Task<IReadOnlyList<ContactDisclosureView>> ForContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var confirmations = await db.Set<DisclosureConfirmation>().AsNoTracking().Where(c => c.ContactId == contactId).OrderBy(c => c.ConfirmedAt)
            .ToListAsync(cancellationToken);
        var productIds = confirmations.Select(c => c.ProductId).Distinct().ToList();
        var products = await db.Set<Product>().AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. confirmations.Select(c =>
        {
            var product = products.GetValueOrDefault(c.ProductId);
            var title = product?.Disclosures.FirstOrDefault(d => d.Code == c.DisclosureCode)?.Title ?? c.DisclosureCode;
            return new ContactDisclosureView(c.ProductId, product?.Name ?? "(product removed)", c.DisclosureCode, title,
                new DateTimeOffset(DateTime.SpecifyKind(c.ConfirmedAt, DateTimeKind.Utc)));
        })];
    }
}
