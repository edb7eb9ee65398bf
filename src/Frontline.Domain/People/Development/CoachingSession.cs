using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>A record reviewed in a coaching session: a QA evaluation or a contact.</summary>
public sealed record ReviewedRecord(string Kind, Guid Id)
{
    public const string Evaluation = "evaluation";
    public const string Contact = "contact";

    public string Link => Kind == Evaluation ? $"/quality/evaluations/{Id}" : $"/contacts/{Id}";
}

/// <summary>
/// A coaching session held under a plan (CC26 3.2): when, who coached, what was discussed, the evidence reviewed, the
/// actions agreed and the follow-up date. The colleague acknowledges the record, once; nobody else can.
/// </summary>
public sealed class CoachingSession : IVersioned
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; init; }

    public Guid StaffId { get; init; }

    public Guid CoachId { get; init; }

    public Guid? ActivityId { get; init; }

    public DateOnly HeldOn { get; init; }

    public required string Discussed { get; init; }

    public List<ReviewedRecord> EvidenceReviewed { get; init; } = [];

    public string? AgreedActions { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    public DateTime RecordedAt { get; init; }

    public DateTime? AcknowledgedAt { get; private set; }

    public string? ColleagueComment { get; private set; }

    public int Version { get; set; }

    public static CoachingSession Record(Guid planId, Guid staffId, Guid coachId, Guid? activityId, DateOnly heldOn, string? discussed,
        IReadOnlyList<ReviewedRecord> evidence, string? agreedActions, DateOnly? followUpOn, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(discussed))
        {
            throw new DomainException("coaching.discussed-required", "Say what was discussed.", DomainErrorKind.Invalid, "discussed");
        }

        if (coachId == staffId)
        {
            throw new DomainException("coaching.self", "A colleague cannot coach themselves.", DomainErrorKind.Invalid, "coachId");
        }

        if (followUpOn is { } follow && follow < heldOn)
        {
            throw new DomainException("coaching.follow-up-before", "The follow-up cannot be before the session.", DomainErrorKind.Invalid, "followUpOn");
        }

        if (heldOn > DateOnly.FromDateTime(now).AddDays(1))
        {
            throw new DomainException("coaching.in-future", "A session is recorded after it is held.", DomainErrorKind.Invalid, "heldOn");
        }

        var bad = evidence.FirstOrDefault(e => e.Kind is not (ReviewedRecord.Evaluation or ReviewedRecord.Contact));
        if (bad is not null)
        {
            throw new DomainException("coaching.evidence-kind", "Evidence is an evaluation or a contact.", DomainErrorKind.Invalid, "evidenceReviewed");
        }

        return new CoachingSession
        {
            PlanId = planId, StaffId = staffId, CoachId = coachId, ActivityId = activityId, HeldOn = heldOn, Discussed = discussed.Trim(),
            EvidenceReviewed = [.. evidence.Distinct()], AgreedActions = string.IsNullOrWhiteSpace(agreedActions) ? null : agreedActions.Trim(),
            FollowUpOn = followUpOn, RecordedAt = now,
        };
    }

    public void Acknowledge(Guid by, string? comment, DateTime now)
    {
        if (by != StaffId)
        {
            throw new DomainException("coaching.not-colleague", "Only the colleague coached acknowledges the record.", DomainErrorKind.Forbidden);
        }

        if (AcknowledgedAt is not null)
        {
            throw new DomainException("coaching.acknowledged", "You have already acknowledged this record.", DomainErrorKind.Conflict);
        }

        AcknowledgedAt = now;
        ColleagueComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
