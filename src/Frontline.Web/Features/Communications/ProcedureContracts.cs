using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

public sealed record StepRequest(string Text, IReadOnlyList<Guid>? ClauseKeys);

/// <summary>A procedure as its author writes it, under the published version of <see cref="PolicyId"/>; <see cref="Revision"/> guards an edit.</summary>
public sealed record ProcedureRequest(Guid PolicyId, string Title, MediaMode Mode, string Channel, string Purpose, Guid? OwnerId, DateOnly? ReviewOn,
    IReadOnlyList<StepRequest>? Steps, int? Revision = null)
{
    public ProcedureDefinition ToDefinition(Guid defaultOwner) => new(Title ?? "", Mode, Channel ?? "", Purpose ?? "", OwnerId ?? defaultOwner,
        ReviewOn ?? default, [.. (Steps ?? []).Select(s => new StepDefinition(s.Text ?? "", s.ClauseKeys ?? []))]);
}

public sealed record VerdictRequest(Guid ClauseKey, ClauseVerdict Verdict, string? Note = null);

public sealed record EvaluationRequest(IReadOnlyList<VerdictRequest>? Verdicts, EvaluationOutcome Outcome, string? Summary = null, int? Revision = null);

public sealed record StepView(Guid Id, int Number, string Text, IReadOnlyList<Guid> ClauseKeys, IReadOnlyList<int> ClauseNumbers);

/// <summary>A clause of the policy version the procedure follows: whether it applies and the steps covering it.</summary>
public sealed record CoverageView(Guid ClauseKey, int Number, PolicyComponent Component, string ComponentName, string Text, bool Applies, bool Covered,
    IReadOnlyList<int> CoveredBySteps);

public sealed record VerdictView(Guid ClauseKey, int? ClauseNumber, ClauseVerdict Verdict, string? Note, string CoveredBySteps);

public sealed record EvaluationView(Guid Id, string EvaluatorName, DateTimeOffset At, int PolicyVersion, EvaluationOutcome Outcome, string? Summary, bool Current,
    IReadOnlyList<VerdictView> Verdicts);

public sealed record ProcedureVersionSummary(int Number, ProcedureStatus Status, int PolicyVersion, DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt);

public sealed record ProcedureView(
    Guid Id,
    int Version,
    string Title,
    ProcedureStatus Status,
    MediaMode Mode,
    string Channel,
    string ChannelName,
    string Purpose,
    Guid OwnerId,
    string OwnerName,
    DateOnly ReviewOn,
    Guid PolicyId,
    string PolicyTitle,
    int PolicyVersion,
    int? PublishedPolicyVersion,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<CoverageView> Coverage,
    IReadOnlyList<string> ServiceObjectives,
    EvaluationView? CurrentEvaluation,
    IReadOnlyList<EvaluationView> Evaluations,
    string? ApprovedByName,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<ProcedureVersionSummary> Versions,
    int Revision);

public sealed record ProcedureSummary(Guid Id, string Title, int Version, ProcedureStatus Status, MediaMode Mode, string Channel, Guid PolicyId, int PolicyVersion,
    bool Evaluated, DateOnly ReviewOn);

public sealed record GapActionRequest(string GapKey, Guid OwnerId, DateOnly DueOn, string? Title = null);

public sealed record ReconciliationRequest(string? Notes);

public sealed record GapView(GapKind Kind, string Key, string Description, Guid? ProcedureId, IReadOnlyList<Actions.ImprovementActionSummary> Actions);

public sealed record ReconciliationRecordView(Guid Id, int PolicyVersion, string RecordedByName, DateTimeOffset At, int UnimplementedClauses, int UntracedSteps,
    int OutdatedProcedures, string? Notes);

public sealed record ReconciliationView(Guid PolicyId, string PolicyTitle, int PolicyVersion, IReadOnlyList<GapView> Gaps, int ProceduresInForce,
    IReadOnlyList<ReconciliationRecordView> History);
