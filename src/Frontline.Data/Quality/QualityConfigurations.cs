using Frontline.Data.Platform;
using Frontline.Domain.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Quality;

// Ids are made by the domain (Guid v7): children added to a loaded aggregate are then inserted, not taken for
// existing rows. Scores are stored as double (REAL / double precision) so that averages and ranges are computed in SQL on both
// engines (SQLite keeps decimals as text and cannot aggregate them); they are rounded to 2 decimals before saving.

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> builder)
    {
        builder.ToTable("QualityScorecards");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Scorecard.MaxNameLength);
        builder.Property(s => s.Channels).HasJsonConversion(400);
        builder.Ignore(s => s.Draft);
        builder.Ignore(s => s.Published);
        builder.Ignore(s => s.Latest);
        builder.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.ScorecardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScorecardVersionConfiguration : IEntityTypeConfiguration<ScorecardVersion>
{
    public void Configure(EntityTypeBuilder<ScorecardVersion> builder)
    {
        builder.ToTable("QualityScorecardVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Name).HasMaxLength(Scorecard.MaxNameLength);
        builder.Property(v => v.Channels).HasJsonConversion(400);
        builder.Property(v => v.Bands).HasJsonConversion(400);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(v => v.Criteria);
        builder.HasIndex(v => new { v.ScorecardId, v.Number }).IsUnique();
        builder.HasMany(v => v.Sections).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScorecardSectionConfiguration : IEntityTypeConfiguration<ScorecardSection>
{
    public void Configure(EntityTypeBuilder<ScorecardSection> builder)
    {
        builder.ToTable("QualityScorecardSections");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Weight).HasPrecision(10, 4);
        builder.HasMany(s => s.Criteria).WithOne().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScorecardCriterionConfiguration : IEntityTypeConfiguration<ScorecardCriterion>
{
    public void Configure(EntityTypeBuilder<ScorecardCriterion> builder)
    {
        builder.ToTable("QualityCriteria");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(ScorecardCriterion.MaxTextLength);
        builder.Property(c => c.Guidance).HasMaxLength(ScorecardCriterion.MaxGuidanceLength);
        builder.Property(c => c.Requirement).HasMaxLength(ScorecardCriterion.MaxRequirementLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Critical).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Weight).HasPrecision(10, 4);
        builder.HasIndex(c => c.Key);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("QualityEvaluations");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Channel).HasMaxLength(20);
        builder.Property(e => e.Score).HasConversion<double?>();
        builder.Property(e => e.ScoreBeforeCritical).HasConversion<double?>();
        builder.Property(e => e.Band).HasMaxLength(20);
        builder.Property(e => e.CriticalFailed).HasJsonConversion(4000);
        builder.Property(e => e.DevelopmentAreas).HasJsonConversion(1000);
        builder.Property(e => e.Strengths).HasMaxLength(Evaluation.MaxTextLength);
        builder.Property(e => e.AgentComment).HasMaxLength(Evaluation.MaxTextLength);
        builder.Ignore(e => e.AwaitsAgent);
        builder.Ignore(e => e.OpenDispute);
        builder.HasMany(e => e.Answers).WithOne().HasForeignKey(a => a.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Disputes).WithOne().HasForeignKey(d => d.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(h => h.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.AgentId, e.SubmittedAt });
        builder.HasIndex(e => new { e.TeamId, e.SubmittedAt });
        builder.HasIndex(e => new { e.EvaluatorId, e.Status });
        builder.HasIndex(e => new { e.Status, e.SubmittedAt });
        // Partial: most evaluations are not of a sampled contact or have no contact, and an index full of NULLs looks
        // useless to the planner after ANALYZE (coverage then scanned every evaluation per assignment).
        builder.HasIndex(e => e.ContactId).HasFilter("\"ContactId\" IS NOT NULL");
        builder.HasIndex(e => e.AssignmentId).HasFilter("\"AssignmentId\" IS NOT NULL");
    }
}

internal sealed class EvaluationAnswerConfiguration : IEntityTypeConfiguration<EvaluationAnswer>
{
    public void Configure(EntityTypeBuilder<EvaluationAnswer> builder)
    {
        builder.ToTable("QualityEvaluationAnswers");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Comment).HasMaxLength(EvaluationAnswer.MaxCommentLength);
        builder.Property(a => a.Evidence).HasMaxLength(EvaluationAnswer.MaxEvidenceLength);
        builder.Ignore(a => a.Value);
        builder.HasIndex(a => new { a.CriterionKey, a.EvaluationId });
    }
}

internal sealed class EvaluationDisputeConfiguration : IEntityTypeConfiguration<EvaluationDispute>
{
    public void Configure(EntityTypeBuilder<EvaluationDispute> builder)
    {
        builder.ToTable("QualityEvaluationDisputes");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CriterionIds).HasJsonConversion(4000);
        builder.Property(d => d.Reason).HasMaxLength(Evaluation.MaxTextLength);
        builder.Property(d => d.DecisionReason).HasMaxLength(Evaluation.MaxTextLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ScoreBefore).HasConversion<double?>();
        builder.Property(d => d.ScoreAfter).HasConversion<double?>();
        builder.Property(d => d.Changes).HasJsonConversion(8000);
        builder.HasIndex(d => new { d.Status, d.RaisedAt });
    }
}

internal sealed class EvaluationEventConfiguration : IEntityTypeConfiguration<EvaluationEvent>
{
    public void Configure(EntityTypeBuilder<EvaluationEvent> builder)
    {
        builder.ToTable("QualityEvaluationEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(2000);
    }
}

internal sealed class CalibrationSessionConfiguration : IEntityTypeConfiguration<CalibrationSession>
{
    public void Configure(EntityTypeBuilder<CalibrationSession> builder)
    {
        builder.ToTable("QualityCalibrationSessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(CalibrationSession.MaxTitleLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ReferenceAnswers).HasJsonConversion(8000);
        builder.Property(s => s.ReferenceScore).HasConversion<double?>();
        builder.Property(s => s.ReferenceSource).HasMaxLength(20);
        builder.Property(s => s.AgreedOutcome).HasMaxLength(CalibrationSession.MaxNotesLength);
        builder.Property(s => s.Notes).HasMaxLength(CalibrationSession.MaxNotesLength);
        builder.Ignore(s => s.AllScored);
        builder.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Status, s.CreatedAt });
    }
}

internal sealed class CalibrationParticipantConfiguration : IEntityTypeConfiguration<CalibrationParticipant>
{
    public void Configure(EntityTypeBuilder<CalibrationParticipant> builder)
    {
        builder.ToTable("QualityCalibrationParticipants");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Answers).HasJsonConversion(8000);
        builder.Property(p => p.Score).HasConversion<double?>();
        builder.Property(p => p.ScoreBeforeCritical).HasConversion<double?>();
        builder.Property(p => p.Band).HasMaxLength(20);
        builder.Property(p => p.Deviation).HasConversion<double?>();
        builder.HasIndex(p => new { p.EvaluatorId, p.SessionId }).IsUnique();
    }
}
