using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Frontline.Domain.Quality;

namespace Frontline.Web.Features.Quality;

/// <summary>A page of a list: <c>page</c> counts from 1.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Paging, sorting (a field name, <c>-</c> for descending) and search for a list.</summary>
public sealed record ListQuery(int Page, int PageSize, string? Sort, string? Q)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static ListQuery From(int? page, int? pageSize, string? sort, string? q)
    {
        if (page is < 1)
        {
            throw new Frontline.Domain.Platform.DomainException("list.page", "page counts from 1.", Frontline.Domain.Platform.DomainErrorKind.Invalid, "page");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new Frontline.Domain.Platform.DomainException("list.page-size", $"pageSize is 1 to {MaxPageSize}.", Frontline.Domain.Platform.DomainErrorKind.Invalid,
                "pageSize");
        }

        return new ListQuery(page ?? 1, pageSize ?? DefaultPageSize, string.IsNullOrWhiteSpace(sort) ? null : sort.Trim(),
            string.IsNullOrWhiteSpace(q) ? null : q.Trim());
    }

    public int Skip => (Page - 1) * PageSize;

    public (string Field, bool Descending) SortOr(string defaultField, bool defaultDescending) =>
        Sort is null ? (defaultField, defaultDescending) : Sort.StartsWith('-') ? (Sort[1..], true) : (Sort, false);
}

// ---- Scorecards ----

public sealed record BandsRequest(decimal? Excellent, decimal? Good, decimal? NeedsImprovement);

public sealed record CriterionRequest(
    [property: Required, StringLength(ScorecardCriterion.MaxTextLength)] string? Text,
    [property: StringLength(ScorecardCriterion.MaxGuidanceLength)] string? Guidance,
    [property: Required] CriterionKind? Kind,
    int? MaxPoints,
    [property: Required] decimal? Weight,
    bool? AllowNa,
    Criticality? Critical,
    [property: StringLength(ScorecardCriterion.MaxRequirementLength)] string? Requirement,
    Guid? FromCriterionId = null);

public sealed record SectionRequest([property: Required, StringLength(200)] string? Name, [property: Required] decimal? Weight, List<CriterionRequest>? Criteria);

/// <summary>A scorecard (create) or its draft (save). <see cref="Revision"/>: the scorecard's revision an edit is based on (409 when stale).</summary>
public sealed record ScorecardRequest(
    [property: Required, StringLength(Scorecard.MaxNameLength)] string? Name,
    List<string>? Channels,
    BandsRequest? Bands,
    List<SectionRequest>? Sections,
    int? Revision = null)
{
    public ScorecardDefinition ToDefinition() => new(Name ?? "", Channels ?? [],
        Bands is null ? null : new ScoreBands(Bands.Excellent ?? ScoreBands.Default.Excellent, Bands.Good ?? ScoreBands.Default.Good,
            Bands.NeedsImprovement ?? ScoreBands.Default.NeedsImprovement),
        [.. (Sections ?? []).Select(s => new SectionDefinition(s.Name ?? "", s.Weight ?? 0,
            [.. (s.Criteria ?? []).Select(c => new CriterionDefinition(c.Text ?? "", c.Guidance, c.Kind ?? CriterionKind.YesNo, c.MaxPoints, c.Weight ?? 0,
                c.AllowNa ?? false, c.Critical, c.Requirement, c.FromCriterionId))]))]);
}

/// <summary>Publish, retire or start a new version; <see cref="Revision"/> optional (409 when stale).</summary>
public sealed record ScorecardChangeRequest(int? Revision = null);

public sealed record CriterionView(Guid Id, Guid Key, string Text, string? Guidance, CriterionKind Kind, int MaxPoints, decimal Weight, bool AllowNa,
    Criticality? Critical, string? Requirement);

public sealed record SectionView(Guid Id, string Name, decimal Weight, IReadOnlyList<CriterionView> Criteria);

public sealed record VersionSummary(Guid Id, int Number, ScorecardStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? RetiredAt);

