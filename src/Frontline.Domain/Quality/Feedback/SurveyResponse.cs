namespace Frontline.Domain.Quality.Feedback;

/// <summary>Where a response came from.</summary>
public enum ResponseSource
{
    Link,
    Import,
}

/// <summary>
/// A customer's answer to a survey, linked to the contact, case and agent it is about. A low score can qualify the
/// contact for the next quality sample.
/// </summary>
public sealed class SurveyResponse
{
    public const int MaxCommentLength = 4000;
    public const int MaxExternalReferenceLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SurveyId { get; init; }

    /// <summary>The invitation answered; unique, so a link is answered once (imports have none).</summary>
    public Guid? InvitationId { get; init; }

    public Guid? ContactId { get; init; }

    public Guid? CaseId { get; init; }

    public Guid? AgentId { get; init; }

    public Guid? TeamId { get; init; }

    public ResponseSource Source { get; init; }

    /// <summary>The id in the survey tool a CSV came from; unique per survey so re-importing a file adds nothing twice.</summary>
    public string? ExternalReference { get; init; }

    public DateTime RespondedAt { get; init; }

    public int? Csat { get; init; }

    public int? Nps { get; init; }

    public int? Effort { get; init; }

    public string? Comment { get; init; }

    public bool LowScore { get; init; }
}
