using System.ComponentModel.DataAnnotations;

namespace Frontline.Web.Features.Platform;

public sealed record IssueTokenRequest(
    [property: Required, StringLength(64)] string Username,
    [property: Required, StringLength(200)] string Password,
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Range(1, 366, ErrorMessage = "expiresInDays must be between 1 and 366.")] int? ExpiresInDays);

public sealed record ChangePasswordRequest(
    [property: Required, StringLength(200)] string CurrentPassword,
    [property: Required, StringLength(200)] string NewPassword);

public sealed record IssuedToken(Guid Id, string Token, DateTimeOffset ExpiresAt);

public sealed record TokenSummary(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

public sealed record AuditEntryView(long Id, DateTimeOffset At, Guid? ActorId, string ActorName, string Action,
    string EntityType, string EntityId, System.Text.Json.JsonElement Changes);

public sealed record AuditVerifyResult(bool Valid, long Entries, long? FirstBrokenEntryId);

public sealed record BusinessDateResult(string Date);

public sealed record BusinessMinutesResult(long Minutes, string Opens, string Closes);

public sealed record CalendarDay(string Date, bool IsBusinessDay, string? Reason);

public sealed record CalendarOverrideRequest(
    [property: Required] string Date,
    [property: Required] string Kind,
    [property: Required, StringLength(200, MinimumLength = 1)] string Description);

public sealed record CalendarOverrideView(Guid Id, string Division, string Date, string Kind, string Description);
