using Frontline.Data.Platform;
using Frontline.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Catalogue;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.Property(p => p.Code).HasMaxLength(Product.MaxCodeLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(Product.MaxNameLength);
        builder.Property(p => p.Category).HasMaxLength(Product.MaxCategoryLength);
        builder.Property(p => p.Overview).HasMaxLength(Product.MaxTextLength);
        builder.Property(p => p.ApprovedWording).HasMaxLength(Product.MaxTextLength);
        builder.Property(p => p.Features).HasJsonConversion();
        builder.Property(p => p.Eligibility).HasJsonConversion();
        builder.Property(p => p.Fees).HasJsonConversion();
        builder.Property(p => p.Disclosures).HasJsonConversion();
        builder.Property(p => p.Comparisons).HasJsonConversion();
        builder.Property(p => p.Sources).HasJsonConversion();
    }
}

internal sealed class ProductChangeConfiguration : IEntityTypeConfiguration<ProductChange>
{
    public void Configure(EntityTypeBuilder<ProductChange> builder)
    {
        builder.ToTable("ProductChanges");
        builder.Property(c => c.Parts).HasMaxLength(300);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasIndex(c => c.ProductId);
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DisclosureConfirmationConfiguration : IEntityTypeConfiguration<DisclosureConfirmation>
{
    public void Configure(EntityTypeBuilder<DisclosureConfirmation> builder)
    {
        builder.ToTable("DisclosureConfirmations");
        builder.Property(c => c.DisclosureCode).HasMaxLength(40);
        // A disclosure is confirmed once per contact; the contact belongs to the Cases module (referred to by id).
        builder.HasIndex(c => new { c.ContactId, c.ProductId, c.DisclosureCode }).IsUnique();
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
