using Frontline.Data.Platform;
using Frontline.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Performance;

internal sealed class CharterEntryConfiguration : IEntityTypeConfiguration<CharterEntry>
{
    public void Configure(EntityTypeBuilder<CharterEntry> builder)
    {
        builder.ToTable("PerformanceCharter");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(CharterDefinition.MaxTitleLength);
        builder.Property(e => e.Statement).HasMaxLength(CharterDefinition.MaxStatementLength);
        builder.Property(e => e.KpiIds).HasJsonConversion();
        builder.HasIndex(e => e.PolicyId);
    }
}

internal sealed class CaseServiceTargetConfiguration : IEntityTypeConfiguration<CaseServiceTarget>
{
    public void Configure(EntityTypeBuilder<CaseServiceTarget> builder)
    {
        builder.ToTable("PerformanceCaseTargets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Category).HasMaxLength(40);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.Category, t.Priority }).IsUnique();
    }
}

internal sealed class KpiReviewConfiguration : IEntityTypeConfiguration<KpiReview>
{
    public void Configure(EntityTypeBuilder<KpiReview> builder)
    {
        builder.ToTable("PerformanceReviews");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Band).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Comment).HasMaxLength(KpiReview.MaxCommentLength);
        builder.HasIndex(r => new { r.KpiId, r.PeriodStart });
    }
}
