using System.Security.Claims;
using Frontline.Web.Features.Platform.Notifications;
using System.Globalization;
using System.Text.Json;
using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Platform;

/// <summary>API of the platform: tokens, the audit trail and the business calendars.</summary>
public static class PlatformEndpoints
{
    public static readonly string[] AuditReaders = [Roles.Administrator, Roles.Manager, Roles.ComplianceOfficer];

    public static RouteGroupBuilder MapPlatformEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Platform");
        auth.MapPost("/tokens", IssueToken).AllowAnonymous().RequireRateLimiting(PlatformModule.SignInRateLimit)
            .WithName("IssueToken").WithSummary("Exchange username and password for a personal access token");
        auth.MapGet("/tokens", ListTokens).WithName("ListTokens").WithSummary("Your personal access tokens");
        auth.MapPost("/password", ChangePassword).WithName("ChangePassword").WithSummary("Change your own password");
        auth.MapDelete("/tokens/{id:guid}", RevokeToken).WithName("RevokeToken").WithSummary("Revoke one of your tokens");

        api.MapNotificationsApi();

        var audit = api.MapGroup("/audit").WithTags("Platform").RequireAuthorization(p => p.RequireRole(AuditReaders));
        audit.MapGet("/", GetAudit).WithName("GetAudit").WithSummary("Audit entries, newest first, for one record or all");
        audit.MapPost("/verify", VerifyAudit).WithName("VerifyAudit").WithSummary("Check the audit trail's hash chain");

