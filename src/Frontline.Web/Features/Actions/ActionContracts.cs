using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Actions;

namespace Frontline.Web.Features.Actions;

/// <summary>An improvement action as the register shows it.</summary>
public sealed record ActionView(
    Guid Id,
    int Version,
    string Title,
    string? Description,
    string SourceKind,
    string? SourceId,
    string? SourceLink,
    Guid? OwnerId,
    string OwnerName,
    Guid? OwnerTeamId,
    DateOnly DueOn,
    string Status,
    bool Overdue,
    string? Evidence,
    DateTime? CompletedAt,
    Guid? CompletedById,
    DateOnly? EffectivenessDueOn,
    string? EffectivenessResult,
    string? EffectivenessNotes,
    DateTime? EffectivenessCheckedAt,
    Guid? EffectivenessCheckedById,
    Guid? RaisedById,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>One page of a list: <c>{"items":[...],"total":N,"page":P,"pageSize":S}</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record CreateActionRequest(
    [property: Required, StringLength(ImprovementAction.MaxTitleLength, MinimumLength = 1)] string Title,
    [property: StringLength(ImprovementAction.MaxDescriptionLength)] string? Description,
    [property: Required, StringLength(20)] string SourceKind,
    [property: StringLength(ImprovementAction.MaxSourceIdLength)] string? SourceId,
    [property: StringLength(ImprovementAction.MaxLinkLength)] string? SourceLink,
    [property: Required] Guid? OwnerId,
    [property: Required] DateOnly? DueOn);

/// <summary>A change to an action; only the fields sent change. <c>version</c> (or If-Match) is required.</summary>
public sealed record UpdateActionRequest(
    int? Version,
    [property: StringLength(ImprovementAction.MaxTitleLength, MinimumLength = 1)] string? Title = null,
    [property: StringLength(ImprovementAction.MaxDescriptionLength)] string? Description = null,
    Guid? OwnerId = null,
    DateOnly? DueOn = null,
    [property: StringLength(20)] string? Status = null,
    [property: StringLength(ImprovementAction.MaxEvidenceLength)] string? Evidence = null,
    DateOnly? EffectivenessDueOn = null,
    [property: StringLength(20)] string? EffectivenessResult = null,
    [property: StringLength(ImprovementAction.MaxNotesLength)] string? EffectivenessNotes = null);

/// <summary>The list's filters: <c>owner=me</c>, <c>team</c> (a team id, or <c>mine</c>), <c>overdue</c>, <c>sourceKind</c>, <c>status</c>
/// (comma-separated), <c>q</c> (title, description, owner), <c>sort</c> (column, <c>-</c> for descending), <c>page</c> from 1, <c>pageSize</c> ≤ 200.</summary>
public sealed record ActionQuery(
    string? Owner = null,
    string? Team = null,
    bool? Overdue = null,
    string? SourceKind = null,
    string? Status = null,
    string? Q = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null);
