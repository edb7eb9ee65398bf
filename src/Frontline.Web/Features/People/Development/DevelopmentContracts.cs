using System.Text.Json;
using Frontline.Domain.People.Development;

namespace Frontline.Web.Features.People.Development;

public sealed record SkillView(Guid Id, string Code, string Name, string? Description, SkillArea Area, IReadOnlyList<string> LinkedCriteria,
    IReadOnlyList<string> LinkedKpis, bool IsActive, int Version);

/// <summary>Create or edit a skill; on edit, fields left out stay as they are and <c>version</c> is required (stale → 409).</summary>
public sealed record SkillRequest(string? Name, string? Code, string? Description, SkillArea? Area, IReadOnlyList<string>? LinkedCriteria,
    IReadOnlyList<string>? LinkedKpis, bool? IsActive, int? Version);

public sealed record NeedSourceView(NeedSource Kind, Guid? RecordId, string Summary, string? Link, DateTime At);

/// <summary>A development need: <c>skill</c> is the skill's code (the API contract), with its sources (evidence), newest first.</summary>
public sealed record NeedView(Guid Id, string Skill, string SkillName, NeedStatus Status, DateTime RaisedAt, DateTime LastEvidenceAt,
    IReadOnlyList<NeedSourceView> Sources, int Version);

public sealed record NeedList(Guid StaffId, string StaffName, IReadOnlyList<NeedView> Items);

/// <summary>A need recorded by a person: an observation or customer feedback (by a supporter) or a self-assessment (by the colleague).</summary>
public sealed record RecordNeedRequest(string? Skill, NeedSource? Kind, string? Summary, Guid? RecordId);

public sealed record CloseNeedRequest(string? Note, int? Version);

/// <summary>How many colleagues of a team have a current need in a skill, and how much evidence there is.</summary>
public sealed record CommonNeedView(string Skill, string SkillName, int People, int Evidence);

public sealed record TeamNeedsView(Guid TeamId, string TeamName, int Members, IReadOnlyList<CommonNeedView> Items);

/// <summary>An activity of a plan. Dates are ISO days (yyyy-MM-dd).</summary>
public sealed record ActivityRequest(DevelopmentMethod? Method, string? Title, Guid? OwnerId, DateOnly? StartsOn, DateOnly? EndsOn, string? Notes);

/// <summary>
/// A new plan. Each objective is either text or <c>{"text","policyObjective"?,"measure"?,"skill"?,"targetChange"?}</c>.
/// </summary>
public sealed record CreatePlanRequest(string? Title, IReadOnlyList<JsonElement>? Objectives, IReadOnlyList<ActivityRequest>? Activities, IReadOnlyList<Guid>? NeedIds);

public sealed record UpdatePlanRequest(string? Title, PlanStatus? Status, IReadOnlyList<JsonElement>? Objectives, int? Version);

public sealed record AddActivityRequest(DevelopmentMethod? Method, string? Title, Guid? OwnerId, DateOnly? StartsOn, DateOnly? EndsOn, string? Notes, int? Version);

public sealed record UpdateActivityRequest(ActivityStatus? Status, string? Notes, DateOnly? EndsOn, int? Version);

public sealed record ActivityView(Guid Id, DevelopmentMethod Method, string Title, Guid OwnerId, string OwnerName, DateOnly StartsOn, DateOnly? EndsOn,
    ActivityStatus Status, string? Notes);

public sealed record ReviewedRecordView(string Kind, Guid Id, string Link);

public sealed record CoachingView(Guid Id, Guid PlanId, Guid StaffId, Guid CoachId, string CoachName, Guid? ActivityId, DateOnly HeldOn, string Discussed,
    IReadOnlyList<ReviewedRecordView> EvidenceReviewed, string? AgreedActions, DateOnly? FollowUpOn, DateTime RecordedAt, DateTime? AcknowledgedAt,
    string? ColleagueComment, int Version);

public sealed record PlanView(Guid Id, Guid StaffId, string StaffName, string Title, PlanStatus Status, IReadOnlyList<PlanObjective> Objectives,
    IReadOnlyList<ActivityView> Activities, IReadOnlyList<Guid> NeedIds, DateOnly StartsOn, DateOnly? EndsOn, IReadOnlyList<CoachingView> CoachingSessions,
    Guid CreatedById, DateTime CreatedAt, int Version, bool MaySupport);

public sealed record PlanSummary(Guid Id, string Title, PlanStatus Status, int Activities, int ActivitiesDone, DateOnly StartsOn, DateOnly? EndsOn, int Version);

/// <summary>A coaching session; <c>coachId</c> defaults to the caller; evidence is <c>[{"kind":"evaluation"|"contact","id"}]</c>.</summary>
public sealed record CoachingRequest(DateOnly? HeldOn, Guid? CoachId, string? Discussed, IReadOnlyList<ReviewedRecord>? EvidenceReviewed, string? AgreedActions,
    DateOnly? FollowUpOn, Guid? ActivityId);

public sealed record AcknowledgeCoachingRequest(string? Comment, int? Version);

/// <summary>A colleague in the caller's sight, with their current needs and active plans (the development overview).</summary>
public sealed record DevelopmentPersonRow(Guid StaffId, string DisplayName, Guid? TeamId, string? TeamName, int CurrentNeeds, int ActivePlans);
