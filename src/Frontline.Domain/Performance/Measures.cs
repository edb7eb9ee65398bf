namespace Frontline.Domain.Performance;

/// <summary>What a measure's value is: a fraction (0.8 = 80 %), seconds, a score or a count per 1,000.</summary>
public enum MeasureUnit
{
    Fraction,
    Seconds,
    Score,
    PerThousand,
}

/// <summary>Whether a higher or a lower value is the better one.</summary>
public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How often results are computed, reviewed and distributed.</summary>
public enum KpiFrequency
{
    Daily,
    Weekly,
    Monthly,
}

/// <summary>The level a result is for: the whole centre, each team, each agent.</summary>
public enum KpiLevel
{
    Centre,
    Team,
    Individual,
}

/// <summary>The service-level denominator, chosen explicitly (contacts abandoned quickly are treated differently).</summary>
public enum ServiceLevelDenominator
{
    /// <summary>Answered + abandoned in queue.</summary>
    Offered,

    /// <summary>Answered + abandoned after the threshold (short abandons are left out).</summary>
    AnsweredPlusLateAbandons,
}

/// <summary>One measure of the catalogue: its code (as in the API), what it means, its unit and usual direction, and where its data comes from.</summary>
public sealed record MeasureDefinition(string Code, string Name, string Meaning, MeasureUnit Unit, KpiDirection UsualDirection, string Source, bool Available);

/// <summary>
/// The catalogue of measures over the platform's own data. Those marked not available are defined (so KPIs can be
/// planned) but are computed only once their owning module offers the figures through a seam.
/// </summary>
public static class MeasureCatalogue
{
    public const string ServiceLevel = "service-level";
    public const string AverageSpeedOfAnswer = "average-speed-of-answer";
    public const string AbandonmentRate = "abandonment-rate";
    public const string AverageHandlingTime = "average-handling-time";
    public const string FirstContactResolution = "first-contact-resolution";

    public static readonly IReadOnlyList<MeasureDefinition> All =
    [
        new(ServiceLevel, "Service level", "Contacts answered within T seconds of entering the queue ÷ the chosen denominator (offered, or answered plus abandons after T).",
            MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "contacts", true),
        new(AverageSpeedOfAnswer, "Average speed of answer", "Mean seconds from entering the queue to being answered, over answered contacts.",
            MeasureUnit.Seconds, KpiDirection.LowerIsBetter, "contacts", true),
        new(AbandonmentRate, "Abandonment rate", "Contacts abandoned in the queue ÷ contacts offered (answered + abandoned in queue).",
            MeasureUnit.Fraction, KpiDirection.LowerIsBetter, "contacts", true),
        new(AverageHandlingTime, "Average handling time", "Mean seconds from answer to end, plus wrap-up when recorded, over answered contacts.",
            MeasureUnit.Seconds, KpiDirection.LowerIsBetter, "contacts", true),
        new(FirstContactResolution, "First-contact resolution", "Answered contacts from a known customer with no further contact from that customer within N days.",
            MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "contacts", true),
        new("cases-resolved-within-target", "Cases resolved within target", "Cases closed by their resolution target ÷ cases closed.",
            MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "cases", false),
        new("complaints-per-thousand-contacts", "Complaints per 1,000 contacts", "Complaints received ÷ contacts × 1,000.",
            MeasureUnit.PerThousand, KpiDirection.LowerIsBetter, "complaints", false),
        new("complaints-resolved-within-3-days", "Complaints resolved within 3 business days", "Complaints closed by the end of the third business day ÷ complaints closed.",
            MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "complaints", false),
        new("complaints-resolved-within-8-weeks", "Complaints resolved within 8 weeks", "Complaints given a final response within 8 weeks ÷ complaints closed.",
            MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "complaints", false),
        new("qa-average-score", "QA average score", "Mean score of submitted quality evaluations.", MeasureUnit.Score, KpiDirection.HigherIsBetter, "quality", false),
        new("critical-failure-rate", "Critical-failure rate", "Evaluations with a critical criterion failed ÷ evaluations.",
            MeasureUnit.Fraction, KpiDirection.LowerIsBetter, "quality", false),
        new("csat", "Customer satisfaction (CSAT)", "Responses scoring 4 or 5 of 5 ÷ responses.", MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "quality", false),
        new("nps", "Net promoter score", "Promoters minus detractors, as a share of responses (−1 to 1).", MeasureUnit.Score, KpiDirection.HigherIsBetter, "quality", false),
        new("knowledge-acknowledgement-rate", "Knowledge acknowledgement rate", "Required articles acknowledged by the due date ÷ required.",
            MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "knowledge", false),
        new("idv-pass-rate", "ID&V pass rate", "Identity checks passed ÷ identity checks.", MeasureUnit.Fraction, KpiDirection.HigherIsBetter, "customers", false),
    ];

    public static MeasureDefinition? Find(string? code) => All.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.Ordinal));
}
