using Frontline.Data.Platform;
using Frontline.Domain.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Communications;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("CommsTemplates");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(TemplateDefinition.MaxNameLength);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(t => t.Draft);
        builder.Ignore(t => t.Approved);
        builder.Ignore(t => t.Latest);
        builder.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> builder)
    {
        builder.ToTable("CommsTemplateVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Name).HasMaxLength(TemplateDefinition.MaxNameLength);
        builder.Property(v => v.Subject).HasMaxLength(TemplateDefinition.MaxSubjectLength);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        builder.HasMany(v => v.Variants).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TemplateVariantTextConfiguration : IEntityTypeConfiguration<TemplateVariantText>
{
    public void Configure(EntityTypeBuilder<TemplateVariantText> builder)
    {
        builder.ToTable("CommsTemplateVariants");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Variant).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Body).HasMaxLength(TemplateDefinition.MaxBodyLength);
        builder.Property(v => v.Findings).HasJsonConversion();
    }
}
