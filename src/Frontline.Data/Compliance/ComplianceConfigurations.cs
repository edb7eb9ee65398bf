using Frontline.Data.Platform;
using Frontline.Domain.Compliance;
using Frontline.Domain.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Compliance;

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.ToTable("ComplianceRequirements");
        builder.Property(r => r.Title).HasMaxLength(Requirement.MaxTitleLength);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Source).HasMaxLength(Requirement.MaxSourceLength);
        builder.Property(r => r.Citation).HasMaxLength(Requirement.MaxCitationLength);
        builder.Property(r => r.Summary).HasMaxLength(Requirement.MaxTextLength);
        builder.Property(r => r.CustomerEffect).HasMaxLength(Requirement.MaxTextLength);
        builder.Property(r => r.ColleagueEffect).HasMaxLength(Requirement.MaxTextLength);
        builder.Property(r => r.Channels).HasMaxLength(Requirement.MaxScopeLength);
        builder.Property(r => r.Products).HasMaxLength(Requirement.MaxScopeLength);
        builder.Property(r => r.Processes).HasMaxLength(Requirement.MaxScopeLength);
        builder.Property(r => r.Teams).HasMaxLength(Requirement.MaxScopeLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Controls).HasJsonConversion(40_000);
        builder.Property(r => r.Measures).HasJsonConversion(10_000);
        builder.Property(r => r.Implications).HasMaxLength(Requirement.MaxTextLength);
        builder.Property(r => r.RiskReasoning).HasMaxLength(Requirement.MaxTextLength);
        builder.Ignore(r => r.InherentScore);
        builder.Ignore(r => r.ResidualScore);
        builder.HasIndex(r => r.Citation);
    }
}

internal sealed class RiskChangeConfiguration : IEntityTypeConfiguration<RiskChange>
{
    public void Configure(EntityTypeBuilder<RiskChange> builder)
    {
        builder.ToTable("ComplianceRiskChanges");
        builder.Property(r => r.Implications).HasMaxLength(Requirement.MaxTextLength);
        builder.Property(r => r.Reasoning).HasMaxLength(Requirement.MaxTextLength);
        builder.HasIndex(r => new { r.RequirementId, r.AssessedAt });
    }
}

internal sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> builder)
    {
        builder.ToTable("ComplianceBreaches");
        builder.Property(b => b.StaffIds).HasJsonConversion(4000);
        builder.Property(b => b.DetectedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.SourceLink).HasMaxLength(Breach.MaxLinkLength);
        builder.Property(b => b.Description).HasMaxLength(Breach.MaxTextLength);
        builder.Property(b => b.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.CustomerRedress).HasMaxLength(Breach.MaxTextLength);
        builder.Property(b => b.RootCause).HasMaxLength(Breach.MaxTextLength);
        builder.Property(b => b.FcaReference).HasMaxLength(100);
        builder.Property(b => b.IcoReference).HasMaxLength(100);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.DecisionReason).HasMaxLength(Breach.MaxTextLength);
        builder.Property(b => b.Route).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.CoachingNeed).HasMaxLength(Breach.MaxTextLength);
        builder.Property(b => b.Procedure).HasJsonConversion(100_000);
        builder.Ignore(b => b.IsConfidential);
        builder.HasIndex(b => new { b.Status, b.DetectedAt });
        builder.HasIndex(b => b.EvaluationId);
        builder.HasIndex(b => b.RequirementId);
    }
}

internal sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> builder)
    {
        builder.ToTable("DataProtectionSubjectAccessRequests");
        builder.Property(s => s.Division).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Requester).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.RequesterName).HasMaxLength(200);
        builder.Property(s => s.VerifiedHow).HasMaxLength(SubjectAccessRequest.MaxTextLength);
        builder.Property(s => s.Pauses).HasJsonConversion(10_000);
        builder.Property(s => s.ExtensionReason).HasMaxLength(SubjectAccessRequest.MaxTextLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.OpenPause);
        builder.HasIndex(s => new { s.Status, s.DueDate });
        builder.HasIndex(s => s.CustomerId);
    }
}

internal sealed class RegulatoryChangeConfiguration : IEntityTypeConfiguration<RegulatoryChange>
{
    public void Configure(EntityTypeBuilder<RegulatoryChange> builder)
    {
        builder.ToTable("ComplianceRegulatoryChanges");
        builder.Property(c => c.Source).HasMaxLength(RegulatoryChange.MaxSourceLength);
        builder.Property(c => c.Summary).HasMaxLength(RegulatoryChange.MaxSummaryLength);
        builder.Property(c => c.RequirementIds).HasJsonConversion(10_000);
        builder.HasIndex(c => c.EffectiveOn);
    }
}

internal sealed class ChangeReviewConfiguration : IEntityTypeConfiguration<ChangeReview>
{
    public void Configure(EntityTypeBuilder<ChangeReview> builder)
    {
        builder.ToTable("ComplianceChangeReviews");
        builder.Property(r => r.ItemKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ItemReference).HasMaxLength(200);
        builder.Property(r => r.ItemLabel).HasMaxLength(Requirement.MaxTitleLength);
        builder.Property(r => r.ItemLink).HasMaxLength(500);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Notes).HasMaxLength(ChangeReview.MaxNotesLength);
        builder.Property(r => r.NewVersionLink).HasMaxLength(500);
        builder.HasIndex(r => r.ChangeId);
        builder.HasIndex(r => new { r.OwnerId, r.Status });
    }
}

internal sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        builder.ToTable("DataProtectionRetentionRules");
        builder.HasKey(r => r.DataClass);
        builder.Property(r => r.DataClass).HasMaxLength(40);
        builder.Property(r => r.StartsFrom).HasMaxLength(100);
        builder.Property(r => r.Basis).HasMaxLength(RetentionRule.MaxBasisLength);
    }
}

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> builder)
    {
        builder.ToTable("DataProtectionErasureRequests");
        builder.Property(e => e.CustomerReference).HasMaxLength(40);
        builder.Property(e => e.Division).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Grounds).HasMaxLength(ErasureRequest.MaxTextLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Outcome).HasJsonConversion(20_000);
        builder.HasIndex(e => new { e.Status, e.DueDate });
        builder.HasIndex(e => e.CustomerId);
    }
}
