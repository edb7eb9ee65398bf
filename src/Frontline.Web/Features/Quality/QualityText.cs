using System.Globalization;
using Frontline.Domain.Quality;

namespace Frontline.Web.Features.Quality;

/// <summary>How Quality's values read: kebab-case codes (as the API writes them) and plain labels for pages.</summary>
public static class QualityText
{
    public static string Slug<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? Instant(DateTime? utc) => utc is { } u ? Instant(u) : null;

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Method(EvaluationMethod method) => method switch
    {
        EvaluationMethod.RemoteReview => "Remote review",
        EvaluationMethod.CallListening => "Call listening",
        EvaluationMethod.Observation => "Observation (side by side)",
    };

    public static string Status(EvaluationStatus status) => status switch
    {
        EvaluationStatus.Draft => "Draft",
        EvaluationStatus.Submitted => "Awaiting the agent",
        EvaluationStatus.Acknowledged => "Acknowledged",
        EvaluationStatus.Disputed => "Disputed",
        EvaluationStatus.Arbitrated => "Dispute decided",
    };

    public static string Critical(Criticality? critical) => critical switch
    {
        Criticality.Customer => "Customer critical",
        Criticality.Business => "Business critical",
        Criticality.Compliance => "Compliance critical",
        null => "",
    };

    /// <summary>Parses an API answer value: "yes", "no", "na" or a number (whole points).</summary>
    public static AnswerValue? ParseValue(System.Text.Json.JsonElement? value) => value switch
    {
        { ValueKind: System.Text.Json.JsonValueKind.String } v => AnswerValue.Parse(v.GetString()),
        { ValueKind: System.Text.Json.JsonValueKind.Number } v when v.TryGetInt32(out var points) => new AnswerValue(false, points),
        _ => null,
    };
}