        var calendar = api.MapGroup("/calendar").WithTags("Platform");
        calendar.MapGet("/{division}/business-days", AddBusinessDays).WithName("AddBusinessDays")
            .WithSummary("The Nth business day after a date (the date itself is day 0)");
        calendar.MapGet("/{division}/business-minutes", BusinessMinutes).WithName("BusinessMinutesBetween")
            .WithSummary("Minutes inside opening hours on business days between two instants [from, to)");
        calendar.MapGet("/{division}/days", ListDays).WithName("ListCalendarDays").WithSummary("Business days and holidays in a date range");
        calendar.MapGet("/{division}/overrides", ListOverrides).WithName("ListCalendarOverrides");
        calendar.MapPost("/{division}/overrides", AddOverride).RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithName("AddCalendarOverride").WithSummary("Add a one-off holiday, closure or opening");
        calendar.MapDelete("/{division}/overrides/{id:guid}", RemoveOverride).RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithName("RemoveCalendarOverride");
        return api;
    }

    public static async Task<Results<Created<IssuedToken>, ProblemHttpResult>> IssueToken(
        IssueTokenRequest request, IssueApiToken issue, CancellationToken cancellationToken)
    {
        var issued = await issue.ExecuteAsync(request, cancellationToken);
        if (issued is not { } token)
        {
            return TypedResults.Problem(statusCode: 401, title: "Authentication failed",
                detail: "The username or password is wrong, or the account is deactivated.", type: ProblemResponses.TypeFor(401));
        }

        return TypedResults.Created($"/api/v1/auth/tokens/{token.Token.Id}",
            new IssuedToken(token.Token.Id, token.PlainText, new DateTimeOffset(token.Token.ExpiresAt, TimeSpan.Zero)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(ChangePasswordRequest request, CurrentStaff me,
        Microsoft.AspNetCore.Identity.UserManager<Frontline.Data.Platform.StaffAccount> users)
    {
        var account = await users.FindByIdAsync(me.Id.ToString());
        if (account is null)
        {
            return TypedResults.Problem(statusCode: 404, title: "Not found", detail: "Your account was not found.");
        }

        var changed = await users.ChangePasswordAsync(account, request.CurrentPassword, request.NewPassword);
        return changed.Succeeded
            ? TypedResults.NoContent()
            : FieldProblem(changed.Errors.Any(e => e.Code == "PasswordMismatch") ? "currentPassword" : "newPassword",
                string.Join(" ", changed.Errors.Select(e => e.Description)));
    }

    public static async Task<Ok<List<TokenSummary>>> ListTokens(CurrentStaff me, FrontlineDbContext db, CancellationToken cancellationToken)
    {
        var tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.StaffId == me.Id)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(tokens.Select(ToSummary).ToList());
    }

    public static TokenSummary ToSummary(ApiToken t) => new(t.Id, t.Name, t.Hint, Utc(t.CreatedAt), Utc(t.ExpiresAt),
        t.RevokedAt is { } r ? Utc(r) : null, t.LastUsedAt is { } u ? Utc(u) : null);

    public static async Task<Results<NoContent, NotFound>> RevokeToken(Guid id, CurrentStaff me, FrontlineDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var isAdministrator = me.IsInRole(Roles.Administrator);
        var myId = me.Id;
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(
            t => t.Id == id && (t.StaffId == myId || isAdministrator), cancellationToken);
        if (token is null)
        {
            return TypedResults.NotFound();
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<List<AuditEntryView>>> GetAudit(FrontlineDbContext db, string? entityType, string? entityId,
        int? limit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Disciplinary and grievance records: only managers and compliance officers (Compliance's confidentiality rule).
        var query = await Compliance.ConfidentialAudit.FilterAsync(db.AuditEntries.AsNoTracking(), db, user, cancellationToken);
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(e => e.EntityId == entityId);
        }

        var entries = await query.OrderByDescending(e => e.Sequence).Take(Math.Clamp(limit ?? 200, 1, 1000)).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(ToView).ToList());
    }

    public static AuditEntryView ToView(AuditEntry e)
    {
        using var changes = JsonDocument.Parse(e.Changes);
        return new AuditEntryView(e.Sequence, Utc(e.At), e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, changes.RootElement.Clone());
    }

    public static async Task<Ok<AuditVerifyResult>> VerifyAudit(FrontlineDbContext db, CancellationToken cancellationToken)
    {
        var result = await VerifyAuditChain.ExecuteAsync(db, cancellationToken);
        return TypedResults.Ok(new AuditVerifyResult(result.Valid, result.Entries, result.FirstBrokenEntryId));
    }

    public static async Task<Results<Ok<BusinessDateResult>, ProblemHttpResult>> AddBusinessDays(
        string division, string? from, int? add, BusinessCalendars calendars, CancellationToken cancellationToken)
    {
        if (!CalendarDivisions.TryParse(division, out var parsed))
        {
            return UnknownDivision(division);
        }

        if (!TryParseDate(from, out var start))
        {
            return FieldProblem("from", "from must be a date as YYYY-MM-DD.");
        }

        if (add is not { } days || Math.Abs(days) > 3650)
        {
            return FieldProblem("add", "add must be a whole number of business days between -3650 and 3650.");
        }

        var calendar = await calendars.GetAsync(parsed, cancellationToken);
        return TypedResults.Ok(new BusinessDateResult(Iso(calendar.AddBusinessDays(start, days))));
    }

    public static async Task<Results<Ok<BusinessMinutesResult>, ProblemHttpResult>> BusinessMinutes(
        string division, DateTimeOffset? from, DateTimeOffset? to, BusinessCalendars calendars, CancellationToken cancellationToken)
    {
        if (!CalendarDivisions.TryParse(division, out var parsed))
        {
            return UnknownDivision(division);
        }

        if (from is not { } start || to is not { } end || end < start || (end - start).TotalDays > 3660)
        {
            return FieldProblem("to", "from and to must be ISO-8601 instants with offset, to not before from, at most ten years apart.");
        }

        var calendar = await calendars.GetAsync(parsed, cancellationToken);
        return TypedResults.Ok(new BusinessMinutesResult(calendar.BusinessMinutesBetween(start, end),
            calendar.OpeningHours.Opens.ToString("HH:mm", CultureInfo.InvariantCulture), calendar.OpeningHours.Closes.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }

    public static async Task<Results<Ok<List<CalendarDay>>, ProblemHttpResult>> ListDays(string division, string? from, string? to,
        BusinessCalendars calendars, FrontlineDbContext db, CancellationToken cancellationToken)
    {
        if (!CalendarDivisions.TryParse(division, out var parsed))
        {
            return UnknownDivision(division);
        }

        if (!TryParseDate(from, out var start) || !TryParseDate(to, out var end) || end < start || end.DayNumber - start.DayNumber > 400)
        {
            return FieldProblem("from", "from and to must be dates as YYYY-MM-DD, to not before from, at most 400 days apart.");
        }

        var calendar = await calendars.GetAsync(parsed, cancellationToken);
        var holidays = BankHolidays.All.Where(h => h.Division == parsed && h.Date >= start && h.Date <= end).ToDictionary(h => h.Date, h => h.Title);
        var overrides = await db.Set<CalendarOverride>().AsNoTracking()
            .Where(o => o.Division == parsed && o.Date >= start && o.Date <= end).ToDictionaryAsync(o => o.Date, o => o.Description, cancellationToken);
        var days = new List<CalendarDay>();
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            var reason = overrides.GetValueOrDefault(day) ?? holidays.GetValueOrDefault(day)
                ?? (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "Weekend" : null);
            days.Add(new CalendarDay(Iso(day), calendar.IsBusinessDay(day), reason));
        }

        return TypedResults.Ok(days);
    }

    public static async Task<Results<Ok<List<CalendarOverrideView>>, ProblemHttpResult>> ListOverrides(string division, FrontlineDbContext db, CancellationToken cancellationToken)
    {
        if (!CalendarDivisions.TryParse(division, out var parsed))
        {
            return UnknownDivision(division);
        }

        var overrides = await db.Set<CalendarOverride>().AsNoTracking().Where(o => o.Division == parsed).OrderBy(o => o.Date).ToListAsync(cancellationToken);
        return TypedResults.Ok(overrides.Select(ToView).ToList());
    }

    public static async Task<Results<Created<CalendarOverrideView>, ProblemHttpResult>> AddOverride(string division, CalendarOverrideRequest request,
        ChangeCalendar change, CancellationToken cancellationToken)
    {
        if (!CalendarDivisions.TryParse(division, out var parsed))
        {
            return UnknownDivision(division);
        }

        if (!TryParseDate(request.Date, out var date))
        {
            return FieldProblem("date", "date must be a date as YYYY-MM-DD.");
        }

        if (!Enum.TryParse<CalendarOverrideKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return FieldProblem("kind", "kind must be holiday, closure or opening.");
        }

        var added = await change.AddAsync(parsed, date, kind, request.Description.Trim(), cancellationToken);
        return TypedResults.Created($"/api/v1/calendar/{division}/overrides/{added.Id}", ToView(added));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveOverride(string division, Guid id, ChangeCalendar change, CancellationToken cancellationToken) =>
        await change.RemoveAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static CalendarOverrideView ToView(CalendarOverride o) =>
        new(o.Id, o.Division.Slug(), Iso(o.Date), o.Kind.ToString().ToLowerInvariant(), o.Description);

    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static ProblemHttpResult FieldProblem(string field, string message) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
        {
            Status = 400,
            Title = "The request is not valid",
            Detail = message,
            Type = ProblemResponses.TypeFor(400),
        });

    private static ProblemHttpResult UnknownDivision(string division) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", type: ProblemResponses.TypeFor(404),
            detail: $"'{division}' is not a calendar division; use england-and-wales, scotland or northern-ireland.");
}
