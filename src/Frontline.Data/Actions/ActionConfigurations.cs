using Frontline.Domain.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Actions;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.ToTable("ImprovementActions");
        builder.Property(a => a.Title).HasMaxLength(ImprovementAction.MaxTitleLength);
        builder.Property(a => a.Description).HasMaxLength(ImprovementAction.MaxDescriptionLength);
        builder.Property(a => a.SourceKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SourceId).HasMaxLength(ImprovementAction.MaxSourceIdLength);
        builder.Property(a => a.SourceLink).HasMaxLength(ImprovementAction.MaxLinkLength);
        builder.Property(a => a.OwnerName).HasMaxLength(ImprovementAction.MaxOwnerNameLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Evidence).HasMaxLength(ImprovementAction.MaxEvidenceLength);
        builder.Property(a => a.EffectivenessResult).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EffectivenessNotes).HasMaxLength(ImprovementAction.MaxNotesLength);
        builder.Ignore(a => a.IsClosed);
        builder.HasIndex(a => new { a.SourceKind, a.SourceId });
        builder.HasIndex(a => new { a.OwnerId, a.Status });
        builder.HasIndex(a => new { a.Status, a.DueOn });
    }
}

internal sealed class ActionReminderConfiguration : IEntityTypeConfiguration<ActionReminder>
{
    public void Configure(EntityTypeBuilder<ActionReminder> builder)
    {
        builder.ToTable("ImprovementActionReminders");
        builder.HasKey(r => new { r.ActionId, r.RecipientId, r.OnDate });
    }
}
