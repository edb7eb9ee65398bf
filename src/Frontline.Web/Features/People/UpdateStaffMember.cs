using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People;

/// <summary>
/// Edits a staff member (administrators): details, roles, team, line manager, grade, active. Deactivating
/// locks the sign-in account and revokes every API token, so access ends at once.
/// </summary>
public sealed class UpdateStaffMember(FrontlineDbContext db, UserManager<StaffAccount> users, TimeProvider clock)
{
    public async Task<StaffMember> ExecuteAsync(Guid id, UpdateStaffRequest request, CancellationToken cancellationToken)
    {
        var staff = await db.Set<StaffMember>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("staff member");
        if (request.Version != staff.Version)
        {
            throw new DomainException("version.stale",
                $"This staff member was changed by someone else (version {staff.Version}, yours {request.Version}). Reload and apply your change again.",
                DomainErrorKind.Conflict);
        }

        var teamId = request.ClearTeam == true ? null : request.TeamId ?? staff.TeamId;
        var lineManagerId = request.ClearLineManager == true ? null : request.LineManagerId ?? staff.LineManagerId;
        await StaffRules.CheckReferencesAsync(db, teamId, lineManagerId, staff.Id, cancellationToken);
        if (request.Grade is { } grade)
        {
            StaffRules.CheckGrade(grade);
            staff.Grade = grade;
        }

        staff.TeamId = teamId;
        staff.LineManagerId = lineManagerId;
        staff.DisplayName = request.DisplayName?.Trim() ?? staff.DisplayName;
        staff.Email = request.Email?.Trim() ?? staff.Email;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await users.FindByIdAsync(staff.Id.ToString()) ?? throw DomainException.NotFound("staff account");
        if (request.Roles is { } roles)
        {
            var unknown = roles.FirstOrDefault(r => !Roles.IsKnown(r));
            if (unknown is not null)
            {
                throw new DomainException("staff.role-unknown", $"'{unknown}' is not a role.", DomainErrorKind.Invalid, "roles");
            }

            var current = await users.GetRolesAsync(account);
            await users.RemoveFromRolesAsync(account, current.Except(roles, StringComparer.Ordinal));
            await users.AddToRolesAsync(account, roles.Except(current, StringComparer.Ordinal).Distinct(StringComparer.Ordinal));
            var rolesList = string.Join(',', roles.Distinct(StringComparer.Ordinal));
            if (!staff.Roles.ToHashSet(StringComparer.Ordinal).SetEquals(roles))
            {
                // A new stamp ends the person's browser sessions: they sign in again with the new roles.
                await users.UpdateSecurityStampAsync(account);
            }

            staff.RolesList = rolesList;
        }

        if (request.IsActive is { } active && active != staff.IsActive)
        {
            staff.IsActive = active;
            await users.SetLockoutEndDateAsync(account, active ? null : DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(account);
            if (!active)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var token in await db.Set<ApiToken>().Where(t => t.StaffId == staff.Id && t.RevokedAt == null).ToListAsync(cancellationToken))
                {
                    token.RevokedAt = now;
                }
            }
        }

        if (request.Email is not null)
        {
            account.Email = staff.Email;
            await users.UpdateAsync(account);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return staff;
    }
}
