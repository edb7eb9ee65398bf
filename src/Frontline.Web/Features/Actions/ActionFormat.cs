using System.Globalization;
using Frontline.Domain.Actions;

namespace Frontline.Web.Features.Actions;

/// <summary>How the pages show the register's values.</summary>
public static class ActionFormat
{
    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "—";

    public static string Instant(DateTime? at) => at is { } value
        ? Frontline.Domain.Platform.Calendar.UkTime.ToLocal(new DateTimeOffset(value, TimeSpan.Zero)).ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"))
        : "—";

    public static string SourceKind(string slug) => slug switch
    {
        "evaluation" => "Evaluation",
        "audit-finding" => "Audit finding",
        "breach" => "Breach",
        "complaint" => "Complaint",
        "kpi-review" => "KPI review",
        _ => "Other",
    };

    public static string SourceKind(ActionSourceKind kind) => SourceKind(ActionNames.Slug(kind));

    public static string Status(string slug) => slug switch
    {
        "open" => "Open",
        "in-progress" => "In progress",
        "done" => "Done",
        "cancelled" => "Cancelled",
        _ => slug,
    };

    public static string Effectiveness(string? slug) => slug switch
    {
        "effective" => "Effective",
        "not-effective" => "Not effective",
        _ => "Not checked yet",
    };
}
