using Frontline.Domain.Compliance;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.Compliance;

/// <summary>One measure's figures for a period: what was counted, what met the standard, the rate against the threshold,
/// the status, and the records that failed (links for the drill-down).</summary>
public sealed record MeasureResult(
    MeasureKind Kind, string Description, decimal Threshold, decimal AtRiskFrom, int Met, int Total, decimal? Rate, ComplianceStatus Status,
    IReadOnlyList<string> FailedLinks, string? Note);

public sealed record RequirementCompliance(Guid RequirementId, string Citation, string Title, DateOnly From, DateOnly To, ComplianceStatus Status,
    IReadOnlyList<MeasureResult> Measures);

/// <summary>
/// Measures a requirement's compliance from the platform's own records for a period (CC33 3.1, CCTC9 3.1), through the
/// owning modules' seams: Quality's criterion pass rates, Complaints' timeliness. Measures with no source yet say so.
/// </summary>
public sealed class MeasureCompliance(IComplianceCriterionResults criteria, IComplaintTimeliness complaints, TimeProvider clock)
{
    /// <summary>The centre's acknowledgement standard when a measure does not set one (calendar days).</summary>
    public const int DefaultAcknowledgementDays = 5;

    public async Task<RequirementCompliance> ForAsync(Requirement r, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var results = new List<MeasureResult>();
        foreach (var m in r.Measures)
        {
            results.Add(await MeasureAsync(r, m, from, to, cancellationToken));
        }

        return new RequirementCompliance(r.Id, r.Citation, r.Title, from, to, ComplianceRating.Overall(results.Select(x => x.Status)), results);
    }

    /// <summary>The default period: the current calendar quarter in the UK.</summary>
    public (DateOnly From, DateOnly To) CurrentQuarter()
    {
        var today = UkTime.LocalDate(clock.GetUtcNow());
        var from = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    private async Task<MeasureResult> MeasureAsync(Requirement r, RequirementMeasure m, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = UkTime.ToInstant(from, TimeOnly.MinValue).UtcDateTime;
        var end = UkTime.ToInstant(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        switch (m.Kind)
        {
            case MeasureKind.ScorecardPassRate:
                var reference = string.IsNullOrWhiteSpace(m.Reference) ? r.Citation : m.Reference;
                var pass = await criteria.ForRequirementAsync(reference, start, end, cancellationToken);
                return Result(m, $"Scorecard criteria citing \"{reference}\" passed", pass.Passed, pass.Answered,
                    [.. pass.FailedEvaluations.Select(id => $"/quality/evaluations/{id}")]);
            case MeasureKind.ComplaintsAcknowledgedInTime:
                var days = int.TryParse(m.Reference, System.Globalization.CultureInfo.InvariantCulture, out var d) && d > 0 ? d : DefaultAcknowledgementDays;
                var ack = await complaints.AcknowledgedWithinAsync(start, end, days, cancellationToken);
                return Result(m, $"Complaints received acknowledged within {days} days", ack.Met, ack.Total, [.. ack.Failed.Select(id => $"/complaints/{id}")]);
            case MeasureKind.ComplaintsResolvedInTime:
                var today = UkTime.LocalDate(clock.GetUtcNow());
                var resolved = await complaints.RespondedInTimeAsync(from, to, today, cancellationToken);
                return Result(m, "Complaints due in the period answered by their final-response deadline", resolved.Met, resolved.Total,
                    [.. resolved.Failed.Select(id => $"/complaints/{id}")]);
            case MeasureKind.IdvBeforeAccountActions:
            case MeasureKind.DisclosuresConfirmed:
            case MeasureKind.KnowledgeAcknowledged:
            case MeasureKind.CardNumbersRedacted:
                return new MeasureResult(m.Kind, Describe(m.Kind), m.Threshold, m.AtRiskFloor, 0, 0, null, ComplianceStatus.NotMeasured, [],
                    "Not measured yet: the owning module does not expose these figures to Compliance.");
            default:
                throw new ArgumentOutOfRangeException(nameof(m), m.Kind, null);
        }
    }

    private static MeasureResult Result(RequirementMeasure m, string description, int met, int total, IReadOnlyList<string> failed) =>
        new(m.Kind, description, m.Threshold, m.AtRiskFloor, met, total, total == 0 ? null : ComplianceRating.Rate(met, total), ComplianceRating.Of(m, met, total),
            failed, total == 0 ? "No records in the period." : null);

    private static string Describe(MeasureKind kind) => kind switch
    {
        MeasureKind.IdvBeforeAccountActions => "Account actions taken after ID&V passed at the required level",
        MeasureKind.DisclosuresConfirmed => "Disclosures confirmed on contacts that needed them",
        MeasureKind.KnowledgeAcknowledged => "Knowledge acknowledgements complete",
        MeasureKind.CardNumbersRedacted => "Card numbers redacted (none stored)",
        _ => ComplianceText.Words(kind),
    };
}
