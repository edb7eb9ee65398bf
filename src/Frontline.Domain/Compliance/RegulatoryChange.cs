using Frontline.Domain.Platform;

namespace Frontline.Domain.Compliance;

/// <summary>
/// A change in the rules (CC26 4.2, CC33 4.1): where it comes from, what it says, when it comes into force and the
/// requirements it adds or changes. Recording it flags every item linked to those requirements for review.
/// </summary>
public sealed class RegulatoryChange : IVersioned
{
    public const int MaxSourceLength = 200;
    public const int MaxSummaryLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Source { get; set; }

    public required string Summary { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public List<Guid> RequirementIds { get; set; } = [];

    public Guid? RecordedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public static RegulatoryChange Record(string? source, string? summary, DateOnly effectiveOn, IReadOnlyList<Guid> requirementIds, Guid? by, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(source) || source.Length > MaxSourceLength)
        {
            throw new DomainException("change.source", "Say where the change comes from (e.g. \"FCA PS25/19\"), up to 200 characters.", DomainErrorKind.Invalid, "source");
        }

        if (string.IsNullOrWhiteSpace(summary) || summary.Length > MaxSummaryLength)
        {
            throw new DomainException("change.summary", "Summarise the change (up to 4,000 characters).", DomainErrorKind.Invalid, "summary");
        }

        if (effectiveOn == default)
        {
            throw new DomainException("change.effective", "Give the date the change comes into force.", DomainErrorKind.Invalid, "effectiveOn");
        }

        if (requirementIds.Count == 0)
        {
            throw new DomainException("change.requirements", "Name the requirements the change adds or changes.", DomainErrorKind.Invalid, "requirementIds");
        }

        return new RegulatoryChange
        {
            Source = source.Trim(),
            Summary = summary.Trim(),
            EffectiveOn = effectiveOn,
            RequirementIds = [.. requirementIds.Distinct()],
            RecordedById = by,
            CreatedAt = now,
        };
    }

    /// <summary>When reviews are due: <paramref name="leadDays"/> before the change comes into force, never before today (a
    /// change recorded late is reviewed at once).</summary>
    public DateOnly ReviewDueOn(DateOnly today, int leadDays)
    {
        var due = EffectiveOn.AddDays(-Math.Max(1, leadDays));
        return due < today ? today : due;
    }
}

public enum ReviewStatus
{
    Open,
    ReviewedNoChange,
    Updated,
}

/// <summary>One item flagged for review because of a change: what it is (a control of an affected requirement), who reviews
/// it, by when, and the outcome (reviewed, no change; or updated, with a link to the new version).</summary>
public sealed class ChangeReview : IVersioned
{
    public const int MaxNotesLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ChangeId { get; init; }

    public Guid RequirementId { get; init; }

    public ControlKind ItemKind { get; init; }

    public string? ItemReference { get; init; }

    public required string ItemLabel { get; init; }

    public string? ItemLink { get; init; }

    public Guid OwnerId { get; init; }

    public DateOnly DueOn { get; init; }

    public ReviewStatus Status { get; private set; } = ReviewStatus.Open;

    public string? Notes { get; private set; }

    public string? NewVersionLink { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public Guid? CompletedById { get; private set; }

    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status == ReviewStatus.Open && DueOn < today;

    public void Complete(ReviewStatus outcome, string? notes, string? newVersionLink, Guid by, DateTime now)
    {
        if (Status != ReviewStatus.Open)
        {
            throw new DomainException("review.done", "The review is already done.", DomainErrorKind.Conflict);
        }

        if (outcome == ReviewStatus.Open)
        {
            throw new DomainException("review.outcome", "Choose reviewed-no-change or updated.", DomainErrorKind.Invalid, "outcome");
        }

        if (outcome == ReviewStatus.Updated && string.IsNullOrWhiteSpace(newVersionLink))
        {
            throw new DomainException("review.new-version", "Link to the new version of the item.", DomainErrorKind.Invalid, "newVersionLink");
        }

        if (notes?.Length > MaxNotesLength || newVersionLink?.Length > 500)
        {
            throw new DomainException("review.too-long", "Keep notes to 2,000 characters and the link to 500.", DomainErrorKind.Invalid, "notes");
        }

        Status = outcome;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        NewVersionLink = outcome == ReviewStatus.Updated ? newVersionLink!.Trim() : null;
        CompletedAt = now;
        CompletedById = by;
    }
}
