using Frontline.Data.Platform;
using Frontline.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Performance;

// A KPI's definition (targets, bands, review actions, filters) is one value object stored as JSON: each version keeps its
// own copy, so results computed under a version can always be explained by it.

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.ToTable("PerformanceKpis");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(KpiDefinition.MaxNameLength);
        builder.Property(k => k.Definition).HasJsonConversion();
        builder.HasMany(k => k.Versions).WithOne().HasForeignKey(v => v.KpiId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.Name);
    }
}

internal sealed class KpiVersionConfiguration : IEntityTypeConfiguration<KpiVersion>
{
    public void Configure(EntityTypeBuilder<KpiVersion> builder)
    {
        builder.ToTable("PerformanceKpiVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Definition).HasJsonConversion();
        builder.HasIndex(v => new { v.KpiId, v.Number }).IsUnique();
    }
}
