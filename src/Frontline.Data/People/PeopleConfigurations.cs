using Frontline.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.People;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("StaffMembers");
        builder.Property(s => s.Username).HasMaxLength(StaffMember.MaxUsernameLength);
        builder.Property(s => s.DisplayName).HasMaxLength(StaffMember.MaxNameLength);
        builder.Property(s => s.Email).HasMaxLength(StaffMember.MaxEmailLength);
        builder.Property(s => s.RolesList).HasMaxLength(300);
        builder.Ignore(s => s.Roles);
        builder.HasIndex(s => s.Username).IsUnique();
        builder.HasIndex(s => s.TeamId);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.LineManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.Property(t => t.Name).HasMaxLength(Team.MaxNameLength);
        builder.HasIndex(t => t.Name).IsUnique();
        // TeamLeaderId is checked in code, not by a foreign key: staff and teams refer to each other.
        builder.HasIndex(t => t.TeamLeaderId);
    }
}
