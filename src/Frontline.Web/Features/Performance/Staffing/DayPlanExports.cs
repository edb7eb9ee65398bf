using System.Globalization;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Performance.Staffing;

/// <summary>A day plan as CSV or XLSX: one row per interval, numbers as numbers in XLSX.</summary>
public static class DayPlanExports
{
    private static readonly string[] Columns =
        ["interval_start", "calls", "traffic_erlangs", "agents", "agents_after_shrinkage", "service_level", "asa_seconds", "occupancy"];

    private static readonly HashSet<int> Numeric = [1, 2, 3, 4, 5, 6, 7];

    private static IEnumerable<string[]> Rows(DayPlanResponse plan) => plan.Intervals.Select(r => new[]
    {
        r.Start, N(r.Calls, "0.##"), N(r.TrafficErlangs, "0.####"), r.Agents.ToString(CultureInfo.InvariantCulture),
        r.AgentsAfterShrinkage.ToString(CultureInfo.InvariantCulture), N(r.ServiceLevel, "0.####"), N(r.AsaSeconds, "0.##"), N(r.Occupancy, "0.####"),
    }).Prepend(Columns);

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static byte[] Csv(DayPlanResponse plan) => TableExport.Csv(Rows(plan));

    public static byte[] Xlsx(DayPlanResponse plan) => TableExport.Xlsx(Rows(plan), Numeric, "Day plan");
}
