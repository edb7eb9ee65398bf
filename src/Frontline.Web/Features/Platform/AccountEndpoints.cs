using Frontline.Data.Platform;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Sign-in, sign-out and change of password for the web UI (form posts, antiforgery-checked). Failures
/// return to the form with a message and the username kept; the password is never echoed.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-in", SignIn).AllowAnonymous().RequireRateLimiting(PlatformModule.SignInRateLimit).ExcludeFromDescription();
        app.MapPost("/account/sign-out", SignOut).ExcludeFromDescription();
        app.MapPost("/account/password", ChangePassword).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> SignIn([FromForm] string? username, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<StaffAccount> signIn, PasswordCheck passwords, CancellationToken cancellationToken)
    {
        var back = SafeReturnUrl(returnUrl);
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return BackToSignIn(SignInMessages.Missing, username, back);
        }

        var name = username.Trim();
        var (outcome, account) = await passwords.CheckAsync(name, password, cancellationToken);
        switch (outcome)
        {
            case PasswordCheckOutcome.Succeeded:
                await signIn.SignInAsync(account!, isPersistent: false);
                return Results.LocalRedirect(back);
            case PasswordCheckOutcome.Locked:
                return BackToSignIn(SignInMessages.Locked, name, back);
            case PasswordCheckOutcome.Deactivated:
                return BackToSignIn(SignInMessages.Deactivated, name, back);
            default:
                return BackToSignIn(SignInMessages.Wrong, name, back);
        }
    }

    public static async Task<IResult> SignOut(HttpContext http, IAntiforgery antiforgery, SignInManager<StaffAccount> signIn)
    {
        // No form fields to bind (binding is what checks the token), so it is checked here: another site must not sign people out.
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Sign out from Frontline's own page",
                detail: "The sign-out form's security token was missing or out of date. Use the Sign out button.");
        }

        await signIn.SignOutAsync();
        return Results.LocalRedirect("/sign-in?signedOut=true");
    }

    public static async Task<IResult> ChangePassword([FromForm] string? currentPassword, [FromForm] string? newPassword,
        [FromForm] string? confirmPassword, CurrentStaff me, UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn)
    {
        if (string.IsNullOrEmpty(currentPassword) || string.IsNullOrEmpty(newPassword))
        {
            return Results.LocalRedirect("/profile?passwordError=" + Uri.EscapeDataString("Enter your current and new password."));
        }

        if (newPassword != confirmPassword)
        {
            return Results.LocalRedirect("/profile?passwordError=" + Uri.EscapeDataString("The new password and its confirmation differ."));
        }

        var account = await users.FindByIdAsync(me.Id.ToString());
        if (account is null)
        {
            return Results.LocalRedirect("/sign-in");
        }

        var changed = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return Results.LocalRedirect("/profile?passwordError=" + Uri.EscapeDataString(string.Join(" ", changed.Errors.Select(e => e.Description))));
        }

        await signIn.RefreshSignInAsync(account);
        return Results.LocalRedirect("/profile?passwordChanged=true");
    }

    /// <summary>The only messages the sign-in page shows (it takes a key, never text, from the address).</summary>
    public static class SignInMessages
    {
        public const string Missing = "missing";
        public const string Wrong = "wrong";
        public const string Locked = "locked";
        public const string Deactivated = "deactivated";

        public static string? Text(string? key) => key switch
        {
            Missing => "Enter your username and password.",
            Wrong => "The username or password is wrong.",
            Locked => "This account is locked after repeated failed sign-ins. Try again in a few minutes.",
            Deactivated => "This account is deactivated. Ask an administrator.",
            _ => null,
        };
    }

    private static IResult BackToSignIn(string error, string? username, string returnUrl) =>
        Results.LocalRedirect($"/sign-in?error={Uri.EscapeDataString(error)}&username={Uri.EscapeDataString(username ?? "")}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>
    /// Only local paths, so a crafted link cannot send people elsewhere after signing in; control characters (a tab, a
    /// line break) are refused too, which browsers strip and ASP.NET Core's local-redirect check refuses with a 500.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";
}
