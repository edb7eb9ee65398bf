using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>How a development activity is delivered (CC26 3.2: methods for developing communication skills; CC32 4.6: buddying).</summary>
public enum DevelopmentMethod
{
    CoachingSession,
    SideBySideListening,
    CallListeningFeedback,
    Buddying,
    Shadowing,
    RolePlay,
    ELearning,
    Workshop,
    KnowledgeArticle,
    KnowledgeCheck,
}

public enum ActivityStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

public enum PlanStatus
{
    Active,
    Completed,
    Cancelled,
}

/// <summary>
/// An objective of a plan: what should improve, the communication policy objective it serves (text until the
/// Communications module publishes objectives), the measure that will show progress (a skill's QA criteria, a KPI
/// code, feedback, knowledge checks) and the target change.
/// </summary>
public sealed record PlanObjective(string Text, string? PolicyObjective, string? Measure, string? Skill, decimal? TargetChange);

/// <summary>
/// A colleague's development plan (CC26 3.2, 4.4): objectives and activities by method, each with an owner, dates, status
/// and notes. Seen only by the person, their team leader and line manager, trainers and managers.
/// </summary>
public sealed class DevelopmentPlan : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;
    public const int MaxObjectives = 20;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid StaffId { get; init; }

    public required string Title { get; set; }

    public PlanStatus Status { get; private set; } = PlanStatus.Active;

    public List<PlanObjective> Objectives { get; private set; } = [];

    /// <summary>The development needs this plan addresses.</summary>
    public List<Guid> NeedIds { get; set; } = [];

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<PlanActivity> Activities { get; init; } = [];

    /// <summary>The first day of the plan: its earliest activity start, or the day it was made.</summary>
    public DateOnly StartsOn => Activities.Count == 0 ? DateOnly.FromDateTime(CreatedAt) : Activities.Min(a => a.StartsOn);

    /// <summary>The day its activities end (the latest activity end), or null while any activity has no end date.</summary>
    public DateOnly? EndsOn => Activities.Count == 0 || Activities.Exists(a => a.EndsOn is null) ? null : Activities.Max(a => a.EndsOn);

    public void SetObjectives(IReadOnlyList<PlanObjective> objectives)
    {
        if (objectives.Count > MaxObjectives)
        {
            throw new DomainException("plan.objectives-too-many", $"A plan has at most {MaxObjectives} objectives.", DomainErrorKind.Invalid, "objectives");
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(objectives[i].Text))
            {
                throw new DomainException("plan.objective-empty", "Say what the objective is.", DomainErrorKind.Invalid, $"objectives[{i}].text");
            }
        }

        Objectives = [.. objectives.Select(o => o with { Text = o.Text.Trim(), PolicyObjective = Trimmed(o.PolicyObjective), Measure = Trimmed(o.Measure), Skill = Trimmed(o.Skill) })];
    }

    public PlanActivity AddActivity(DevelopmentMethod method, string title, Guid ownerId, DateOnly startsOn, DateOnly? endsOn, string? notes, string field = "activities")
    {
        EnsureActive();
        var activity = PlanActivity.Create(Id, method, title, ownerId, startsOn, endsOn, notes, field);
        Activities.Add(activity);
        return activity;
    }

    public void SetStatus(PlanStatus status)
    {
        if (Status != PlanStatus.Active && status != Status)
        {
            throw new DomainException("plan.closed", "This plan is closed.", DomainErrorKind.Conflict, "status");
        }

        Status = status;
    }

    public void EnsureActive()
    {
        if (Status != PlanStatus.Active)
        {
            throw new DomainException("plan.closed", "This plan is closed; start a new plan.", DomainErrorKind.Conflict);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One activity of a plan: the method, what, who owns it, from when to when, its status and notes.</summary>
public sealed class PlanActivity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PlanId { get; init; }

    public DevelopmentMethod Method { get; init; }

    public required string Title { get; set; }

    public Guid OwnerId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;

    public string? Notes { get; set; }

    public static PlanActivity Create(Guid planId, DevelopmentMethod method, string title, Guid ownerId, DateOnly startsOn, DateOnly? endsOn, string? notes,
        string field = "activities")
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("activity.title-required", "Give the activity a title.", DomainErrorKind.Invalid, $"{field}.title");
        }

        if (title.Trim().Length > DevelopmentPlan.MaxTitleLength)
        {
            throw new DomainException("activity.title-long", $"The title is longer than {DevelopmentPlan.MaxTitleLength} characters.", DomainErrorKind.Invalid, $"{field}.title");
        }

        CheckDates(startsOn, endsOn, field);
        return new PlanActivity
        {
            PlanId = planId, Method = method, Title = title.Trim(), OwnerId = ownerId, StartsOn = startsOn, EndsOn = endsOn,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        };
    }

    public static void CheckDates(DateOnly startsOn, DateOnly? endsOn, string field)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainException("activity.ends-before-start", "An activity cannot end before it starts.", DomainErrorKind.Invalid, $"{field}.endsOn");
        }
    }
}
