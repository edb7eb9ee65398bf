using Frontline.Domain.Performance;

namespace Frontline.Web.Features.Performance.Kpis;

/// <summary>Turns a KPI request into the domain's definition (the domain then checks every rule).</summary>
public static class KpiRequests
{
    public static KpiDefinition ToDefinition(this KpiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Parameters;
        var f = request.Filters;
        return new KpiDefinition(
            request.Name ?? "",
            request.Purpose ?? "",
            request.Measure ?? "",
            new MeasureParameters(p?.ThresholdSeconds ?? 20, p?.Denominator ?? ServiceLevelDenominator.Offered, p?.RepeatDays ?? 7),
            new KpiFilters(Blank(f?.Channel), Blank(f?.Queue), f?.TeamId, Blank(f?.Product)),
            request.Direction ?? KpiDirection.HigherIsBetter,
            request.Frequency ?? KpiFrequency.Monthly,
            [.. (request.Targets ?? []).Select(t => new KpiTarget(t.Level ?? KpiLevel.Centre, t.Target ?? double.NaN, t.Tolerance ?? 0))],
            [.. (request.ReviewActions ?? []).Select(a => new ReviewAction(a.Band ?? Band.Red, a.Action?.Trim() ?? "", Blank(a.By)))],
            request.ReviewerId,
            [.. (request.Distribution ?? []).Select(r => new DistributionRule(r.Level ?? KpiLevel.Centre, r.Audience ?? Audience.Managers, r.Reason?.Trim() ?? ""))]);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
