using Frontline.Data.Platform;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.People;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.ToTable("PeopleSkills");
        builder.Property(s => s.Code).HasMaxLength(Skill.MaxCodeLength);
        builder.Property(s => s.Name).HasMaxLength(Skill.MaxNameLength);
        builder.Property(s => s.Description).HasMaxLength(Skill.MaxDescriptionLength);
        builder.Property(s => s.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.LinkedCriteria).HasJsonConversion(4000);
        builder.Property(s => s.LinkedKpis).HasJsonConversion(1000);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}

internal sealed class DevelopmentNeedConfiguration : IEntityTypeConfiguration<DevelopmentNeed>
{
    public void Configure(EntityTypeBuilder<DevelopmentNeed> builder)
    {
        builder.ToTable("PeopleDevelopmentNeeds");
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.ClosingNote).HasMaxLength(DevelopmentNeed.MaxSummaryLength);
        // Evidence in its own table with typed columns: a time or record id inside JSON text could be read as a card number.
        builder.OwnsMany(n => n.Evidence, e =>
        {
            e.ToTable("PeopleDevelopmentNeedEvidence");
            e.WithOwner().HasForeignKey("NeedId");
            e.Property<Guid>("Id");
            e.HasKey("Id");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Summary).HasMaxLength(DevelopmentNeed.MaxSummaryLength);
            e.Property(x => x.Link).HasMaxLength(400);
            e.HasIndex(x => new { x.Kind, x.RecordId });
        });
        builder.Ignore(n => n.IsCurrent);
        builder.HasIndex(n => new { n.StaffId, n.SkillId });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Skill>().WithMany().HasForeignKey(n => n.SkillId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> builder)
    {
        builder.ToTable("PeopleDevelopmentPlans");
        builder.Property(p => p.Title).HasMaxLength(DevelopmentPlan.MaxTitleLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Objectives).HasJsonConversion();
        builder.Property(p => p.NeedIds).HasJsonConversion(4000);
        builder.Ignore(p => p.StartsOn);
        builder.Ignore(p => p.EndsOn);
        builder.HasIndex(p => p.StaffId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> builder)
    {
        builder.ToTable("PeopleDevelopmentActivities");
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(DevelopmentPlan.MaxTitleLength);
        builder.Property(a => a.Notes).HasMaxLength(DevelopmentPlan.MaxTextLength);
        builder.HasIndex(a => a.OwnerId);
    }
}

internal sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> builder)
    {
        builder.ToTable("PeopleCoachingSessions");
        builder.Property(c => c.Discussed).HasMaxLength(CoachingSession.MaxTextLength);
        builder.Property(c => c.AgreedActions).HasMaxLength(CoachingSession.MaxTextLength);
        builder.Property(c => c.ColleagueComment).HasMaxLength(CoachingSession.MaxTextLength);
        builder.Property(c => c.EvidenceReviewed).HasJsonConversion(4000);
        builder.HasIndex(c => c.PlanId);
        builder.HasIndex(c => c.StaffId);
        builder.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BuddyAssignmentConfiguration : IEntityTypeConfiguration<BuddyAssignment>
{
    public void Configure(EntityTypeBuilder<BuddyAssignment> builder)
    {
        builder.ToTable("PeopleBuddyAssignments");
        builder.Property(b => b.Topics).HasJsonConversion(400);
        builder.HasIndex(b => b.BuddyId);
        builder.HasIndex(b => b.ColleagueId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(b => b.ColleagueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.SupportLog).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BuddySupportConfiguration : IEntityTypeConfiguration<BuddySupport>
{
    public void Configure(EntityTypeBuilder<BuddySupport> builder)
    {
        builder.ToTable("PeopleBuddySupport");
        builder.Property(s => s.Topic).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Advice).HasMaxLength(BuddySupport.MaxAdviceLength);
        builder.Property(s => s.ArticleIds).HasJsonConversion(4000);
    }
}

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> builder)
    {
        builder.ToTable("PeopleHelpRequests");
        builder.Property(h => h.Topic).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Question).HasMaxLength(HelpRequest.MaxTextLength);
        builder.Property(h => h.Answer).HasMaxLength(HelpRequest.MaxTextLength);
        builder.HasIndex(h => h.AskerId);
        builder.HasIndex(h => h.ToId);
        builder.HasIndex(h => h.AnsweredAt);
    }
}

