using Frontline.Domain.Platform;

namespace Frontline.Domain.Actions;

public enum ActionSourceKind
{
    Evaluation,
    AuditFinding,
    Breach,
    Complaint,
    KpiReview,
    Other,
}

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

public enum EffectivenessResult
{
    Effective,
    NotEffective,
}

/// <summary>
/// Something the centre will change because of a finding (CC33 1.3): owned, due, tracked to done with evidence,
/// and later checked for whether it worked.
/// </summary>
public sealed class ImprovementAction : IVersioned
{
    /// <summary>Long enough for a complaint's remedial action, which was one 1,000-character description.</summary>
    public const int MaxTitleLength = 1000;
    public const int MaxDescriptionLength = 4000;
    public const int MaxSourceIdLength = 100;
    public const int MaxLinkLength = 500;
    public const int MaxOwnerNameLength = 100;
    public const int MaxEvidenceLength = 4000;
    public const int MaxNotesLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public string? Description { get; set; }

    public ActionSourceKind SourceKind { get; init; }

    /// <summary>The id of the source record in its module (text: modules key records differently).</summary>
    public string? SourceId { get; init; }

    public string? SourceLink { get; init; }

    /// <summary>The staff member who owns it; null only for actions migrated from free text no one matched.</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>The owner as written before the register existed, kept when it matched no staff member.</summary>
    public string? OwnerName { get; set; }

    public DateOnly DueOn { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    /// <summary>What shows the action was done (required to mark it done).</summary>
    public string? Evidence { get; set; }

    public DateTime? CompletedAt { get; set; }

    public Guid? CompletedById { get; set; }

    public DateOnly? EffectivenessDueOn { get; set; }

    public EffectivenessResult? EffectivenessResult { get; set; }

    public string? EffectivenessNotes { get; set; }

    public DateTime? EffectivenessCheckedAt { get; set; }

    public Guid? EffectivenessCheckedById { get; set; }

    public Guid? RaisedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public bool IsClosed => Status is ActionStatus.Done or ActionStatus.Cancelled;

    public bool IsOverdue(DateOnly today) => !IsClosed && DueOn < today;

    public static ImprovementAction Raise(string title, string? description, ActionSourceKind kind, string? sourceId, string? sourceLink,
        Guid? ownerId, string? ownerName, DateOnly dueOn, Guid? raisedBy, DateTime now)
    {
        var action = new ImprovementAction
        {
            Title = Required(title, MaxTitleLength, "title", "Give the action a title."),
            Description = Optional(description, MaxDescriptionLength, "description"),
            SourceKind = kind,
            SourceId = Optional(sourceId, MaxSourceIdLength, "sourceId"),
            SourceLink = Optional(sourceLink, MaxLinkLength, "sourceLink"),
            OwnerId = ownerId,
            OwnerName = Optional(ownerName, MaxOwnerNameLength, "ownerName"),
            DueOn = dueOn,
            RaisedById = raisedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (ownerId is null && action.OwnerName is null)
        {
            throw new DomainException("action.owner-required", "Choose who owns the action.", DomainErrorKind.Invalid, "ownerId");
        }

        return action;
    }

    /// <summary>Moves the action on. Done needs evidence; a closed action reopens only to open or in progress.</summary>
    public void ChangeStatus(ActionStatus status, string? evidence, Guid by, DateTime now)
    {
        var cleanEvidence = Optional(evidence, MaxEvidenceLength, "evidence") ?? Evidence;
        if (status == ActionStatus.Done && string.IsNullOrWhiteSpace(cleanEvidence))
        {
            throw new DomainException("action.evidence-required", "Record the evidence that the action was completed before marking it done.",
                DomainErrorKind.Invalid, "evidence");
        }

        Evidence = cleanEvidence;
        if (status == Status)
        {
            UpdatedAt = now;
            return;
        }

        Status = status;
        if (status == ActionStatus.Done)
        {
            CompletedAt = now;
            CompletedById = by;
        }
        else
        {
            CompletedAt = null;
            CompletedById = null;
        }

        UpdatedAt = now;
    }

    /// <summary>Records whether the change worked. Only a done action can be checked.</summary>
    public void RecordEffectiveness(EffectivenessResult result, string? notes, Guid by, DateTime now)
    {
        if (Status != ActionStatus.Done)
        {
            throw new DomainException("action.not-done", "Only a completed action can be checked for effectiveness.", DomainErrorKind.Conflict, "effectivenessResult");
        }

        EffectivenessResult = result;
        EffectivenessNotes = Optional(notes, MaxNotesLength, "effectivenessNotes");
        EffectivenessCheckedAt = now;
        EffectivenessCheckedById = by;
        UpdatedAt = now;
    }

    public static string Required(string? value, int max, string field, string message)
    {
        var clean = Optional(value, max, field);
        return clean ?? throw new DomainException($"action.{field}-required", message, DomainErrorKind.Invalid, field);
    }

    public static string? Optional(string? value, int max, string field)
    {
        var clean = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (clean is not null && clean.Length > max)
        {
            throw new DomainException($"action.{field}-too-long", $"Keep {field} to {max} characters.", DomainErrorKind.Invalid, field);
        }

        return clean;
    }
}

/// <summary>One reminder sent for one overdue action to one person on one day (the key stops duplicates across runs).</summary>
public sealed class ActionReminder
{
    public Guid ActionId { get; init; }

    public Guid RecipientId { get; init; }

    public DateOnly OnDate { get; init; }

    public DateTime SentAt { get; init; }
}

/// <summary>The kebab-case names the API and other modules use for source kinds and statuses.</summary>
public static class ActionNames
{
    public static string Slug<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Slug(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
