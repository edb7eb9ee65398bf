using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// Adds and edits products (managers and administrators). Every edit leaves a change record; a material one
/// (wording, features, eligibility, fees, disclosures) starts a new revision that staff must acknowledge.
/// </summary>
public sealed class ManageProducts(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<Product> CreateAsync(ProductRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var code = request.Code.Trim();
        if (await db.Set<Product>().AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new DomainException("product.code-taken", $"The code {code} is already used by another product.", DomainErrorKind.Conflict, "code");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var product = new Product { Code = code, Name = "", UpdatedAt = now };
        Apply(product, request);
        db.Add(product);
        db.Add(new ProductChange
        {
            ProductId = product.Id, ChangedAt = now, ChangedById = me.Id, Parts = "created", Material = true,
            MaterialRevision = product.MaterialRevision, Note = CardNumberRedactor.Redact(request.ChangeNote?.Trim()),
        });
        await db.SaveChangesAsync(cancellationToken);
        return product;
    }

    public async Task<(Product Product, ProductChange? Change)> UpdateAsync(Guid id, ProductRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        if (request.Version is null)
        {
            throw new DomainException("validation", "Send the version you read.", DomainErrorKind.Invalid, "version");
        }

        var product = await db.Set<Product>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DomainException.NotFound("product");
        if (request.Version != product.Version)
        {
            throw new DomainException("version.stale",
                $"This product was changed by someone else (version {product.Version}, yours {request.Version}). Reload and apply your change again.",
                DomainErrorKind.Conflict);
        }

        var code = request.Code.Trim();
        if (!string.Equals(code, product.Code, StringComparison.Ordinal))
        {
            throw new DomainException("product.code-fixed", "A product's code cannot change: other records refer to it.", DomainErrorKind.Invalid, "code");
        }

        var before = product.Snapshot();
        Apply(product, request);
        var difference = product.CompareWith(before);
        if (!difference.Any)
        {
            return (product, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (difference.IsMaterial)
        {
            product.MaterialRevision++;
        }

        product.UpdatedAt = now;
        var change = new ProductChange
        {
            ProductId = product.Id, ChangedAt = now, ChangedById = me.Id, Parts = string.Join(',', difference.Parts),
            Material = difference.IsMaterial, MaterialRevision = product.MaterialRevision,
            Note = CardNumberRedactor.Redact(request.ChangeNote?.Trim()),
        };
        db.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        return (product, change);
    }

    /// <summary>Copies a request onto a product, redacting card numbers from every text (also used by the demo seeder).</summary>
    internal static void Apply(Product product, ProductRequest request)
    {
        static string Text(string value) => CardNumberRedactor.Redact(value.Trim())!;

        product.Name = Text(request.Name);
        product.Category = Text(request.Category);
        product.Overview = Text(request.Overview);
        product.ApprovedWording = Text(request.ApprovedWording);
        product.Features = [.. (request.Features ?? []).Select(f => new ProductFeature(Text(f.Feature), Text(f.Benefit)))];
        product.Eligibility = (request.Eligibility ?? new EligibilityInput()).ToDomain();
        product.Fees = [.. (request.Fees ?? []).Select(f => new ProductFee(Text(f.Name), f.AmountPence!.Value, Text(f.Frequency),
            f.Notes is null ? null : Text(f.Notes)))];
        product.Disclosures = [.. (request.Disclosures ?? []).Select(d => new ProductDisclosure(d.Code, Text(d.Title), Text(d.Text)))];
        product.Comparisons = [.. (request.Comparisons ?? []).Select(c => new CompetitorComparison(Text(c.Competitor), Text(c.Aspect),
            Text(c.Ours), Text(c.Theirs)))];
        product.Sources = [.. (request.Sources ?? []).Select(s => new InformationSource(Text(s.Title), Text(s.Reference)))];
        product.IsActive = request.IsActive ?? product.IsActive;
    }
}
