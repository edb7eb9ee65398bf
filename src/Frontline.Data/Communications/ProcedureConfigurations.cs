using Frontline.Domain.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Communications;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.ToTable("CommsProcedures");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(ProcedureDefinition.MaxTitleLength);
        builder.Ignore(p => p.Draft);
        builder.Ignore(p => p.InForce);
        builder.Ignore(p => p.Latest);
        builder.HasIndex(p => p.PolicyId);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        builder.ToTable("CommsProcedureVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Title).HasMaxLength(ProcedureDefinition.MaxTitleLength);
        builder.Property(v => v.Mode).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Channel).HasMaxLength(20);
        builder.Property(v => v.Purpose).HasMaxLength(ProcedureDefinition.MaxPurposeLength);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(v => v.Ordered);
        builder.Ignore(v => v.CurrentEvaluation);
        builder.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        builder.HasMany(v => v.Steps).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Evaluations).WithOne().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureStepConfiguration : IEntityTypeConfiguration<ProcedureStep>
{
    public void Configure(EntityTypeBuilder<ProcedureStep> builder)
    {
        builder.ToTable("CommsProcedureSteps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Text).HasMaxLength(ProcedureDefinition.MaxStepLength);
        builder.PrimitiveCollection(s => s.ClauseKeys);
        builder.HasIndex(s => s.VersionId);
    }
}

internal sealed class ProcedureEvaluationConfiguration : IEntityTypeConfiguration<ProcedureEvaluation>
{
    public void Configure(EntityTypeBuilder<ProcedureEvaluation> builder)
    {
        builder.ToTable("CommsProcedureEvaluations");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Summary).HasMaxLength(ProcedureDefinition.MaxPurposeLength);
        builder.HasIndex(e => e.VersionId);
        builder.HasMany(e => e.Verdicts).WithOne().HasForeignKey(v => v.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureClauseVerdictConfiguration : IEntityTypeConfiguration<ProcedureClauseVerdict>
{
    public void Configure(EntityTypeBuilder<ProcedureClauseVerdict> builder)
    {
        builder.ToTable("CommsProcedureVerdicts");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Verdict).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Note).HasMaxLength(ProcedureDefinition.MaxStepLength);
        builder.Property(v => v.CoveredBySteps).HasMaxLength(200);
        builder.HasIndex(v => v.EvaluationId);
    }
}

internal sealed class PolicyReconciliationConfiguration : IEntityTypeConfiguration<PolicyReconciliation>
{
    public void Configure(EntityTypeBuilder<PolicyReconciliation> builder)
    {
        builder.ToTable("CommsReconciliations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Notes).HasMaxLength(PolicyReconciliation.MaxNotesLength);
        builder.HasIndex(r => r.PolicyId);
    }
}
