using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Compliance;
using Frontline.Web.Features.Actions;

namespace Frontline.Web.Features.Compliance;

/// <summary>A requirement as typed (create, or update with <c>version</c>).</summary>
public sealed record RequirementRequest(
    string? Title,
    RequirementType Type,
    string? Source,
    string? Citation,
    string? Summary,
    string? CustomerEffect,
    string? ColleagueEffect,
    string? Channels = null,
    string? Products = null,
    string? Processes = null,
    string? Teams = null,
    Guid? OwnerId = null,
    DateOnly? ReviewOn = null,
    RequirementStatus Status = RequirementStatus.Active,
    List<ControlRequest>? Controls = null,
    List<MeasureRequest>? Measures = null,
    int? Version = null);

public sealed record ControlRequest(ControlKind Kind, string? Reference, string? Label, string? Description);

public sealed record MeasureRequest(MeasureKind Kind, decimal Threshold, decimal? AtRiskFrom = null, string? Reference = null);

public sealed record ControlView(ControlKind Kind, string? Reference, string Label, string? Description, string? Link);

public sealed record RiskView(
    string? Implications, int? InherentLikelihood, int? InherentImpact, int? InherentScore, RiskRating? InherentRating,
    int? ResidualLikelihood, int? ResidualImpact, int? ResidualScore, RiskRating? ResidualRating, string? Reasoning, DateTime? AssessedAt);

public sealed record RequirementSummary(
    Guid Id, string Title, RequirementType Type, string Source, string Citation, string? OwnerName, DateOnly? ReviewOn, RequirementStatus Status,
    int Controls, int Measures, int? InherentScore, int? ResidualScore, RiskRating? ResidualRating, bool IsStarter, int Version);

public sealed record RequirementView(
    Guid Id, string Title, RequirementType Type, string Source, string Citation, string Summary, string CustomerEffect, string ColleagueEffect,
    string? Channels, string? Products, string? Processes, string? Teams, Guid? OwnerId, string? OwnerName, DateOnly? ReviewOn, RequirementStatus Status,
    IReadOnlyList<ControlView> Controls, IReadOnlyList<RequirementMeasure> Measures, RiskView Risk, bool IsStarter, DateTime UpdatedAt, int Version);

public sealed record RequirementList(IReadOnlyList<RequirementSummary> Items, int Total);

public sealed record RiskRequest(
    string? Implications, int InherentLikelihood, int InherentImpact, int ResidualLikelihood, int ResidualImpact, string? Reasoning, int? Version = null);

public sealed record RiskChangeView(DateTime AssessedAt, string? AssessedBy, int InherentLikelihood, int InherentImpact, int InherentScore,
    int ResidualLikelihood, int ResidualImpact, int ResidualScore, string Implications, string Reasoning);

/// <summary>One cell of the 5×5 heat map: how many requirements sit at this residual likelihood and impact.</summary>
public sealed record HeatCell(int Likelihood, int Impact, int Score, RiskRating Rating, int Count, IReadOnlyList<string> Citations);

public sealed record HeatMapView(string Basis, IReadOnlyList<HeatCell> Cells, IReadOnlyList<RequirementSummary> ByResidualRisk);

public sealed record RecordBreachRequest(
    Guid? RequirementId,
    List<Guid>? StaffIds,
    DateTimeOffset OccurredAt,
    DateTimeOffset DetectedAt,
    BreachDetection DetectedBy,
    [property: StringLength(Breach.MaxLinkLength)] string? SourceLink,
    string? Description,
    BreachSeverity Severity,
    bool PersonalDataBreach = false,
    int? CustomersAffected = null,
    string? CustomerRedress = null,
    string? RootCause = null,
    bool ReportableToFca = false);

public sealed record UpdateBreachRequest(
    int? CustomersAffected = null,
    [property: StringLength(Breach.MaxTextLength)] string? CustomerRedress = null,
    [property: StringLength(Breach.MaxTextLength)] string? RootCause = null,
    bool? ReportableToFca = null,
    DateTimeOffset? FcaNotifiedAt = null,
    [property: StringLength(100)] string? FcaReference = null,
    DateTimeOffset? IcoNotifiedAt = null,
    [property: StringLength(100)] string? IcoReference = null,
    BreachSeverity? Severity = null,
    int? Version = null);

public sealed record DecideBreachRequest(bool Confirm, string? Reason);

public sealed record RouteBreachRequest(BreachRoute Route, string? CoachingNeed = null, int? Version = null);

public sealed record StageRequest(
    ProcedureStage Stage, DateOnly On, string? Notes = null, string? Companion = null, ProcedureOutcome? Outcome = null, string? Reasons = null,
    DateOnly? WarningExpiresOn = null, Guid? HeardById = null, int? Version = null);

public sealed record BreachActionRequest(
    [property: Required, StringLength(200)] string Title, [property: StringLength(2000)] string? Description, Guid OwnerId, DateOnly DueOn);

public sealed record StaffRef(Guid Id, string Name);

public sealed record StepView(ProcedureStage Stage, DateOnly On, string? Notes, string? Companion, ProcedureOutcome? Outcome, string? Reasons,
    DateOnly? WarningExpiresOn, StaffRef? HeardBy, string? RecordedBy);

public sealed record BreachSummary(
    Guid Id, string? RequirementCitation, string? RequirementTitle, IReadOnlyList<StaffRef> Staff, DateTime OccurredAt, DateTime DetectedAt,
    BreachDetection DetectedBy, BreachSeverity Severity, BreachStatus Status, BreachRoute Route, bool PersonalDataBreach, DateTime? IcoNotificationDueAt,
    DateTime? IcoNotifiedAt, string Description);

public sealed record BreachView(
    Guid Id, Guid? RequirementId, string? RequirementCitation, string? RequirementTitle, IReadOnlyList<StaffRef> Staff, DateTime OccurredAt,
    DateTime DetectedAt, BreachDetection DetectedBy, string? SourceLink, Guid? EvaluationId, string Description, BreachSeverity Severity,
    int CustomersAffected, string? CustomerRedress, string? RootCause, bool PersonalDataBreach, bool ReportableToFca, DateTime? FcaNotifiedAt,
    string? FcaReference, DateTime? IcoNotificationDueAt, DateTime? IcoNotifiedAt, string? IcoReference, double? IcoHoursLeft, BreachStatus Status,
    string? DecisionReason, BreachRoute Route, DateTime? RoutedAt, string? CoachingNeed, bool Confidential, IReadOnlyList<StepView> Procedure,
    ProcedureStage? NextStage, IReadOnlyList<ImprovementActionSummary> Actions, string? RecordedBy, DateTime CreatedAt, int Version);
