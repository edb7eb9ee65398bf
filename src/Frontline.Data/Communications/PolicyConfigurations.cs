using Frontline.Domain.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Communications;

// Ids are made by the domain (Guid v7), so children added to a loaded policy are inserted, not taken for existing rows.

internal sealed class CommunicationPolicyConfiguration : IEntityTypeConfiguration<CommunicationPolicy>
{
    public void Configure(EntityTypeBuilder<CommunicationPolicy> builder)
    {
        builder.ToTable("CommsPolicies");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(PolicyDefinition.MaxTitleLength);
        builder.Ignore(p => p.Working);
        builder.Ignore(p => p.Published);
        builder.Ignore(p => p.Latest);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("CommsPolicyVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Title).HasMaxLength(PolicyDefinition.MaxTitleLength);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.RejectionReason).HasMaxLength(ClauseComment.MaxTextLength);
        builder.Ignore(v => v.MissingComponents);
        builder.Ignore(v => v.AgreementsThisRound);
        builder.Ignore(v => v.Ordered);
        builder.HasIndex(v => new { v.PolicyId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.Status, v.ReviewDueOn });
        builder.HasMany(v => v.Clauses).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Comments).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.SignOffs).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Acknowledgements).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PolicyClauseConfiguration : IEntityTypeConfiguration<PolicyClause>
{
    public void Configure(EntityTypeBuilder<PolicyClause> builder)
    {
        builder.ToTable("CommsPolicyClauses");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Component).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Heading).HasMaxLength(PolicyDefinition.MaxHeadingLength);
        builder.Property(c => c.Text).HasMaxLength(PolicyDefinition.MaxClauseLength);
        builder.HasIndex(c => c.Key);
    }
}

internal sealed class ClauseCommentConfiguration : IEntityTypeConfiguration<ClauseComment>
{
    public void Configure(EntityTypeBuilder<ClauseComment> builder)
    {
        builder.ToTable("CommsClauseComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(ClauseComment.MaxTextLength);
        builder.Property(c => c.Reply).HasMaxLength(ClauseComment.MaxTextLength);
    }
}

internal sealed class PolicySignOffConfiguration : IEntityTypeConfiguration<PolicySignOff>
{
    public void Configure(EntityTypeBuilder<PolicySignOff> builder)
    {
        builder.ToTable("CommsPolicySignOffs");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Role).HasMaxLength(40);
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Comment).HasMaxLength(ClauseComment.MaxTextLength);
    }
}

internal sealed class PolicyAcknowledgementConfiguration : IEntityTypeConfiguration<PolicyAcknowledgement>
{
    public void Configure(EntityTypeBuilder<PolicyAcknowledgement> builder)
    {
        builder.ToTable("CommsPolicyAcknowledgements");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.VersionId, a.StaffId }).IsUnique();
        builder.HasIndex(a => a.StaffId);
    }
}
