using Frontline.Data.Platform;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Complaints;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.Property(c => c.Division).HasMaxLength(40);
        builder.Property(c => c.Channel).HasMaxLength(60);
        builder.Property(c => c.Description).HasMaxLength(Complaint.MaxDescriptionLength);
        builder.Property(c => c.ThirdPartyName).HasMaxLength(Complaint.MaxShortText);
        builder.Property(c => c.AboutKind).HasMaxLength(20);
        builder.Property(c => c.AboutDetail).HasMaxLength(Complaint.MaxShortText);
        builder.Property(c => c.ProductGroup).HasMaxLength(60);
        builder.Property(c => c.CauseCategory).HasMaxLength(60);
        builder.Property(c => c.RootCause).HasMaxLength(60);
        builder.Property(c => c.RulePackId).HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ComplainantType).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OmbudsmanOutcome).HasMaxLength(60);
        builder.Property(c => c.AgreedHow).HasMaxLength(Complaint.MaxShortText);
        builder.Property(c => c.TimeBarReasons).HasJsonConversion(8000);
        builder.Property(c => c.LearningPoints).HasJsonConversion(8000);
        builder.Ignore(c => c.OmbudsmanEligible);
        builder.Ignore(c => c.IsOpen);
        builder.HasMany(c => c.Options).WithOne().HasForeignKey(o => o.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Redress).WithOne().HasForeignKey(o => o.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Referrals).WithOne().HasForeignKey(o => o.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Letters).WithOne().HasForeignKey(o => o.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => new { c.Status, c.FinalResponseDue });
        // The dashboard and the return aggregate by receipt day and by response day: the indexes cover every column they read,
        // so that a year of a million complaints is read from the index alone, never row by row from the table.
        builder.HasIndex(c => new
        {
            c.ReceivedOn, c.ProductGroup, c.CauseCategory, c.Channel, c.TeamId, c.RootCause, c.OmbudsmanOutcome, c.Status, c.Outcome, c.RespondedOn,
            c.RespondedWithinSummaryWindow, c.RespondedWithinFinalDeadline, c.FinalResponseDue, c.RedressTotalPence, c.OmbudsmanReferredAt,
        }).HasDatabaseName("IX_Complaints_Figures_ByReceipt");
        builder.HasIndex(c => new
        {
            c.RespondedOn, c.ProductGroup, c.CauseCategory, c.RespondedWithinSummaryWindow, c.RespondedWithinFinalDeadline, c.Outcome, c.RedressTotalPence,
        }).HasDatabaseName("IX_Complaints_Figures_ByResponse");
    }
}

internal sealed class ComplaintOptionConfiguration : IEntityTypeConfiguration<ComplaintOption>
{
    public void Configure(EntityTypeBuilder<ComplaintOption> builder)
    {
        builder.ToTable("ComplaintOptions");
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Advantages).HasMaxLength(2000);
        builder.Property(o => o.Disadvantages).HasMaxLength(2000);
        builder.Property(o => o.BenefitToCustomer).HasMaxLength(2000);
    }
}

internal sealed class ComplaintRedressConfiguration : IEntityTypeConfiguration<ComplaintRedress>
{
    public void Configure(EntityTypeBuilder<ComplaintRedress> builder)
    {
        builder.ToTable("ComplaintRedress");
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Authority).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class ComplaintReferralConfiguration : IEntityTypeConfiguration<ComplaintReferral>
{
    public void Configure(EntityTypeBuilder<ComplaintReferral> builder)
    {
        builder.ToTable("ComplaintReferrals");
        builder.Property(r => r.ReferredTo).HasMaxLength(100);
        builder.Property(r => r.Reason).HasMaxLength(500);
    }
}

internal sealed class ComplaintLetterConfiguration : IEntityTypeConfiguration<ComplaintLetter>
{
    public void Configure(EntityTypeBuilder<ComplaintLetter> builder)
    {
        builder.ToTable("ComplaintLetters");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.Body).HasMaxLength(LetterTemplate.MaxBodyLength);
    }
}

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.ToTable("ComplaintLetterTemplates");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.Body).HasMaxLength(LetterTemplate.MaxBodyLength);
        builder.HasIndex(l => l.Kind).IsUnique();
    }
}

internal sealed class TaxonomyEntryConfiguration : IEntityTypeConfiguration<TaxonomyEntry>
{
    public void Configure(EntityTypeBuilder<TaxonomyEntry> builder)
    {
        builder.ToTable("ComplaintTaxonomy");
        builder.Property(t => t.Kind).HasMaxLength(30);
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.Property(t => t.Label).HasMaxLength(200);
        builder.Property(t => t.Parent).HasMaxLength(60);
        builder.HasIndex(t => new { t.Kind, t.Code }).IsUnique();
    }
}

internal sealed class RulePackSettingConfiguration : IEntityTypeConfiguration<RulePackSetting>
{
    public void Configure(EntityTypeBuilder<RulePackSetting> builder)
    {
        builder.ToTable("ComplaintRulePackSettings");
        builder.HasKey(s => s.PackId);
        builder.Property(s => s.PackId).HasMaxLength(40);
        builder.Property(s => s.Division).HasMaxLength(40);
        builder.Property(s => s.ReceiptOnNonBusinessDay).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class ComplaintSettingsConfiguration : IEntityTypeConfiguration<ComplaintSettings>
{
    public void Configure(EntityTypeBuilder<ComplaintSettings> builder)
    {
        builder.ToTable("ComplaintSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.DefaultRulePackId).HasMaxLength(40);
        builder.Property(s => s.ExpectedBasis).HasMaxLength(20);
        builder.Property(s => s.ExpectedRatePerThousand).HasPrecision(12, 3);
        builder.Property(s => s.TolerancePercent).HasPrecision(6, 2);
    }
}
