using Frontline.Domain.Platform.Calendar;

namespace Frontline.Web.Features.Cases;

/// <summary>Settings under <c>Cases:</c>.</summary>
public sealed class CasesOptions
{
    public const string Section = "Cases";

    /// <summary>A case whose customer has not been updated for this many business days appears in its owner's needs-update queue.</summary>
    public int CustomerUpdateBusinessDays { get; set; } = 3;

    /// <summary>The calendar service targets and response targets are counted on.</summary>
    public CalendarDivision Division { get; set; } = CalendarDivision.EnglandAndWales;

    /// <summary>
    /// An unfinished contact import whose node has not reported it alive for this many minutes is marked interrupted
    /// (the node beats every fifth of it).
    /// </summary>
    public int ImportStaleMinutes { get; set; } = 5;

    public TimeSpan ImportStaleAfter => TimeSpan.FromMinutes(Math.Max(1, ImportStaleMinutes));
}
