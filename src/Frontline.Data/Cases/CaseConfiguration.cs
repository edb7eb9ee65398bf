using Frontline.Data.Platform;
using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.Summary).HasMaxLength(Case.MaxSummaryLength);
        builder.Property(c => c.Description).HasMaxLength(Case.MaxDescriptionLength);
        builder.Property(c => c.Reference).HasMaxLength(40);
        builder.Property(c => c.Category).HasMaxLength(40);
        builder.Property(c => c.Priority).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.OwnerId, c.Status });
        builder.HasIndex(c => new { c.TeamId, c.Status });
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => c.ResolvedAt); // closed work for automatic survey invitations
        builder.HasIndex(c => c.ClosedAt);
    }
}

internal sealed class CasePauseConfiguration : IEntityTypeConfiguration<CasePause>
{
    public void Configure(EntityTypeBuilder<CasePause> builder)
    {
        builder.ToTable("CasePauses");
        builder.HasIndex(p => p.CaseId);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.Property(e => e.What).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.HasIndex(e => e.CaseId);
    }
}

internal sealed class CaseActionConfiguration : IEntityTypeConfiguration<CaseAction>
{
    public void Configure(EntityTypeBuilder<CaseAction> builder)
    {
        builder.ToTable("CaseActions");
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Reason).HasMaxLength(CaseAction.MaxReasonLength);
        builder.Property(a => a.Decision).HasMaxLength(1000);
        builder.HasIndex(a => a.CaseId);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.Property(r => r.Reason).HasMaxLength(40);
        builder.Property(r => r.Mode).HasMaxLength(20);
        builder.Property(r => r.ToRole).HasMaxLength(40);
        builder.Property(r => r.Summary).HasMaxLength(Referral.MaxSummaryLength);
        builder.Property(r => r.RequestedAction).HasMaxLength(40);
        builder.Property(r => r.DeclineReason).HasMaxLength(Referral.MaxResponseLength);
        builder.Property(r => r.Resolution).HasMaxLength(Referral.MaxResponseLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => new { r.ToStaffId, r.Status });
        builder.HasIndex(r => new { r.ToRole, r.Status });
    }
}

internal sealed class CustomerUpdateConfiguration : IEntityTypeConfiguration<CustomerUpdate>
{
    public void Configure(EntityTypeBuilder<CustomerUpdate> builder)
    {
        builder.ToTable("CustomerUpdates");
        builder.Property(u => u.Channel).HasMaxLength(20);
        builder.Property(u => u.Message).HasMaxLength(CustomerUpdate.MaxMessageLength);
        builder.Property(u => u.ConstraintKind).HasMaxLength(20);
        builder.Property(u => u.ConstraintReason).HasMaxLength(CustomerUpdate.MaxConstraintReasonLength);
        builder.HasIndex(u => u.CaseId);
    }
}

internal sealed class AuthorityMatrixRecordConfiguration : IEntityTypeConfiguration<AuthorityMatrixRecord>
{
    public void Configure(EntityTypeBuilder<AuthorityMatrixRecord> builder)
    {
        builder.ToTable("AuthorityMatrix");
        builder.Property(m => m.Rules).HasJsonConversion();
    }
}

internal sealed class ContactImportConfiguration : IEntityTypeConfiguration<ContactImport>
{
    public void Configure(EntityTypeBuilder<ContactImport> builder)
    {
        builder.ToTable("ContactImports");
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.Property(i => i.Rejected).HasJsonConversion();
    }
}
