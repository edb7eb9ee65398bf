using Frontline.Domain.Compliance.DataProtection;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Web.Features.Compliance.DataProtection;

public sealed record SarClockView(DateOnly DueDate, DateOnly ExtendedDueDate);

public sealed record ReceiveSarRequest(
    Guid CustomerId, DateOnly ReceivedAt, CalendarDivision? Division = null, SarRequester Requester = SarRequester.Customer, string? RequesterName = null,
    string? VerifiedHow = null);

public sealed record PauseSarRequest(SarPauseReason Reason, DateOnly From, int? Version = null);

public sealed record ResumeSarRequest(DateOnly On, int? Version = null);

public sealed record ExtendSarRequest(string? Reason, DateOnly NotifiedOn, int? Version = null);

public sealed record CompleteSarRequest(DateOnly On, int? Version = null);

public sealed record SarView(
    Guid Id, Guid CustomerId, string? CustomerReference, DateOnly ReceivedAt, CalendarDivision Division, SarRequester Requester, string? RequesterName,
    string? VerifiedHow, DateOnly DueDate, DateOnly ExtendedDueDate, DateOnly UnrolledDueDate, int DaysPaused, bool Extended, string? ExtensionReason,
    DateOnly? ExtensionNotifiedOn, SarStatus Status, bool Paused, IReadOnlyList<ClockPause> Pauses, DateOnly? CompletedOn, bool Overdue, int? DaysLeft,
    int Version);

public sealed record ReceiveErasureRequest(Guid CustomerId, DateOnly ReceivedAt, CalendarDivision? Division = null, string? Grounds = null);

public sealed record CarryOutErasureRequest(int? Version = null);

public sealed record RetentionRuleView(string DataClass, int Months, string StartsFrom, string Basis, int Version);

public sealed record ChangeRetentionRequest(int Months, string? Basis, int? Version = null);

public sealed record RetentionRunView(int Erased);

/// <summary>An erasure request: while open, <c>assessment</c> says what carrying it out would do (and <c>refusal</c> why it cannot yet); once
/// carried out, <c>outcome</c> says what was done.</summary>
public sealed record ErasureView(
    Guid Id, Guid CustomerId, string CustomerReference, DateOnly ReceivedAt, CalendarDivision Division, string? Grounds, DateOnly DueDate, ErasureStatus Status,
    DateOnly? CompletedOn, IReadOnlyList<ErasureLine> Assessment, string? Refusal, IReadOnlyList<ErasureLine> Outcome, int Version);
