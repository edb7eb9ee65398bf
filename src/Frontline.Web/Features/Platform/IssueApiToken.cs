using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Exchanges a username and password for a personal access token. Wrong credentials count towards the
/// account's lockout exactly as a failed sign-in does.
/// </summary>
public sealed class IssueApiToken(FrontlineDbContext db, UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, TimeProvider clock)
{
    public const int DefaultExpiryDays = 30;

    public async Task<(ApiToken Token, string PlainText)?> ExecuteAsync(IssueTokenRequest request, CancellationToken cancellationToken)
    {
        var account = await users.FindByNameAsync(request.Username.Trim());
        if (account is null)
        {
            return null;
        }

        var staff = await db.Set<StaffMember>().AsNoTracking().SingleAsync(s => s.Id == account.Id, cancellationToken);
        if (!staff.IsActive)
        {
            return null;
        }

        var check = await signIn.CheckPasswordSignInAsync(account, request.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            throw new DomainException("account.locked", "The account is locked after repeated failed sign-ins. Try again later.", DomainErrorKind.Locked);
        }

        if (!check.Succeeded)
        {
            return null;
        }

        return await IssueForAsync(staff.Id, request.Name.Trim(), request.ExpiresInDays ?? DefaultExpiryDays, cancellationToken);
    }

    /// <summary>Issues a token for a signed-in person (from the profile page).</summary>
    public async Task<(ApiToken Token, string PlainText)> IssueForAsync(Guid staffId, string name, int expiresInDays, CancellationToken cancellationToken)
    {
        if (expiresInDays is < 1 or > 366)
        {
            throw new DomainException("token.expiry", "A token must expire in 1 to 366 days.", DomainErrorKind.Invalid, "expiresInDays");
        }

        var issued = ApiToken.Issue(staffId, name, clock.GetUtcNow().UtcDateTime, expiresInDays);
        db.Add(issued.Token);
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }
}
