using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>What a buddy helps with (CC32 4.6).</summary>
public enum BuddyTopic
{
    IdentitySecurity,
    Products,
    Regulation,
    Systems,
}

/// <summary>
/// An experienced colleague paired with a new or developing one (CC32 4.6): for what, from when to when, with a check-in
/// every so many days, and a log of the support given. A buddy is never the colleague themselves and must be active.
/// </summary>
public sealed class BuddyAssignment : IVersioned
{
    public const int MaxCheckInDays = 90;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BuddyId { get; init; }

    public Guid ColleagueId { get; init; }

    public List<BuddyTopic> Topics { get; init; } = [];

    public DateOnly From { get; init; }

    public DateOnly? To { get; set; }

    /// <summary>How often they check in, in days (null: no schedule).</summary>
    public int? CheckInEveryDays { get; init; }

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public List<BuddySupport> SupportLog { get; init; } = [];

    public static BuddyAssignment Pair(Guid buddyId, bool buddyActive, Guid colleagueId, IReadOnlyCollection<BuddyTopic> topics, DateOnly from, DateOnly? to,
        int? checkInEveryDays, Guid createdBy, DateTime now)
    {
        if (buddyId == colleagueId)
        {
            throw new DomainException("buddy.self", "A colleague cannot be their own buddy.", DomainErrorKind.Invalid, "buddyId");
        }

        if (!buddyActive)
        {
            throw new DomainException("buddy.inactive", "The buddy must be an active colleague.", DomainErrorKind.Invalid, "buddyId");
        }

        if (topics.Count == 0)
        {
            throw new DomainException("buddy.topics", "Say what the buddy helps with.", DomainErrorKind.Invalid, "topics");
        }

        if (to is { } end && end < from)
        {
            throw new DomainException("buddy.ends-before-start", "The pairing cannot end before it starts.", DomainErrorKind.Invalid, "to");
        }

        if (checkInEveryDays is < 1 or > MaxCheckInDays)
        {
            throw new DomainException("buddy.check-in", $"Check in every 1 to {MaxCheckInDays} days.", DomainErrorKind.Invalid, "checkInEveryDays");
        }

        return new BuddyAssignment
        {
            BuddyId = buddyId, ColleagueId = colleagueId, Topics = [.. topics.Distinct()], From = from, To = to, CheckInEveryDays = checkInEveryDays,
            CreatedById = createdBy, CreatedAt = now,
        };
    }

    public bool IsActiveOn(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>The next check-in due on or after <paramref name="today"/>, from the start and the schedule (null without one or after the end).</summary>
    public DateOnly? NextCheckIn(DateOnly today)
    {
        if (CheckInEveryDays is not { } every || (To is { } end && today > end))
        {
            return null;
        }

        if (today <= From)
        {
            return From;
        }

        var days = today.DayNumber - From.DayNumber;
        var next = From.AddDays((days + every - 1) / every * every);
        return To is { } last && next > last ? null : next;
    }

    public BuddySupport LogSupport(DateOnly givenOn, BuddyTopic topic, string? advice, IReadOnlyList<Guid> articleIds, Guid recordedBy, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(advice))
        {
            throw new DomainException("buddy.advice-required", "Say what was advised.", DomainErrorKind.Invalid, "advice");
        }

        if (givenOn < From || (To is { } end && givenOn > end))
        {
            throw new DomainException("buddy.outside-pairing", "The support falls outside the pairing's dates.", DomainErrorKind.Invalid, "givenOn");
        }

        var entry = new BuddySupport
        {
            AssignmentId = Id, GivenOn = givenOn, Topic = topic, Advice = advice.Trim(), ArticleIds = [.. articleIds.Distinct()], RecordedById = recordedBy,
            RecordedAt = now,
        };
        SupportLog.Add(entry);
        return entry;
    }
}

/// <summary>Support a buddy gave: when, on what, what was advised, the knowledge articles used.</summary>
public sealed class BuddySupport
{
    public const int MaxAdviceLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AssignmentId { get; init; }

    public DateOnly GivenOn { get; init; }

    public BuddyTopic Topic { get; init; }

    public required string Advice { get; init; }

    public List<Guid> ArticleIds { get; init; } = [];

    public Guid RecordedById { get; init; }

    public DateTime RecordedAt { get; init; }
}
