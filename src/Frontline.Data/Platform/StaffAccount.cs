using Microsoft.AspNetCore.Identity;

namespace Frontline.Data.Platform;

/// <summary>
/// The sign-in account of a <see cref="Domain.People.StaffMember"/> (same id): password hash, lockout and
/// roles, kept by ASP.NET Core Identity.
/// </summary>
public sealed class StaffAccount : IdentityUser<Guid>;
