using Frontline.Data.Platform;
using Frontline.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Performance;

internal sealed class ValidationRunConfiguration : IEntityTypeConfiguration<ValidationRun>
{
    public void Configure(EntityTypeBuilder<ValidationRun> builder)
    {
        builder.ToTable("PerformanceValidationRuns");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Problems).HasJsonConversion();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.HasMany(r => r.Exclusions).WithOne().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.KpiId, r.PeriodStart });
    }
}

internal sealed class ExclusionConfiguration : IEntityTypeConfiguration<Exclusion>
{
    public void Configure(EntityTypeBuilder<Exclusion> builder)
    {
        builder.ToTable("PerformanceExclusions");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.RunId, e.ContactId }).IsUnique();
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("PerformancePublications");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Results).HasJsonConversion();
        builder.Property(p => p.Comment).HasMaxLength(2000);
        builder.HasIndex(p => new { p.KpiId, p.PeriodStart }).IsUnique();
    }
}

internal sealed class DistributionConfiguration : IEntityTypeConfiguration<Distribution>
{
    public void Configure(EntityTypeBuilder<Distribution> builder)
    {
        builder.ToTable("PerformanceDistributions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.What).HasMaxLength(500);
        builder.Property(d => d.Reason).HasMaxLength(200);
        builder.HasIndex(d => d.PublicationId);
        builder.HasIndex(d => new { d.RecipientId, d.AcknowledgedAt });
    }
}
