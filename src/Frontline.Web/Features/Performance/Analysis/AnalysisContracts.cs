using Frontline.Domain.Performance;

namespace Frontline.Web.Features.Performance.Analysis;

/// <summary>One contact behind a figure, with what the measures take from it (seconds; null when it does not apply).</summary>
public sealed record ResultContact(Guid Id, string? ExternalReference, Guid? AgentId, string? AgentName, Guid? TeamId, string Channel, string? Queue,
    DateTimeOffset? OfferedAt, DateTimeOffset? QueuedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? EndedAt, double? WaitSeconds, double? HandleSeconds,
    string? Outcome);

public sealed record ResultContacts(Guid KpiId, string KpiName, DateOnly PeriodStart, DateOnly PeriodEnd, KpiLevel Level, Guid? Subject,
    IReadOnlyList<ResultContact> Items, int Total, int Page, int PageSize);

/// <summary>A comment on a result's variance from its target, and optionally an improvement action raised from the review.</summary>
public sealed record ReviewRequest(DateOnly? PeriodStart, KpiLevel? Level, Guid? Subject, string? Comment, RaiseActionRequest? Action = null);

public sealed record RaiseActionRequest(string? Title, string? Description, Guid? OwnerId, DateOnly? DueOn);

public sealed record ReviewView(Guid Id, Guid KpiId, DateOnly PeriodStart, KpiLevel Level, Guid? Subject, string? SubjectName, double Value, Band? Band,
    string Comment, Guid ReviewedById, string ReviewedByName, DateTimeOffset ReviewedAt, Guid? ActionId, string? ActionTitle, string? ActionStatus);

/// <summary>One KPI on a scorecard: the latest period's result for the person or team and the one before it (the trend).</summary>
public sealed record ScorecardLine(Guid KpiId, string KpiName, string Purpose, MeasureUnit Unit, KpiDirection Direction, DateOnly? PeriodStart, double? Value,
    double? Target, Band? Band, int Count, bool Reliable, double? Previous);

/// <summary>A scorecard as of a day (<paramref name="AsOf"/>, inclusive): each KPI's latest period up to it.</summary>
public sealed record Scorecard(KpiLevel Level, Guid Subject, string SubjectName, DateOnly AsOf, IReadOnlyList<ScorecardLine> Lines);
