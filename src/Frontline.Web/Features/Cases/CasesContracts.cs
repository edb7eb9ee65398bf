using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Cases;

namespace Frontline.Web.Features.Cases;

/// <summary>A contact as integrations and agents send it. Times are ISO-8601 instants with an offset.</summary>
public sealed record ContactRequest(
    Guid? CustomerId,
    [property: Required] string Channel,
    [property: Required] string Direction,
    Guid? AgentId,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? WrapEndedAt,
    [property: StringLength(Contact.MaxOutcomeLength)] string? Outcome,
    [property: StringLength(Contact.MaxNotesLength)] string? Notes,
    Guid? CaseId,
    [property: StringLength(Contact.MaxQueueLength)] string? Queue = null,
    [property: StringLength(Contact.MaxExternalReferenceLength)] string? ExternalReference = null,
    DateTimeOffset? QueuedAt = null);

public sealed record ContactBatchRequest([property: Required, MaxLength(RecordContacts.MaxBatch)] IReadOnlyList<ContactRequest> Contacts);

public sealed record ContactBatchResult(int Accepted, IReadOnlyList<ContactRejection> Rejected);

public sealed record ContactRejection(int Index, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>Wrap-up: the end times, outcome and notes after the contact; fields left out stay as they are.</summary>
public sealed record WrapUpContactRequest(
    [property: Required] int? Version,
    DateTimeOffset? EndedAt,
    DateTimeOffset? WrapEndedAt,
    [property: StringLength(Contact.MaxOutcomeLength)] string? Outcome,
    [property: StringLength(Contact.MaxNotesLength)] string? Notes,
    Guid? CaseId,
    Guid? CustomerId);

public sealed record ContactView(Guid Id, Guid? CustomerId, Guid? AgentId, string? AgentName, Guid? TeamId, Guid? CaseId, string Channel,
    string Direction, string? Queue, DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? EndedAt, DateTimeOffset? WrapEndedAt,
    string? Outcome, string? Notes, string? ExternalReference, DateTimeOffset CreatedAt, int Version, DateTimeOffset? QueuedAt = null);

public sealed record ContactImportView(Guid Id, string FileName, ImportStatus Status, int TotalRows, int ProcessedRows, int Accepted,
    int Skipped, int RejectedCount, IReadOnlyList<RejectedRow> Rejected, string? Error, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    public int PercentDone => TotalRows == 0 ? (Status == ImportStatus.Completed ? 100 : 0) : (int)(100L * ProcessedRows / TotalRows);

    /// <summary>Completed, failed or interrupted: nothing will change any more (the progress page stops polling).</summary>
    public bool Finished => ContactImport.IsFinal(Status);
}

public sealed record OpenCaseRequest(
    [property: Required] Guid? CustomerId,
    [property: Required] string Category,
    [property: Required, StringLength(Case.MaxSummaryLength, MinimumLength = 3)] string Summary,
    [property: Required] CasePriority? Priority,
    [property: StringLength(Case.MaxDescriptionLength)] string? Description = null,
    Guid? OwnerId = null);

public sealed record UpdateCaseRequest(
    [property: Required] int? Version,
    [property: StringLength(Case.MaxSummaryLength, MinimumLength = 3)] string? Summary,
    [property: StringLength(Case.MaxDescriptionLength)] string? Description,
    string? Category,
    CasePriority? Priority,
    Guid? OwnerId);

public sealed record ChangeCaseStatusRequest(
    [property: Required] int? Version,
    [property: Required] CaseStatus? Status,
    [property: StringLength(2000)] string? Reason);

public sealed record CaseView(Guid Id, string Reference, Guid CustomerId, string Category, CasePriority Priority, CaseStatus Status,
    string Summary, string? Description, Guid? OwnerId, string? OwnerName, Guid? TeamId, DateTimeOffset DueAt, bool ClockPaused, bool Overdue,
    long TargetMinutes, DateTimeOffset LastCustomerUpdateAt, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseStatus> NextStatuses, int Version);

public sealed record CaseDetailView(CaseView Case, IReadOnlyList<PauseView> Pauses, IReadOnlyList<CaseEventView> History,
    IReadOnlyList<CaseActionView> Actions, IReadOnlyList<ReferralView> Referrals, IReadOnlyList<CustomerUpdateView> Updates);

public sealed record PauseView(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, long BusinessMinutes);

public sealed record CaseEventView(DateTimeOffset At, Guid? StaffId, string? StaffName, string What, string? Reason);

public sealed record TakeActionRequest(
    [property: Required] string Action,
    [property: Required, Range(0, AuthorityMatrix.MaxLimitPence, ErrorMessage = "The amount must be between 0 and 1,000,000,000 pence.")] long? AmountPence,
    [property: Required, StringLength(CaseAction.MaxReasonLength, MinimumLength = 3)] string Reason,
    Guid? ContactId = null,
    string? Channel = null);

public sealed record CaseActionView(Guid Id, Guid CaseId, Guid StaffId, string? StaffName, string Action, long AmountPence, string Reason,
    bool Allowed, string Decision, int? GradeNeeded, long? LimitPence, Guid? ReferralId, DateTimeOffset At);

public sealed record ReferCaseRequest(
    [property: Required] string Reason,
    [property: Required] string Mode,
    Guid? ToStaffId,
    string? ToRole,
    [property: Required, StringLength(Referral.MaxSummaryLength, MinimumLength = 3)] string Summary,
    string? RequestedAction = null,
    [property: Range(0, AuthorityMatrix.MaxLimitPence)] long? RequestedAmountPence = null,
    DateTimeOffset? HandoverAt = null);

public sealed record AcceptReferralRequest([property: Required] int? Version);

public sealed record DeclineReferralRequest(
    [property: Required] int? Version,
    [property: Required, StringLength(Referral.MaxResponseLength, MinimumLength = 3)] string Reason);

public sealed record ResolveReferralRequest(
    [property: Required] int? Version,
    [property: Required, StringLength(Referral.MaxResponseLength, MinimumLength = 3)] string Resolution,
    string? Action = null,
    [property: Range(0, AuthorityMatrix.MaxLimitPence)] long? AmountPence = null);

public sealed record ReferralView(Guid Id, Guid CaseId, string? CaseReference, Guid FromStaffId, string? FromName, Guid? ToStaffId, string? ToName,
    string? ToRole, string Reason, string Mode, string Summary, string? RequestedAction, long? RequestedAmountPence, DateTimeOffset? HandoverAt,
    DateTimeOffset CreatedAt, DateTimeOffset RespondBy, bool ResponseOverdue, ReferralStatus Status, Guid? HandledById, string? HandledByName,
    DateTimeOffset? AcceptedAt, DateTimeOffset? DeclinedAt, string? DeclineReason, DateTimeOffset? ResolvedAt, string? Resolution, int Version);

public sealed record CustomerUpdateRequest(
    [property: Required, StringLength(CustomerUpdate.MaxMessageLength, MinimumLength = 2)] string Message,
    [property: Required] string Channel,
    string? ConstraintKind = null,
    [property: StringLength(CustomerUpdate.MaxConstraintReasonLength)] string? ConstraintReason = null);

public sealed record CustomerUpdateView(Guid Id, Guid CaseId, Guid StaffId, string? StaffName, string Channel, string Message,
    string? ConstraintKind, string? ConstraintReason, DateTimeOffset At);

public sealed record AuthorityMatrixView(IReadOnlyList<string> Actions, IReadOnlyList<AuthorityRule> Rules, bool IsDefault, int Version);

public sealed record PutAuthorityMatrixRequest([property: Required] int? Version, [property: Required] IReadOnlyList<AuthorityRule> Rules);
