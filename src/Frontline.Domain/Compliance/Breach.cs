using Frontline.Domain.Platform;

namespace Frontline.Domain.Compliance;

public enum BreachDetection
{
    QaEvaluation,
    Audit,
    Complaint,
    SystemCheck,
    SelfReport,
    Other,
}

public enum BreachSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

public enum BreachStatus
{
    /// <summary>Raised by a system (a QA compliance-critical failure) for a compliance officer to confirm or dismiss.</summary>
    Suspected,
    Open,
    Dismissed,
    Closed,
}

/// <summary>How a breach is dealt with for the people involved (the seed's disciplinary and grievance procedures).</summary>
public enum BreachRoute
{
    None,

    /// <summary>Informal: a development need for the person.</summary>
    Coaching,

    /// <summary>Formal, the ACAS Code stages; confidential.</summary>
    Disciplinary,

    /// <summary>Raised by a colleague; formal stages; confidential.</summary>
    Grievance,
}

/// <summary>
/// A breach of a requirement (CC32 2.2, CC33 3.3): who, when it happened and was found, how it was found, what it did to
/// customers and how they were put right, root cause, whether reportable (FCA; the ICO within 72 hours of awareness
/// for a personal-data breach) and the route by which it is dealt with.
/// </summary>
public sealed class Breach : IVersioned
{
    public const int MaxTextLength = 4000;
    public const int MaxLinkLength = 500;

    /// <summary>UK GDPR Art 33(1): notify the ICO without undue delay and, where feasible, within 72 hours of awareness.</summary>
    public static readonly TimeSpan IcoWindow = TimeSpan.FromHours(72);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? RequirementId { get; set; }

    public List<Guid> StaffIds { get; set; } = [];

    public DateTime OccurredAt { get; set; }

    public DateTime DetectedAt { get; set; }

    public BreachDetection DetectedBy { get; set; }

    /// <summary>The app path of the record the breach was found from (evaluation, audit, complaint…).</summary>
    public string? SourceLink { get; set; }

    /// <summary>The QA evaluation a suspected breach came from (one breach per evaluation).</summary>
    public Guid? EvaluationId { get; init; }

    public required string Description { get; set; }

    public BreachSeverity Severity { get; set; }

    public int CustomersAffected { get; set; }

    public string? CustomerRedress { get; set; }

    public string? RootCause { get; set; }

    public bool PersonalDataBreach { get; set; }

    public bool ReportableToFca { get; set; }

    public DateTime? FcaNotifiedAt { get; set; }

    public string? FcaReference { get; set; }

    public DateTime? IcoNotificationDueAt { get; set; }

    public DateTime? IcoNotifiedAt { get; set; }

    public string? IcoReference { get; set; }

    public BreachStatus Status { get; set; } = BreachStatus.Open;

    public string? DecisionReason { get; set; }

    public Guid? DecidedById { get; set; }

    public BreachRoute Route { get; set; } = BreachRoute.None;

    public DateTime? RoutedAt { get; set; }

    /// <summary>Coaching route: the development need recorded for the person (until People &amp; development holds it).</summary>
    public string? CoachingNeed { get; set; }

    /// <summary>The formal procedure's stages in the order they happened (disciplinary or grievance).</summary>
    public List<ProcedureStep> Procedure { get; set; } = [];

    public Guid? RecordedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>Disciplinary and grievance records are seen only by the people concerned, their line managers, managers and
    /// compliance officers.</summary>
    public bool IsConfidential => Route is BreachRoute.Disciplinary or BreachRoute.Grievance;

