using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People;

public sealed record NewStaffMember(
    string Username,
    string DisplayName,
    string Email,
    string Password,
    IReadOnlyList<string> Roles,
    Guid? TeamId,
    Guid? LineManagerId,
    int Grade);

/// <summary>
/// Creates a staff member and their sign-in account in one transaction (both audited), after checking
/// the username is free, the roles exist, the team and line manager exist and the password is strong enough.
/// </summary>
public sealed class CreateStaffMember(FrontlineDbContext db, UserManager<StaffAccount> users, TimeProvider clock)
{
    public async Task<StaffMember> ExecuteAsync(NewStaffMember request, CancellationToken cancellationToken = default)
    {
        var username = request.Username.Trim();
        var unknownRole = request.Roles.FirstOrDefault(r => !Roles.IsKnown(r));
        if (unknownRole is not null)
        {
            throw new DomainException("staff.role-unknown", $"'{unknownRole}' is not a role. Roles are: {string.Join(", ", Roles.All)}.", DomainErrorKind.Invalid, "roles");
        }

        if (await db.Set<StaffMember>().AnyAsync(s => s.Username == username, cancellationToken))
        {
            throw new DomainException("staff.username-taken", $"The username '{username}' is already taken.", DomainErrorKind.Conflict, "username");
        }

        await StaffRules.CheckReferencesAsync(db, request.TeamId, request.LineManagerId, null, cancellationToken);
        StaffRules.CheckGrade(request.Grade);

        var staff = new StaffMember
        {
            Username = username,
            DisplayName = request.DisplayName.Trim(),
            Email = request.Email.Trim(),
            TeamId = request.TeamId,
            LineManagerId = request.LineManagerId,
            Grade = request.Grade,
            RolesList = string.Join(',', request.Roles.Distinct(StringComparer.Ordinal)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var account = new StaffAccount { Id = staff.Id, UserName = username, Email = staff.Email };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(staff);
        await db.SaveChangesAsync(cancellationToken);
        var created = await users.CreateAsync(account, request.Password);
        if (!created.Succeeded)
        {
            throw new DomainException("staff.password-weak", string.Join(" ", created.Errors.Select(e => e.Description)), DomainErrorKind.Invalid, "password");
        }

        if (request.Roles.Count > 0)
        {
            var added = await users.AddToRolesAsync(account, request.Roles.Distinct(StringComparer.Ordinal));
            if (!added.Succeeded)
            {
                throw new DomainException("staff.roles", string.Join(" ", added.Errors.Select(e => e.Description)), DomainErrorKind.Invalid, "roles");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return staff;
    }
}

/// <summary>Checks shared by creating and editing staff.</summary>
internal static class StaffRules
{
    public const int MaxGrade = 9;

    public static void CheckGrade(int grade)
    {
        if (grade is < 1 or > MaxGrade)
        {
            throw new DomainException("staff.grade", $"Grade must be between 1 and {MaxGrade}.", DomainErrorKind.Invalid, "grade");
        }
    }

    public static async Task CheckReferencesAsync(FrontlineDbContext db, Guid? teamId, Guid? lineManagerId, Guid? self, CancellationToken cancellationToken)
    {
        if (teamId is { } team && !await db.Set<Team>().AnyAsync(t => t.Id == team, cancellationToken))
        {
            throw new DomainException("staff.team-unknown", "The team does not exist.", DomainErrorKind.Invalid, "teamId");
        }

        if (lineManagerId is { } manager)
        {
            if (manager == self)
            {
                throw new DomainException("staff.line-manager-self", "A person cannot be their own line manager.", DomainErrorKind.Invalid, "lineManagerId");
            }

            if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == manager, cancellationToken))
            {
                throw new DomainException("staff.line-manager-unknown", "The line manager does not exist.", DomainErrorKind.Invalid, "lineManagerId");
            }
        }
    }
}
