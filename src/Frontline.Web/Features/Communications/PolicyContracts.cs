using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

public sealed record ClauseRequest(PolicyComponent Component, string Text, string? Heading = null, Guid? Id = null);

/// <summary>A policy as its author writes it; <see cref="Revision"/> (or If-Match) guards a draft edit against a concurrent one.</summary>
public sealed record PolicyRequest(string Title, IReadOnlyList<ClauseRequest>? Clauses, int? RequiredAgreements = null, bool? AuthorMaySign = null,
    int? ReviewMonths = null, double? TargetReadingEase = null, int? Revision = null)
{
    public PolicyDefinition ToDefinition() => new(Title ?? "", [.. (Clauses ?? []).Select(c => new ClauseDefinition(c.Component, c.Text ?? "", c.Heading, c.Id))],
        RequiredAgreements ?? 2, AuthorMaySign ?? false, ReviewMonths ?? 12, TargetReadingEase ?? 60);
}

public sealed record PolicyActionRequest(int? Revision = null);

public sealed record CommentRequest(Guid ClauseId, string Text, int? Revision = null);

public sealed record ClauseAnswerRequest(string? Reply, bool Resolve = false, int? Revision = null);

/// <summary>A manager's decision; <see cref="Version"/> names the policy version meant (default: the one being worked on).</summary>
public sealed record AgreementRequest(SignOffDecision Decision, string? Comment = null, int? Version = null, int? Revision = null);

public sealed record CommentView(Guid Id, Guid ClauseId, string AuthorName, string Text, DateTimeOffset At, string? Reply, string? RepliedByName,
    DateTimeOffset? RepliedAt, bool Resolved, string? ResolvedByName);

public sealed record ClauseView(Guid Id, Guid Key, int Number, PolicyComponent Component, string ComponentName, string? Heading, string Text,
    IReadOnlyList<CommentView> Comments);

public sealed record SignOffView(Guid SignerId, string SignerName, string Role, SignOffDecision Decision, string? Comment, DateTimeOffset At, int Round);

public sealed record PolicyVersionSummary(int Number, PolicyStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? AgreedAt, DateTimeOffset? PublishedAt,
    DateTimeOffset? SupersededAt);

public sealed record PolicyView(
    Guid Id,
    int Version,
    Guid VersionId,
    string Title,
    PolicyStatus Status,
    bool ReviewDue,
    string AuthorName,
    Guid AuthorId,
    int RequiredAgreements,
    int Agreements,
    bool AuthorMaySign,
    int ReviewMonths,
    double TargetReadingEase,
    string? RejectionReason,
    DateOnly? ReviewDueOn,
    IReadOnlyList<PolicyComponent> MissingComponents,
    IReadOnlyList<ClauseView> Clauses,
    IReadOnlyList<SignOffView> SignOffs,
    int Acknowledgements,
    bool AcknowledgedByMe,
    int OpenComments,
    IReadOnlyList<PolicyVersionSummary> Versions,
    int? PublishedVersion,
    int Revision);

public sealed record PolicySummary(Guid Id, string Title, int Version, PolicyStatus Status, int? PublishedVersion, bool ReviewDue, DateOnly? ReviewDueOn,
    bool AwaitsMyAcknowledgement, DateTimeOffset UpdatedAt);

public sealed record PolicyDiffView(Guid Id, string Title, int From, int To, IReadOnlyList<ClauseDiffView> Clauses);

public sealed record ClauseDiffView(Guid Key, PolicyComponent Component, string ComponentName, string? Heading, ClauseChange Change, bool ComponentChanged,
    IReadOnlyList<DiffPiece> Pieces);