/// <summary>
/// One version of a scorecard. <see cref="Id"/> is the scorecard's id (the same for every version); <see cref="Version"/>
/// the version number; <see cref="Revision"/> the scorecard's concurrency revision for edits.
/// </summary>
public sealed record ScorecardView(Guid Id, string Name, IReadOnlyList<string> Channels, int Version, Guid VersionId, ScorecardStatus Status, ScoreBands Bands,
    IReadOnlyList<SectionView> Sections, IReadOnlyList<VersionSummary> Versions, int? PublishedVersion, int Revision);

public sealed record ScorecardSummary(Guid Id, string Name, IReadOnlyList<string> Channels, int LatestVersion, ScorecardStatus LatestStatus, int? PublishedVersion,
    int Criteria, DateTimeOffset UpdatedAt, int Revision);

// ---- Evaluations ----

/// <summary>An answer: <c>value</c> is "yes", "no", "na" or a number of points.</summary>
public sealed record AnswerRequest(Guid? CriterionId, JsonElement? Value, string? Comment = null, string? Evidence = null);

public sealed record CreateEvaluationRequest(
    Guid? ScorecardId,
    Guid? ContactId,
    List<AnswerRequest>? Answers,
    [property: StringLength(Evaluation.MaxTextLength)] string? Strengths = null,
    List<string>? DevelopmentAreas = null,
    bool? Submit = null,
    EvaluationMethod? Method = null,
    Guid? CaseId = null,
    Guid? ComplaintId = null,
    Guid? AssignmentId = null);

/// <summary>Edit a draft (answers replace the draft's) and optionally submit it. <see cref="Version"/>: 409 when stale.</summary>
public sealed record UpdateEvaluationRequest(
    List<AnswerRequest>? Answers,
    [property: StringLength(Evaluation.MaxTextLength)] string? Strengths = null,
    List<string>? DevelopmentAreas = null,
    bool? Submit = null,
    EvaluationMethod? Method = null,
    int? Version = null);

public sealed record AcknowledgeRequest([property: StringLength(Evaluation.MaxTextLength)] string? Comment = null, int? Version = null);

public sealed record DisputeRequest(List<Guid>? CriterionIds, [property: StringLength(Evaluation.MaxTextLength)] string? Reason, int? Version = null);

public sealed record DecisionRequest(string? Outcome, [property: StringLength(Evaluation.MaxTextLength)] string? Reason, List<AnswerRequest>? Answers = null,
    int? Version = null);

public sealed record AnswerView(Guid CriterionId, Guid SectionId, string Section, string Text, string? Guidance, CriterionKind Kind, Criticality? Critical,
    string? Requirement, string? Value, int? Points, int MaxPoints, string? Comment, string? Evidence);

public sealed record AnswerChangeView(Guid CriterionId, string Text, string From, string To);

public sealed record DisputeView(Guid Id, Guid EvaluationId, IReadOnlyList<Guid> CriterionIds, string Reason, Guid RaisedById, DateTimeOffset RaisedAt,
    DisputeStatus Status, Guid? ArbitratorId, string? ArbitratorName, DateTimeOffset? DecidedAt, string? DecisionReason, decimal? ScoreBefore,
    decimal? ScoreAfter, IReadOnlyList<AnswerChangeView> Changes);

public sealed record HistoryView(DateTimeOffset At, Guid ActorId, string? ActorName, string Kind, string Detail);

public sealed record EvaluationView(Guid Id, Guid ScorecardId, Guid ScorecardVersionId, int ScorecardVersion, string ScorecardName, EvaluationSubject Subject,
    Guid? ContactId, Guid? CaseId, Guid? ComplaintId, string? Channel, DateTimeOffset? WorkAt, Guid AgentId, string? AgentName, Guid? TeamId,
    Guid EvaluatorId, string? EvaluatorName, EvaluationMethod Method, EvaluationStatus Status, decimal? Score, decimal? ScoreBeforeCritical, string? Band,
    IReadOnlyList<Guid> CriticalFailed, bool ComplianceCriticalFailed, string? Strengths, IReadOnlyList<string> DevelopmentAreas,
    IReadOnlyList<AnswerView> Answers, IReadOnlyList<DisputeView> Disputes, IReadOnlyList<HistoryView> History, DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt, DateTimeOffset? AcknowledgedAt, string? AgentComment, Guid? AssignmentId, bool MayAcknowledge, bool MayDispute,
    bool MayArbitrate, bool MayEdit, int Version);

