using Frontline.Data.Platform;
using Frontline.Domain.Quality.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Quality;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("QualitySurveys");
        builder.Property(s => s.Name).HasMaxLength(Survey.MaxNameLength);
        builder.Property(s => s.Introduction).HasMaxLength(2000);
        builder.Property(s => s.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Questions).HasJsonConversion(20_000);
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("QualitySurveyInvitations");
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.ContactId);
        builder.HasIndex(i => i.CaseId);
        builder.HasIndex(i => new { i.Delivery, i.CreatedAt });
        builder.Property(i => i.LastError).HasMaxLength(SurveyInvitation.MaxErrorLength);
        // The survey outbox: queued invitations by when they are due.
        builder.HasIndex(i => new { i.Delivery, i.NextAttemptAt });
        // Survey fatigue: who was invited lately.
        builder.HasIndex(i => new { i.CustomerId, i.CreatedAt });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("QualitySurveyResponses");
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ExternalReference).HasMaxLength(SurveyResponse.MaxExternalReferenceLength);
        builder.Property(r => r.Comment).HasMaxLength(SurveyResponse.MaxCommentLength);
        // One answer per link, enforced by the database even when two answers race.
        builder.HasIndex(r => r.InvitationId).IsUnique();
        builder.HasIndex(r => new { r.SurveyId, r.ExternalReference }).IsUnique();
        builder.HasIndex(r => r.ContactId);
        builder.HasIndex(r => new { r.RespondedAt, r.AgentId, r.TeamId, r.Csat, r.Nps });
    }
}

internal sealed class SurveyLinkKeyConfiguration : IEntityTypeConfiguration<SurveyLinkKey>
{
    public void Configure(EntityTypeBuilder<SurveyLinkKey> builder)
    {
        builder.ToTable("QualitySurveyLinkKeys");
        builder.Property(k => k.Id).ValueGeneratedNever();
    }
}
