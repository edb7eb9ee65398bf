using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

/// <summary>A reviewer's comment on the variance of one result from its target, and the improvement action raised from it.</summary>
public sealed class KpiReview
{
    public const int MaxCommentLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid KpiId { get; init; }

    public DateOnly PeriodStart { get; init; }

    public KpiLevel Level { get; init; }

    /// <summary>The team or agent the result is for (none for the centre).</summary>
    public Guid? Subject { get; init; }

    /// <summary>The value, band and version reviewed, as they stood then.</summary>
    public double Value { get; init; }

    public Band? Band { get; init; }

    public required string Comment { get; init; }

    /// <summary>The improvement action raised from this review (in the action register), if any.</summary>
    public Guid? ActionId { get; set; }

    public Guid ReviewedById { get; init; }

    public DateTime ReviewedAt { get; init; }

    public static string CheckedComment(string? comment) =>
        string.IsNullOrWhiteSpace(comment) || comment.Trim().Length > MaxCommentLength
            ? throw new DomainException("review.comment", $"Say why the result differs from its target (1 to {MaxCommentLength:N0} characters).", DomainErrorKind.Invalid,
                "comment")
            : comment.Trim();
}
