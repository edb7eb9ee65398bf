using Frontline.Data;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Exchanges a username and password for a personal access token, through the same <see cref="PasswordCheck"/> as the
/// sign-in form (same answer for an unknown user and a wrong password; failures count towards the lockout).
/// </summary>
public sealed class IssueApiToken(FrontlineDbContext db, PasswordCheck passwords, TimeProvider clock)
{
    public const int DefaultExpiryDays = 30;

    public async Task<(ApiToken Token, string PlainText)?> ExecuteAsync(IssueTokenRequest request, CancellationToken cancellationToken)
    {
        var (outcome, account) = await passwords.CheckAsync(request.Username, request.Password, cancellationToken);
        if (outcome == PasswordCheckOutcome.Locked)
        {
            throw new DomainException("account.locked", "The account is locked after repeated failed sign-ins. Try again later.", DomainErrorKind.Locked);
        }

        if (outcome != PasswordCheckOutcome.Succeeded)
        {
            return null;
        }

        return await IssueForAsync(account!.Id, request.Name.Trim(), request.ExpiresInDays ?? DefaultExpiryDays, cancellationToken);
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
