using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>Reads products for every member of staff: the catalogue, a product's overview, its change record, eligibility checks.</summary>
public sealed class ProductCatalogue(FrontlineDbContext db)
{
    public async Task<List<ProductSummary>> ListAsync(string? query, bool includeInactive, CancellationToken cancellationToken)
    {
        var products = db.Set<Product>().AsNoTracking();
        if (!includeInactive)
        {
            products = products.Where(p => p.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var pattern = $"%{query.Trim().ToLowerInvariant()}%";
            products = products.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern) || EF.Functions.Like(p.Code.ToLower(), pattern)
                || EF.Functions.Like(p.Category.ToLower(), pattern));
        }

        return await products.OrderBy(p => p.Category).ThenBy(p => p.Name)
            .Select(p => new ProductSummary(p.Id, p.Code, p.Name, p.Category, p.IsActive, p.MaterialRevision, p.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<Product> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Product>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw DomainException.NotFound("product");

    public async Task<ProductView> GetAsync(Guid id, CancellationToken cancellationToken) => ToView(await FindAsync(id, cancellationToken));

    public async Task<List<ProductChangeView>> ChangesAsync(Guid id, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        var changes = await db.Set<ProductChange>().AsNoTracking().Where(c => c.ProductId == id).ToListAsync(cancellationToken);
        var names = await StaffNamesAsync(db, changes.Select(c => c.ChangedById), cancellationToken);
        return changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new ProductChangeView(c.Id, Instant(c.ChangedAt), c.ChangedById, names.GetValueOrDefault(c.ChangedById, "unknown"),
                c.Parts.Split(',', StringSplitOptions.RemoveEmptyEntries), c.Material, c.MaterialRevision, c.Note))
            .ToList();
    }

    public async Task<EligibilityResult> CheckEligibilityAsync(Guid id, EligibilityCheckRequest request, CancellationToken cancellationToken)
    {
        var product = await FindAsync(id, cancellationToken);
        return product.CheckEligibility(new EligibilityFacts(request.Age!.Value, request.UkResident!.Value, request.ExistingProducts,
            request.AnnualIncomePence));
    }

    public static ProductView ToView(Product p) =>
        new(p.Id, p.Code, p.Name, p.Category, p.Overview, p.ApprovedWording, p.Features, p.Eligibility, p.Fees, p.Disclosures,
            p.Comparisons, p.Sources, p.IsActive, p.MaterialRevision, Instant(p.UpdatedAt), p.Version);

    internal static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    internal static async Task<Dictionary<Guid, string>> StaffNamesAsync(FrontlineDbContext db, IEnumerable<Guid> ids,
        CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<StaffMember>().AsNoTracking().Where(s => wanted.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }
}