internal sealed class KnowledgeCheckConfiguration : IEntityTypeConfiguration<KnowledgeCheck>
{
    public void Configure(EntityTypeBuilder<KnowledgeCheck> builder)
    {
        builder.ToTable("PeopleKnowledgeChecks");
        builder.Property(x => x.Id).ValueGeneratedNever(); // made by the domain: a child added to a loaded record is inserted
        builder.Property(c => c.Title).HasMaxLength(KnowledgeCheck.MaxTitleLength);
        builder.Property(c => c.About).HasMaxLength(KnowledgeCheck.MaxTextLength);
        builder.Property(c => c.Skill).HasMaxLength(Skill.MaxCodeLength);
        builder.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuizQuestionConfiguration : IEntityTypeConfiguration<QuizQuestion>
{
    public void Configure(EntityTypeBuilder<QuizQuestion> builder)
    {
        builder.ToTable("PeopleKnowledgeCheckQuestions");
        builder.Property(x => x.Id).ValueGeneratedNever(); // made by the domain: a child added to a loaded record is inserted
        builder.Property(q => q.Text).HasMaxLength(KnowledgeCheck.MaxTextLength);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        // Options are numbered 1.. within the question: the JSON holds no ids or times.
        builder.Property(q => q.Options).HasJsonConversion();
    }
}

internal sealed class KnowledgeCheckAttemptConfiguration : IEntityTypeConfiguration<KnowledgeCheckAttempt>
{
    public void Configure(EntityTypeBuilder<KnowledgeCheckAttempt> builder)
    {
        builder.ToTable("PeopleKnowledgeCheckAttempts");
        builder.Property(x => x.Id).ValueGeneratedNever(); // made by the domain: a child added to a loaded record is inserted
        // As Quality's scores: a double column, so the effectiveness report can average it in SQL on both engines.
        builder.Property(a => a.Percent).HasConversion<double?>();
        builder.HasIndex(a => new { a.StaffId, a.SubmittedAt });
        builder.HasIndex(a => a.CheckId);
        builder.HasOne<KnowledgeCheck>().WithMany().HasForeignKey(a => a.CheckId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey("AttemptId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttemptAnswerConfiguration : IEntityTypeConfiguration<AttemptAnswer>
{
    public void Configure(EntityTypeBuilder<AttemptAnswer> builder)
    {
        builder.ToTable("PeopleKnowledgeCheckAnswers");
        builder.Property(x => x.Id).ValueGeneratedNever(); // made by the domain: a child added to a loaded record is inserted
        builder.Property(a => a.Chosen).HasJsonConversion(200);
    }
}

internal sealed class BriefingConfiguration : IEntityTypeConfiguration<Briefing>
{
    public void Configure(EntityTypeBuilder<Briefing> builder)
    {
        builder.ToTable("PeopleBriefings");
        builder.Property(x => x.Id).ValueGeneratedNever(); // made by the domain: a child added to a loaded record is inserted
        builder.Property(b => b.Title).HasMaxLength(Briefing.MaxTitleLength);
        builder.Property(b => b.Content).HasMaxLength(Briefing.MaxTextLength);
        builder.Property(b => b.References).HasJsonConversion(4000);
        builder.HasIndex(b => b.TeamId);
        builder.HasMany(b => b.Audience).WithOne().HasForeignKey(a => a.BriefingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BriefingAttendeeConfiguration : IEntityTypeConfiguration<BriefingAttendee>
{
    public void Configure(EntityTypeBuilder<BriefingAttendee> builder)
    {
        builder.ToTable("PeopleBriefingAttendees");
        builder.Property(x => x.Id).ValueGeneratedNever(); // made by the domain: a child added to a loaded record is inserted
        builder.Property(a => a.Comment).HasMaxLength(Briefing.MaxTextLength);
        builder.HasIndex(a => new { a.BriefingId, a.StaffId }).IsUnique();
        builder.HasIndex(a => a.StaffId);
    }
}
