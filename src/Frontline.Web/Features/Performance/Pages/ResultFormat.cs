using System.Globalization;
using Frontline.Domain.Performance;

namespace Frontline.Web.Features.Performance.Pages;

/// <summary>How the Performance pages show a figure and its band.</summary>
public static class ResultFormat
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Fraction => (value * 100).ToString("0.0", Uk) + "%",
        MeasureUnit.Seconds => value.ToString("0.0", Uk) + " s",
        _ => value.ToString("0.##", Uk),
    };

    public static string BandClass(Band band) => band switch
    {
        Band.Green => "text-bg-success",
        Band.Amber => "text-bg-warning",
        _ => "text-bg-danger",
    };

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", Uk);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Level(KpiLevel level) => level.ToString().ToLowerInvariant();
}
