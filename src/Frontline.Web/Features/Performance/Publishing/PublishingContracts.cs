using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Performance;

namespace Frontline.Web.Features.Performance.Publishing;

public sealed record RunValidationRequest([property: Required] DateOnly? PeriodStart);

public sealed record ExcludeRequest([property: Required, MaxLength(5000)] IReadOnlyList<Guid>? ContactIds, [property: Required, StringLength(1000)] string? Reason,
    int? Revision = null);

public sealed record AcceptRequest([property: Required, StringLength(2000)] string? Comment, int? Revision = null);

public sealed record ExclusionView(Guid ContactId, string Reason, Guid ExcludedById, string? ExcludedBy, DateTimeOffset ExcludedAt);

public sealed record ValidationRunView(Guid Id, Guid KpiId, string Kpi, DateOnly PeriodStart, DateOnly PeriodEnd, int ContactCount, ValidationStatus Status,
    IReadOnlyList<DataProblem> Problems, int OpenProblems, bool ReadyToPublish, IReadOnlyList<ExclusionView> Exclusions, string? Comment, string? AcceptedBy,
    DateTimeOffset RunAt, int Revision);

public sealed record PublicationView(Guid Id, Guid KpiId, string Kpi, DateOnly PeriodStart, DateOnly PeriodEnd, int KpiVersion, Guid RunId,
    IReadOnlyList<PublishedResult> Results, int Excluded, string? Comment, DateTimeOffset PublishedAt, int Distributed);

public sealed record DistributionView(Guid Id, Guid PublicationId, Guid KpiId, string Kpi, DateOnly PeriodStart, Guid RecipientId, string? Recipient, KpiLevel Level,
    string What, string Reason, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt);
