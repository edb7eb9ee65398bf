using System.Security.Claims;
using System.Text.Encodings.Web;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Authenticates <c>Authorization: Bearer flt_...</c> personal access tokens: looks the token up by its
/// SHA-256 hash and refuses expired or revoked tokens and deactivated staff.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    FrontlineDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var plain = header["Bearer ".Length..].Trim();
        if (plain.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("The token is malformed.");
        }

        var hash = ApiToken.HashOf(plain);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.Set<ApiToken>().AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Join(db.Set<StaffMember>(), t => t.StaffId, s => s.Id, (t, s) => new { Token = t, Staff = s })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("The token is not recognised.");
        }

        if (found.Token.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The token has been revoked.");
        }

        if (found.Token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The token has expired.");
        }

        if (!found.Staff.IsActive)
        {
            return AuthenticateResult.Fail("The staff account is deactivated.");
        }

        if (found.Token.LastUsedAt is null || found.Token.LastUsedAt < now.AddHours(-1))
        {
            // Usage is operational metadata, not a change to the record: updated at most hourly, outside the audit trail.
            await db.Set<ApiToken>().Where(t => t.Id == found.Token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, found.Staff.Id.ToString()),
            new(ClaimTypes.Name, found.Staff.Username),
        };
        claims.AddRange(found.Staff.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await ProblemResponses.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            result.Failure?.Message
            ?? "Send a valid personal access token as 'Authorization: Bearer <token>' (POST /api/v1/auth/tokens issues one).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden",
            "Your roles do not allow this operation.");
}