public sealed record EvaluationSummary(Guid Id, string ScorecardName, int ScorecardVersion, EvaluationSubject Subject, Guid? ContactId, Guid? CaseId,
    Guid? ComplaintId, string? Channel, Guid AgentId, string? AgentName, Guid EvaluatorId, string? EvaluatorName, EvaluationMethod Method,
    EvaluationStatus Status, decimal? Score, string? Band, bool CriticalFailed, bool ComplianceCriticalFailed, DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt, bool DisputeOpen);

/// <summary>The record an evaluation sits beside: the contact and what it led to (read through the owning modules).</summary>
public sealed record EvaluationRecordView(
    Cases.ContactView? Contact, Cases.CaseView? Case, IReadOnlyList<Complaints.ComplaintLinkView> Complaints,
    IReadOnlyList<Customers.ContactVerificationView> Verifications, IReadOnlyList<Catalogue.ContactDisclosureView> Disclosures,
    Guid AgentId, string? AgentName, Guid? TeamId, string? Channel);

// ---- Calibration ----

public sealed record PlanCalibrationRequest([property: Required, StringLength(CalibrationSession.MaxTitleLength)] string? Title, Guid? ContactId, Guid? ScorecardId,
    List<Guid>? EvaluatorIds);

public sealed record CalibrationScoreRequest(List<AnswerRequest>? Answers);

/// <summary>Close with the agreed outcome; the reference is the lead's own scoring unless <see cref="Answers"/> (the agreed answers) are given.</summary>
public sealed record CloseCalibrationRequest(string? AgreedOutcome, string? Notes, List<AnswerRequest>? Answers = null, int? Version = null);

public sealed record ParticipantView(Guid EvaluatorId, string? Name, bool Scored, DateTimeOffset? SubmittedAt, decimal? Score, string? Band,
    decimal? Deviation, int? CriteriaMatched, IReadOnlyList<CalibrationAnswer>? Answers);

public sealed record SpreadAnswerView(Guid EvaluatorId, string? Name, string Value, bool MatchesReference);

public sealed record CriterionSpreadView(Guid CriterionId, string Text, IReadOnlyList<SpreadAnswerView> Answers, string? Reference, int Distinct);

public sealed record CalibrationView(Guid Id, string Title, Guid ContactId, Guid ScorecardId, Guid ScorecardVersionId, int ScorecardVersion, string ScorecardName,
    Guid LeadId, string? LeadName, CalibrationStatus Status, IReadOnlyList<ParticipantView> Participants, IReadOnlyList<CriterionSpreadView>? Spread,
    decimal? ReferenceScore, string? ReferenceSource, string? AgreedOutcome, string? Notes, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt,
    bool MayScore, bool MayClose, int Version);

public sealed record CalibrationSummary(Guid Id, string Title, Guid ContactId, string ScorecardName, CalibrationStatus Status, int Invited, int Scored,
    decimal? ReferenceScore, DateTimeOffset CreatedAt, bool AwaitsMe);

/// <summary>An evaluator's alignment with calibration references: mean absolute deviation (score points) over the sessions closed in the period.</summary>
public sealed record EvaluatorAlignmentRow(Guid EvaluatorId, string? Name, int Sessions, decimal? MeanAbsoluteDeviation, decimal? CriteriaAgreementPercent);

/// <summary>An answer as a page shows and posts it: "yes", "no", "na" or points as text.</summary>
public sealed record AnswerText(string Value, string? Comment = null, string? Evidence = null);
