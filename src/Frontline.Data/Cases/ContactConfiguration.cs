using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Cases;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.Property(c => c.Channel).HasMaxLength(20);
        builder.Property(c => c.Direction).HasMaxLength(10);
        builder.Property(c => c.Queue).HasMaxLength(Contact.MaxQueueLength);
        builder.Property(c => c.Outcome).HasMaxLength(Contact.MaxOutcomeLength);
        builder.Property(c => c.Notes).HasMaxLength(Contact.MaxNotesLength);
        builder.Property(c => c.ExternalReference).HasMaxLength(Contact.MaxExternalReferenceLength);
        builder.HasIndex(c => c.CustomerId);
        builder.HasIndex(c => c.CaseId);
        builder.HasIndex(c => new { c.TeamId, c.CreatedAt });
        builder.HasIndex(c => new { c.AgentId, c.CreatedAt });
        builder.HasIndex(c => c.OfferedAt);
        builder.HasIndex(c => c.EndedAt); // closed work for automatic survey invitations
    }
}
