using System.ComponentModel.DataAnnotations;
using Frontline.Domain.People;

namespace Frontline.Web.Features.People;

public sealed record CreateStaffRequest(
    [property: Required, StringLength(StaffMember.MaxUsernameLength, MinimumLength = 2), RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "A username may use letters, digits, dots, dashes and underscores only.")] string Username,
    [property: Required, StringLength(StaffMember.MaxNameLength, MinimumLength = 1)] string DisplayName,
    [property: Required, StringLength(StaffMember.MaxEmailLength), EmailAddress] string Email,
    [property: Required, StringLength(200)] string Password,
    [property: Required] IReadOnlyList<string> Roles,
    Guid? TeamId,
    Guid? LineManagerId,
    [property: Range(1, 9)] int? Grade);

/// <summary>Changes to a staff member; fields left out stay as they are. <c>version</c> guards against lost updates.</summary>
public sealed record UpdateStaffRequest(
    [property: Required] int? Version,
    [property: StringLength(StaffMember.MaxNameLength, MinimumLength = 1)] string? DisplayName,
    [property: StringLength(StaffMember.MaxEmailLength), EmailAddress] string? Email,
    IReadOnlyList<string>? Roles,
    Guid? TeamId,
    Guid? LineManagerId,
    [property: Range(1, 9)] int? Grade,
    bool? IsActive,
    bool? ClearTeam,
    bool? ClearLineManager);

public sealed record StaffView(Guid Id, string Username, string DisplayName, string? Email, IReadOnlyList<string> Roles,
    Guid? TeamId, string? TeamName, Guid? LineManagerId, int Grade, bool IsActive, int Version);

public sealed record CreateTeamRequest(
    [property: Required, StringLength(Team.MaxNameLength, MinimumLength = 1)] string Name,
    Guid? TeamLeaderId);

public sealed record UpdateTeamRequest(
    [property: Required] int? Version,
    [property: StringLength(Team.MaxNameLength, MinimumLength = 1)] string? Name,
    Guid? TeamLeaderId,
    bool? IsActive);

public sealed record TeamView(Guid Id, string Name, Guid? TeamLeaderId, string? TeamLeaderName, bool IsActive, int Members, int Version);
