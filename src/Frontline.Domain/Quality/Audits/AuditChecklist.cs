using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Audits;

/// <summary>A checklist template: the items an auditor checks for one practice, each with what to look at.</summary>
public sealed class AuditChecklist : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxItemLength = 500;
    public const int MaxItems = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string Practice { get; set; }

    public List<ChecklistItem> Items { get; set; } = [];

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    /// <summary>Refuses a checklist without items or with blank or over-long ones.</summary>
    public static void Check(string name, IReadOnlyList<ChecklistItem> items)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("checklist.name", "Give the checklist a name.", DomainErrorKind.Invalid, "name");
        }

        if (items.Count == 0 || items.Count > MaxItems)
        {
            throw new DomainException("checklist.items", $"A checklist needs between 1 and {MaxItems} items.", DomainErrorKind.Invalid, "items");
        }

        if (items.Any(i => string.IsNullOrWhiteSpace(i.Text) || i.Text.Length > MaxItemLength || (i.Guidance?.Length ?? 0) > MaxItemLength))
        {
            throw new DomainException("checklist.item", $"Each item needs text of at most {MaxItemLength} characters.", DomainErrorKind.Invalid, "items");
        }
    }
}

/// <summary>One thing to check, with guidance on the evidence to look for.</summary>
public sealed record ChecklistItem(string Text, string? Guidance);
