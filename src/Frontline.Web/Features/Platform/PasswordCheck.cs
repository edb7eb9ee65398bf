using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform;

/// <summary>What a username and password come to.</summary>
public enum PasswordCheckOutcome
{
    /// <summary>Unknown user or wrong password: the same answer for both.</summary>
    Wrong,
    Locked,
    /// <summary>Said only after the right password: a guesser learns nothing about the account.</summary>
    Deactivated,
    Succeeded,
}

/// <summary>
/// The one password check behind the sign-in form and the token endpoint (ASVS 2.2, PCI DSS 8.3.4). The password is
/// always verified first (a dummy hash for an unknown user, so known and unknown users take about the same time and get
/// the same answer); failures are counted atomically in the database (concurrent wrong passwords all count) and the
/// lockout decided after counting.
/// </summary>
public sealed class PasswordCheck(FrontlineDbContext db, UserManager<StaffAccount> users, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), Guid.NewGuid().ToString()));

    public async Task<(PasswordCheckOutcome Outcome, StaffAccount? Account)> CheckAsync(string username, string password, CancellationToken cancellationToken)
    {
        var account = await users.FindByNameAsync(username.Trim());
        var hash = account?.PasswordHash ?? DummyHash.Value;
        var verified = users.PasswordHasher.VerifyHashedPassword(account ?? new StaffAccount(), hash, password) != PasswordVerificationResult.Failed;
        if (account is null)
        {
            return (PasswordCheckOutcome.Wrong, null);
        }

        var active = await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == account.Id).Select(s => s.IsActive).SingleOrDefaultAsync(cancellationToken);
        if (!active)
        {
            return (verified ? PasswordCheckOutcome.Deactivated : PasswordCheckOutcome.Wrong, null);
        }

        var now = clock.GetUtcNow();
        if (await LockedUntilAsync(account.Id, cancellationToken) > now)
        {
            return (PasswordCheckOutcome.Locked, null);
        }

        if (!verified)
        {
            return (await CountFailureAsync(account.Id, now, cancellationToken) ? PasswordCheckOutcome.Locked : PasswordCheckOutcome.Wrong, null);
        }

        await db.Users.Where(u => u.Id == account.Id && u.AccessFailedCount != 0)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0), cancellationToken);
        return (PasswordCheckOutcome.Succeeded, account);
    }

    private Task<DateTimeOffset?> LockedUntilAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == id && u.LockoutEnabled).Select(u => u.LockoutEnd).SingleOrDefaultAsync(cancellationToken);

    /// <summary>One more failure, counted in the database; true when it locked the account.</summary>
    private async Task<bool> CountFailureAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lockout = identity.Value.Lockout;
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), cancellationToken);
        var until = now + lockout.DefaultLockoutTimeSpan;
        var locked = await db.Users.Where(u => u.Id == id && u.LockoutEnabled && u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0), cancellationToken);
        return locked > 0;
    }
}
