namespace Frontline.Domain.Cases;

/// <summary>
/// What the customer was told about their case, on which channel, and any constraint on what the centre
/// could do (authority, policy, resources, regulation) with its reason: keeping the customer informed.
/// </summary>
public sealed class CustomerUpdate
{
    public const int MaxMessageLength = 4000;
    public const int MaxConstraintReasonLength = 1000;

    public static readonly IReadOnlyList<string> ConstraintKinds = ["authority", "policy", "resources", "regulation"];

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public Guid StaffId { get; init; }

    public required string Channel { get; init; }

    /// <summary>What was said (free text, card numbers redacted).</summary>
    public required string Message { get; init; }

    public string? ConstraintKind { get; init; }

    public string? ConstraintReason { get; init; }

    public DateTime At { get; init; }
}

/// <summary>An entry in the case's history: status changes with their reasons.</summary>
public sealed class CaseEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public Guid? StaffId { get; init; }

    public required string What { get; init; }

    public string? Reason { get; init; }

    public DateTime At { get; init; }
}
