using Frontline.Data.Platform;
using Frontline.Domain.Quality.Audits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Quality;

internal sealed class PlannedAuditConfiguration : IEntityTypeConfiguration<PlannedAudit>
{
    public void Configure(EntityTypeBuilder<PlannedAudit> builder)
    {
        builder.ToTable("QualityPlannedAudits");
        builder.Property(p => p.Title).HasMaxLength(PlannedAudit.MaxTitleLength);
        builder.Property(p => p.Practice).HasMaxLength(60);
        builder.Property(p => p.Scope).HasMaxLength(PlannedAudit.MaxTextLength);
        builder.Property(p => p.Requirements).HasMaxLength(PlannedAudit.MaxTextLength);
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.IsActive, p.NextDueOn });
    }
}

internal sealed class AuditChecklistConfiguration : IEntityTypeConfiguration<AuditChecklist>
{
    public void Configure(EntityTypeBuilder<AuditChecklist> builder)
    {
        builder.ToTable("QualityAuditChecklists");
        builder.Property(c => c.Name).HasMaxLength(AuditChecklist.MaxNameLength);
        builder.Property(c => c.Practice).HasMaxLength(60);
        builder.Property(c => c.Items).HasJsonConversion(120_000);
    }
}

internal sealed class AuditConfiguration : IEntityTypeConfiguration<Audit>
{
    public void Configure(EntityTypeBuilder<Audit> builder)
    {
        builder.ToTable("QualityAudits");
        builder.Property(a => a.Title).HasMaxLength(PlannedAudit.MaxTitleLength);
        builder.Property(a => a.Practice).HasMaxLength(60);
        builder.Property(a => a.Scope).HasMaxLength(PlannedAudit.MaxTextLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Report).HasMaxLength(Audit.MaxReportLength);
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Status, a.StartedAt });
        builder.HasIndex(a => a.PlannedAuditId);
    }
}

internal sealed class AuditItemConfiguration : IEntityTypeConfiguration<AuditItem>
{
    public void Configure(EntityTypeBuilder<AuditItem> builder)
    {
        builder.ToTable("QualityAuditItems");
        builder.Property(i => i.Text).HasMaxLength(AuditChecklist.MaxItemLength);
        builder.Property(i => i.Guidance).HasMaxLength(AuditChecklist.MaxItemLength);
        builder.Property(i => i.Evidence).HasMaxLength(Audit.MaxEvidenceLength);
        builder.Property(i => i.Finding).HasConversion<string>().HasMaxLength(20);
    }
}
