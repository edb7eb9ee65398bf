using Frontline.Data.Platform;
using Frontline.Domain.Quality.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Quality;

internal sealed class SamplingPlanConfiguration : IEntityTypeConfiguration<SamplingPlan>
{
    public void Configure(EntityTypeBuilder<SamplingPlan> builder)
    {
        builder.ToTable("QualitySamplingPlans");
        builder.Property(p => p.Name).HasMaxLength(SamplingPlan.MaxNameLength);
        builder.Property(p => p.Period).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.TeamIds).HasJsonConversion(40_000);
        builder.Property(p => p.PersonIds).HasJsonConversion(40_000);
        builder.Property(p => p.EvaluatorIds).HasJsonConversion(40_000);
        builder.Property(p => p.Filters).HasJsonConversion(8000);
    }
}

internal sealed class SamplingDrawConfiguration : IEntityTypeConfiguration<SamplingDraw>
{
    public void Configure(EntityTypeBuilder<SamplingDraw> builder)
    {
        builder.ToTable("QualitySamplingDraws");
        builder.Property(d => d.Shortfalls).HasJsonConversion();
        // One draw per plan and period, even when the scheduled draw and a person race.
        builder.HasIndex(d => new { d.PlanId, d.PeriodStart }).IsUnique();
    }
}

internal sealed class SamplingAssignmentConfiguration : IEntityTypeConfiguration<SamplingAssignment>
{
    public void Configure(EntityTypeBuilder<SamplingAssignment> builder)
    {
        builder.ToTable("QualitySamplingAssignments");
        builder.HasIndex(a => new { a.PlanId, a.DrawId });
        builder.HasIndex(a => new { a.EvaluatorId, a.DueOn });
        builder.HasIndex(a => a.ContactId);
    }
}
