using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Actions;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>A line of the audit programme (create, or update with <c>version</c>).</summary>
public sealed record PlanAuditRequest(
    [property: Required, StringLength(PlannedAudit.MaxTitleLength)] string Title,
    [property: Required, StringLength(60)] string Practice,
    [property: StringLength(PlannedAudit.MaxTextLength)] string? Scope,
    AuditFrequency Frequency,
    Guid LeadAuditorId,
    [property: StringLength(PlannedAudit.MaxTextLength)] string? Requirements,
    Guid? ChecklistId,
    DateOnly NextDueOn,
    bool IsActive = true,
    int? Version = null);

public sealed record PlannedAuditView(
    Guid Id, string Title, string Practice, string PracticeName, string? Scope, AuditFrequency Frequency, Guid LeadAuditorId, string LeadAuditorName,
    string? Requirements, Guid? ChecklistId, DateOnly NextDueOn, DateOnly? LastCompletedOn, bool Overdue, bool IsActive, int Version);

public sealed record ChecklistItemRequest([property: Required, StringLength(AuditChecklist.MaxItemLength)] string Text,
    [property: StringLength(AuditChecklist.MaxItemLength)] string? Guidance);

public sealed record ChecklistRequest(
    [property: Required, StringLength(AuditChecklist.MaxNameLength)] string Name,
    [property: Required, StringLength(60)] string Practice,
    [property: Required] List<ChecklistItemRequest> Items);

public sealed record ChecklistView(Guid Id, string Name, string Practice, string PracticeName, IReadOnlyList<ChecklistItem> Items, int Version);

/// <summary>Start an audit from a checklist, or from a line of the programme (its checklist).</summary>
public sealed record StartAuditRequest(Guid? ChecklistId, Guid? PlannedAuditId,
    [property: StringLength(PlannedAudit.MaxTitleLength)] string? Title,
    [property: StringLength(PlannedAudit.MaxTextLength)] string? Scope);

/// <summary>
/// The evidence and finding of one item. A minor or major finding raises an improvement action owned by
/// <c>actionOwnerId</c>, due <c>actionDueOn</c> (both required then).
/// </summary>
public sealed record RecordFindingRequest(
    [property: StringLength(Audit.MaxEvidenceLength)] string? Evidence,
    AuditFinding Finding,
    Guid? ActionOwnerId = null,
    DateOnly? ActionDueOn = null,
    [property: StringLength(200)] string? ActionTitle = null,
    int? Version = null);

public sealed record CloseAuditRequest([property: Required, StringLength(Audit.MaxReportLength)] string Report, int? Version = null);

public sealed record AuditItemView(Guid Id, int Position, string Text, string? Guidance, string? Evidence, AuditFinding? Finding, Guid? ActionId,
    ImprovementActionSummary? Action);

public sealed record AuditView(
    Guid Id, string Title, string Practice, string PracticeName, string? Scope, Guid? PlannedAuditId, Guid ChecklistId, Guid AuditorId, string AuditorName,
    DateTimeOffset StartedAt, AuditStatus Status, string? Report, DateTimeOffset? ClosedAt, IReadOnlyList<AuditItemView> Items,
    IReadOnlyDictionary<string, int> Findings, int Version);

public sealed record AuditSummary(Guid Id, string Title, string PracticeName, string AuditorName, DateTimeOffset StartedAt, AuditStatus Status,
    DateTimeOffset? ClosedAt, int Minor, int Major);