    public static Breach Record(Guid? requirementId, IReadOnlyList<Guid> staffIds, DateTime occurredAt, DateTime detectedAt, BreachDetection detectedBy,
        string? sourceLink, string description, BreachSeverity severity, bool personalData, Guid? recordedBy, DateTime now, Guid? evaluationId = null,
        BreachStatus status = BreachStatus.Open)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("breach.description-required", "Describe what happened.", DomainErrorKind.Invalid, "description");
        }

        if (description.Length > MaxTextLength)
        {
            throw new DomainException("breach.too-long", "Keep the description to 4,000 characters.", DomainErrorKind.Invalid, "description");
        }

        if (detectedAt < occurredAt)
        {
            throw new DomainException("breach.detected-before-occurred", "A breach cannot be found before it happened.", DomainErrorKind.Invalid, "detectedAt");
        }

        if (detectedAt > now.AddMinutes(5))
        {
            throw new DomainException("breach.detected-future", "The breach cannot have been found in the future.", DomainErrorKind.Invalid, "detectedAt");
        }

        if (sourceLink?.Length > MaxLinkLength)
        {
            throw new DomainException("breach.too-long", "The link is too long.", DomainErrorKind.Invalid, "sourceLink");
        }

        return new Breach
        {
            RequirementId = requirementId,
            StaffIds = [.. staffIds.Distinct()],
            OccurredAt = occurredAt,
            DetectedAt = detectedAt,
            DetectedBy = detectedBy,
            SourceLink = sourceLink,
            EvaluationId = evaluationId,
            Description = description.Trim(),
            Severity = severity,
            PersonalDataBreach = personalData,
            IcoNotificationDueAt = personalData ? detectedAt + IcoWindow : null,
            Status = status,
            RecordedById = recordedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Time left to notify the ICO (negative once overdue); null when not a personal-data breach or notified.</summary>
    public TimeSpan? IcoTimeLeft(DateTime now) => IcoNotificationDueAt is { } due && IcoNotifiedAt is null ? due - now : null;

    /// <summary>A compliance officer confirms a suspected breach (it becomes open) or dismisses it, with a reason.</summary>
    public void Decide(bool confirm, string? reason, Guid by, DateTime now)
    {
        if (Status != BreachStatus.Suspected)
        {
            throw new DomainException("breach.not-suspected", "Only a suspected breach can be confirmed or dismissed.", DomainErrorKind.Conflict);
        }

        if (!confirm && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("breach.reason-required", "Give the reason for dismissing the suspected breach.", DomainErrorKind.Invalid, "reason");
        }

        Status = confirm ? BreachStatus.Open : BreachStatus.Dismissed;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedById = by;
        UpdatedAt = now;
    }

    /// <summary>Chooses the route once the breach is confirmed; the route cannot change once formal stages are recorded.</summary>
    public void ChooseRoute(BreachRoute route, string? coachingNeed, DateTime now)
    {
        if (Status is BreachStatus.Suspected or BreachStatus.Dismissed)
        {
            throw new DomainException("breach.not-confirmed", "Confirm the breach before choosing how it is dealt with.", DomainErrorKind.Conflict);
        }

        if (route == BreachRoute.None)
        {
            throw new DomainException("breach.route-required", "Choose coaching, disciplinary or grievance.", DomainErrorKind.Invalid, "route");
        }

        if (Procedure.Count > 0 && route != Route)
        {
            throw new DomainException("breach.route-fixed", "Formal stages are recorded: the route can no longer change.", DomainErrorKind.Conflict, "route");
        }

        if (StaffIds.Count == 0)
        {
            throw new DomainException("breach.no-people", "Name the colleagues involved before choosing a route for them.", DomainErrorKind.Invalid, "staffIds");
        }

        Route = route;
        RoutedAt = now;
        if (route == BreachRoute.Coaching)
        {
            CoachingNeed = string.IsNullOrWhiteSpace(coachingNeed) ? $"Coaching on: {Description}" : coachingNeed.Trim();
        }

        UpdatedAt = now;
    }

    /// <summary>Records the next stage of the formal route (stages in order; dates not going back).</summary>
    public void RecordStage(ProcedureStep step, IReadOnlySet<Guid> involvedBefore, DateTime now)
    {
        if (!IsConfidential)
        {
            throw new DomainException("breach.not-formal", "Route the breach to disciplinary or grievance before recording formal stages.", DomainErrorKind.Conflict);
        }

        FormalProcedure.Check(Route, Procedure, step, involvedBefore);
        Procedure.Add(step);
        UpdatedAt = now;
    }

    public void Close(DateTime now)
    {
        if (Status != BreachStatus.Open)
        {
            throw new DomainException("breach.not-open", "Only an open breach can be closed.", DomainErrorKind.Conflict);
        }

        if (IsConfidential && !FormalProcedure.IsComplete(Procedure))
        {
            throw new DomainException("breach.procedure-open", "Record the decision of the formal procedure before closing the breach.", DomainErrorKind.Conflict);
        }

        Status = BreachStatus.Closed;
        UpdatedAt = now;
    }
}
