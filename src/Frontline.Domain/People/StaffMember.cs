using Frontline.Domain.Platform;

namespace Frontline.Domain.People;

/// <summary>
/// A person who works in the centre. Their sign-in account (password, lockout, roles) is kept by
/// ASP.NET Core Identity under the same id; this record holds what the centre knows about them.
/// </summary>
public sealed class StaffMember : IVersioned
{
    public const int MaxNameLength = 100;
    public const int MaxUsernameLength = 64;
    public const int MaxEmailLength = 254;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Username { get; set; }

    public required string DisplayName { get; set; }

    [PersonalData]
    public required string Email { get; set; }

    public Guid? TeamId { get; set; }

    public Guid? LineManagerId { get; set; }

    /// <summary>Authority grade (1 = newest agent, higher = more authority); the authority matrix keys on it.</summary>
    public int Grade { get; set; } = 1;

    public bool IsActive { get; set; } = true;

    /// <summary>Roles, copied from the sign-in account so that queries can filter on them.</summary>
    public string RolesList { get; set; } = "";

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public IReadOnlyList<string> Roles => RolesList.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
