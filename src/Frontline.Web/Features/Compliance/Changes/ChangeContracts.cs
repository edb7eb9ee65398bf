using Frontline.Domain.Compliance;

namespace Frontline.Web.Features.Compliance.Changes;

/// <summary>A regulatory change; <c>reviewLeadDays</c> (default 14) sets how long before the effective date reviews are due.</summary>
public sealed record RecordChangeRequest(string? Source, string? Summary, DateOnly EffectiveOn, List<Guid>? RequirementIds, int? ReviewLeadDays = null);

public sealed record CompleteReviewRequest(ReviewStatus Outcome, string? Notes, string? NewVersionLink, int? Version = null);

public sealed record ReviewView(
    Guid Id, Guid ChangeId, string ChangeSource, Guid RequirementId, string RequirementCitation, ControlKind ItemKind, string? ItemReference, string ItemLabel,
    string? ItemLink, Guid OwnerId, string OwnerName, DateOnly DueOn, ReviewStatus Status, bool Overdue, string? Notes, string? NewVersionLink,
    DateTime? CompletedAt, int Version);

public sealed record ChangeView(
    Guid Id, string Source, string Summary, DateOnly EffectiveOn, bool InForce, IReadOnlyList<StaffRefRequirement> Requirements, int ReviewsOpen,
    int ReviewsDone, IReadOnlyList<ReviewView> Reviews, DateTime CreatedAt, int Version);

public sealed record StaffRefRequirement(Guid Id, string Citation, string Title);

public sealed record ChangeDashboard(IReadOnlyList<ChangeView> Coming, IReadOnlyList<ChangeView> InForce, IReadOnlyList<ReviewView> Outstanding);
