using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Performance;

namespace Frontline.Web.Features.Performance.Kpis;

/// <summary>
/// A KPI as the designer sends it (contract in issue 10: keep stable). Rates are fractions (0.8 = 80 %), times seconds;
/// the tolerance is a width on the worse side of the target. <c>effectiveFrom</c> (default today) dates the version.
/// </summary>
public sealed record KpiRequest(
    [property: Required, StringLength(KpiDefinition.MaxNameLength)] string? Name,
    [property: Required, StringLength(KpiDefinition.MaxPurposeLength)] string? Purpose,
    [property: Required] string? Measure,
    KpiParametersRequest? Parameters,
    KpiFiltersRequest? Filters,
    [property: Required] KpiDirection? Direction,
    [property: Required] KpiFrequency? Frequency,
    [property: Required] IReadOnlyList<KpiTargetRequest>? Targets,
    IReadOnlyList<ReviewActionRequest>? ReviewActions = null,
    Guid? ReviewerId = null,
    DateOnly? EffectiveFrom = null,
    int? Revision = null,
    IReadOnlyList<DistributionRuleRequest>? Distribution = null);

/// <summary>Who is told a level's results, and why (the reason goes into every message).</summary>
public sealed record DistributionRuleRequest([property: Required] KpiLevel? Level, [property: Required] Audience? Audience,
    [property: Required, StringLength(200)] string? Reason);

public sealed record KpiParametersRequest(int? ThresholdSeconds = null, ServiceLevelDenominator? Denominator = null, int? RepeatDays = null);

public sealed record KpiFiltersRequest([property: StringLength(60)] string? Queue = null, string? Channel = null, Guid? TeamId = null,
    [property: StringLength(80)] string? Product = null);

public sealed record KpiTargetRequest([property: Required] KpiLevel? Level, [property: Required] double? Target, double? Tolerance = null);

public sealed record ReviewActionRequest([property: Required] Band? Band, [property: Required, StringLength(1000)] string? Action,
    [property: StringLength(200)] string? By = null);

/// <summary>A KPI with its current definition; <c>version</c> is the definition's version, <c>revision</c> the edit counter (send it back to edit).</summary>
public sealed record KpiView(Guid Id, int Version, int Revision, string Name, string Purpose, string Measure, string MeasureName, MeasureUnit Unit,
    MeasureParameters Parameters, KpiFilters Filters, KpiDirection Direction, KpiFrequency Frequency, IReadOnlyList<KpiTarget> Targets,
    IReadOnlyList<ReviewAction> ReviewActions, Guid? ReviewerId, string? ReviewerName, bool Retired, IReadOnlyList<KpiVersionView> Versions,
    IReadOnlyList<DistributionRule> Distribution);

public sealed record KpiVersionView(int Number, DateOnly EffectiveFrom, DateTimeOffset CreatedAt);

public sealed record KpiSummary(Guid Id, string Name, string Measure, string MeasureName, KpiFrequency Frequency, int Version, bool Retired);

/// <summary>One result: the period, the subject (team or agent id; none for the centre), the value, its band against the level's target and the count it is over.</summary>
public sealed record KpiResultItem(DateOnly PeriodStart, string? Subject, string? SubjectName, double Value, Band? Band, int Count, double? Target,
    double? Tolerance, int KpiVersion, bool Reliable = true);

public sealed record KpiResults(Guid KpiId, string Name, string Purpose, MeasureUnit Unit, KpiDirection Direction, KpiLevel Level, DateOnly From, DateOnly To,
    IReadOnlyList<KpiResultItem> Items);
