using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// Records that the agent read a product's mandatory disclosures out to the customer in a contact (who, when,
/// which), and tells what is still to be read out. Confirming twice keeps the first confirmation.
/// </summary>
public sealed class ConfirmDisclosures(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, ProductCatalogue catalogue, Cases.ContactDirectory contacts)
{
    public async Task<DisclosureStatusView> ExecuteAsync(Guid productId, DisclosureConfirmationRequest request, CancellationToken cancellationToken)
    {
        var product = await catalogue.FindAsync(productId, cancellationToken);
        var contactId = request.ContactId!.Value;
        await RequireContactAsync(contactId, cancellationToken);
        var codes = request.DisclosureCodes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = codes.FirstOrDefault(c => product.Disclosures.All(d => !string.Equals(d.Code, c, StringComparison.Ordinal)));
        if (unknown is not null)
        {
            throw new DomainException("disclosure.unknown", $"{product.Name} has no disclosure '{unknown}'.", DomainErrorKind.Invalid, "disclosureCodes");
        }

        var already = await db.Set<DisclosureConfirmation>().Where(c => c.ContactId == contactId && c.ProductId == productId)
            .Select(c => c.DisclosureCode).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var code in codes.Except(already, StringComparer.Ordinal))
        {
            db.Add(new DisclosureConfirmation
            {
                ContactId = contactId, ProductId = productId, DisclosureCode = code, ConfirmedById = me.Id, ConfirmedAt = now,
                ProductRevision = product.MaterialRevision,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return await StatusAsync(productId, contactId, cancellationToken);
    }

    public async Task<DisclosureStatusView> StatusAsync(Guid productId, Guid contactId, CancellationToken cancellationToken)
    {
        var product = await catalogue.FindAsync(productId, cancellationToken);
        await RequireContactAsync(contactId, cancellationToken);
        var confirmations = await db.Set<DisclosureConfirmation>().AsNoTracking()
            .Where(c => c.ContactId == contactId && c.ProductId == productId).ToListAsync(cancellationToken);
        var names = await ProductCatalogue.StaffNamesAsync(db, confirmations.Select(c => c.ConfirmedById), cancellationToken);
        var states = product.Disclosures.Select(d =>
        {
            var c = confirmations.FirstOrDefault(x => string.Equals(x.DisclosureCode, d.Code, StringComparison.Ordinal));
            return new DisclosureState(d.Code, d.Title, d.Text, c is not null, c?.ConfirmedById,
                c is null ? null : names.GetValueOrDefault(c.ConfirmedById), c is null ? null : ProductCatalogue.Instant(c.ConfirmedAt));
        }).ToList();
        var outstanding = states.Where(s => !s.Confirmed).Select(s => s.Code).ToList();
        return new DisclosureStatusView(productId, contactId, states, outstanding, outstanding.Count == 0);
    }

    /// <summary>Only contacts in the caller's scope (the Cases module decides): compliance evidence cannot be put on another team's.</summary>
    private Task RequireContactAsync(Guid contactId, CancellationToken cancellationToken) => contacts.RequireInScopeAsync(contactId, cancellationToken);
}
