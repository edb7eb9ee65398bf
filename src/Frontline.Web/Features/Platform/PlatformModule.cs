using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;

namespace Frontline.Web.Features.Platform;

/// <summary>Sign-in, roles and team scope, tokens, errors, the database and the audit trail.</summary>
public static class PlatformModule
{
    public const string SignInRateLimit = "sign-in";
    private const string SelectorScheme = "Frontline";

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(FrontlineOptions.Section).Get<FrontlineOptions>() ?? new FrontlineOptions();
        services.Configure<FrontlineOptions>(configuration.GetSection(FrontlineOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddFrontlineDatabase(configuration);
        services.AddScoped<CurrentStaff>();
        services.AddSingleton<BusinessCalendars>();
        services.AddScoped<StartupSeeder>();
        services.AddScoped<IssueApiToken>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<ChangeCalendar>();
        services.AddNotifications(configuration);
        services.AddMemoryCache();
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<StaffSessionInvalidation>();

        services.AddIdentityCore<StaffAccount>(identity =>
            {
                identity.User.RequireUniqueEmail = false;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<FrontlineDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/sign-in";
            cookie.LogoutPath = "/sign-out";
            cookie.AccessDeniedPath = "/forbidden";
            cookie.Cookie.Name = "frontline.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(9);
            // Every request sees the person's current state (replaces Identity's 30-minute security stamp check).
            cookie.Events.OnValidatePrincipal = StaffSessions.ValidatePrincipalAsync;
            // The API answers 401/403 problem details instead of redirecting to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? ProblemResponses.WriteAsync(context.HttpContext, 401, "Authentication required", "Sign in or send a personal access token.")
                : Redirect(context);
            cookie.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? ProblemResponses.WriteAsync(context.HttpContext, 403, "Forbidden", "Your roles do not allow this operation.")
                : Redirect(context);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Frontline:SignInAttemptsPerMinute", 30),
                    Window = TimeSpan.FromMinutes(1),
                }));
            limiter.OnRejected = (context, _) => new ValueTask(ProblemResponses.WriteAsync(context.HttpContext, 429,
                "Too many attempts", "Too many sign-in attempts from this address. Wait a minute and try again."));
        });

        services.AddProblemDetails();
        services.Configure<JsonOptions>(json => ConfigureJson(json.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>camelCase, enums as kebab-case strings, unknown fields refused.</summary>
    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.NumberHandling = JsonNumberHandling.Strict;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Applies migrations, makes sure roles and the administrator exist, and seeds the demo centre when asked.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<StartupSeeder>().SeedAsync(cancellationToken);
    }
}
