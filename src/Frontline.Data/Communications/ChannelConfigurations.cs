using Frontline.Domain.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Communications;

internal sealed class ChannelSettingsConfiguration : IEntityTypeConfiguration<ChannelSettings>
{
    public void Configure(EntityTypeBuilder<ChannelSettings> builder)
    {
        builder.ToTable("CommsChannels");
        builder.HasKey(c => c.Channel);
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Ignore(c => c.Costs);
    }
}

internal sealed class ChannelEvaluationConfiguration : IEntityTypeConfiguration<ChannelEvaluation>
{
    public void Configure(EntityTypeBuilder<ChannelEvaluation> builder)
    {
        builder.ToTable("CommsChannelEvaluations");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(ChannelEvaluation.MaxTitleLength);
        builder.HasIndex(e => e.EvaluatedOn);
        builder.HasMany(e => e.Entries).WithOne().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChannelEvaluationEntryConfiguration : IEntityTypeConfiguration<ChannelEvaluationEntry>
{
    public void Configure(EntityTypeBuilder<ChannelEvaluationEntry> builder)
    {
        builder.ToTable("CommsChannelEvaluationEntries");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Channel).HasMaxLength(20);
        builder.Property(x => x.Recommendation).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Reasons).HasMaxLength(ChannelEvaluation.MaxReasonsLength);
        builder.HasIndex(x => x.EvaluationId);
    }
}
