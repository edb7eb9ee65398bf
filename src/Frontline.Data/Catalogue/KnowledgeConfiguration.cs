using Frontline.Data.Platform;
using Frontline.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Catalogue;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> builder)
    {
        builder.ToTable("KnowledgeArticles");
        builder.Property(a => a.Title).HasMaxLength(KnowledgeArticle.MaxTitleLength);
        builder.Property(a => a.Body).HasMaxLength(KnowledgeArticle.MaxBodyLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ReturnReason).HasMaxLength(1000);
        builder.Property(a => a.AudienceTeamIds).HasJsonConversion();
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => a.OwnerId);
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.ToTable("ArticleRevisions");
        builder.Property(r => r.Title).HasMaxLength(KnowledgeArticle.MaxTitleLength);
        builder.Property(r => r.Body).HasMaxLength(KnowledgeArticle.MaxBodyLength);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReadAcknowledgementConfiguration : IEntityTypeConfiguration<ReadAcknowledgement>
{
    public void Configure(EntityTypeBuilder<ReadAcknowledgement> builder)
    {
        builder.ToTable("ReadAcknowledgements");
        builder.Property(a => a.Subject).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.Subject, a.SubjectId, a.Revision, a.StaffId }).IsUnique();
    }
}
