using System.Security.Claims;
using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Domain.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform;

/// <summary>A staff member's access as it is now: whether active, roles, team and the sign-in account's security stamp.</summary>
public sealed record StaffAccess(Guid Id, string Username, bool IsActive, IReadOnlyList<string> Roles, Guid? TeamId, string? SecurityStamp);

/// <summary>
/// Browser sessions see the person's current state on every request (PCI DSS 8.2.5, ASVS 3.3): a cookie of someone
/// deactivated, or whose password or roles changed (both change the security stamp), stops working at once, and the
/// roles a request acts with are today's, not those of the sign-in. The state is cached for at most
/// <see cref="FrontlineOptions.SessionCheckSeconds"/> (so each node reads it about once a second per active person) and
/// forgotten as soon as this node saves a change to it.
/// </summary>
public sealed class StaffSessions(IMemoryCache cache, IServiceScopeFactory scopes, IOptions<FrontlineOptions> options)
{
    private static string Key(Guid id) => "staff-access:" + id;

    public void Forget(Guid id) => cache.Remove(Key(id));

    /// <summary>The state of <paramref name="id"/> (cached unless <paramref name="fresh"/>); null when there is no such person.</summary>
    public async Task<StaffAccess?> CurrentAsync(Guid id, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && cache.TryGetValue(Key(id), out StaffAccess? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var row = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.Id == id)
            .Join(db.Users, s => s.Id, a => a.Id, (s, a) => new { s.Id, s.Username, s.IsActive, s.RolesList, s.TeamId, a.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        var access = row is null
            ? null
            : new StaffAccess(row.Id, row.Username, row.IsActive, row.RolesList.Split(',', StringSplitOptions.RemoveEmptyEntries), row.TeamId, row.SecurityStamp);
        cache.Set(Key(id), access, TimeSpan.FromSeconds(Math.Max(0, options.Value.SessionCheckSeconds)));
        return access;
    }

    /// <summary>
    /// The cookie's check on every request: refused when the person is gone, deactivated or the stamp moved on (checked
    /// against the database before refusing, so a stale cache never ends a good session); otherwise the request acts
    /// with the current roles.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var identityOptions = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (principal is null || !Guid.TryParse(principal.FindFirstValue(identityOptions.UserIdClaimType), out var id))
        {
            await RejectAsync(context);
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        var stamp = principal.FindFirstValue(identityOptions.SecurityStampClaimType);
        var access = await sessions.CurrentAsync(id, fresh: false, context.HttpContext.RequestAborted);
        if (!Valid(access, stamp))
        {
            access = await sessions.CurrentAsync(id, fresh: true, context.HttpContext.RequestAborted);
        }

        if (access is null || !Valid(access, stamp))
        {
            await RejectAsync(context);
            return;
        }

        var claims = new List<Claim>
        {
            new(identityOptions.UserIdClaimType, access.Id.ToString()),
            new(identityOptions.UserNameClaimType, access.Username),
            new(identityOptions.SecurityStampClaimType, stamp!),
        };
        claims.AddRange(access.Roles.Select(r => new Claim(identityOptions.RoleClaimType, r)));
        var authenticationType = principal.Identity?.AuthenticationType ?? IdentityConstants.ApplicationScheme;
        context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, identityOptions.UserNameClaimType, identityOptions.RoleClaimType)));
    }

    private static bool Valid(StaffAccess? access, string? stamp) =>
        access is { IsActive: true } && !string.IsNullOrEmpty(stamp) && string.Equals(access.SecurityStamp, stamp, StringComparison.Ordinal);

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>Forgets the cached access of anyone whose staff record, account or roles this context just saved.</summary>
public sealed class StaffSessionInvalidation(StaffSessions sessions) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void Forget(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries() ?? [])
        {
            var id = entry.Entity switch
            {
                StaffMember staff => staff.Id,
                StaffAccount account => account.Id,
                IdentityUserRole<Guid> role => role.UserId,
                _ => (Guid?)null,
            };
            if (id is { } changed)
            {
                sessions.Forget(changed);
            }
        }
    }
}
