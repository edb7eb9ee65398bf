using System.Globalization;
using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Complaints;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

public sealed record AnalysisFilter(DateOnly From, DateOnly To, Guid? TeamId = null, string? ProductGroup = null, string? Cause = null, string? Channel = null)
{
    public static AnalysisFilter Parse(string? from, string? to, Guid? teamId, string? productGroup, string? cause, string? channel,
        string fromField = "from", string toField = "to")
    {
        var start = ParseDate(from, fromField);
        var end = ParseDate(to, toField);
        if (end < start)
        {
            throw new DomainException("analysis.period", "The end of the period is before its start.", DomainErrorKind.Invalid, toField);
        }

        if (end.DayNumber - start.DayNumber > 3700)
        {
            throw new DomainException("analysis.period", "A period is at most ten years.", DomainErrorKind.Invalid, toField);
        }

        return new AnalysisFilter(start, end, teamId, Blank(productGroup), Blank(cause), Blank(channel));
    }

    public static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainException("analysis.date", $"Give {field} as YYYY-MM-DD.", DomainErrorKind.Invalid, field);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed record AnalysisTotals(int Received, int Responded, int WithinThreeBusinessDays, int WithinEightWeeks, int Overdue,
    decimal PercentWithinThreeBusinessDays, decimal PercentWithinEightWeeks, decimal PercentOverdue, int Upheld, int PartiallyUpheld, int NotUpheld,
    decimal UpheldRatePercent, long RedressTotalPence, int OmbudsmanReferrals);

public sealed record VolumePoint(string Period, int Received, int Responded);

public sealed record ExpectedVolume(string Basis, decimal RatePerThousand, long BaseCount, decimal Expected, decimal Low, decimal High, int Actual, bool Flagged);

public sealed record Breakdown(string Code, string Label, int Count, string Figure);

public sealed record ReferralStep(string ReferredTo, int Referrals, int Responded, decimal? AverageHoursToRespond);

public sealed record AnalysisFigures(DateOnly From, DateOnly To, AnalysisTotals Totals, IReadOnlyList<VolumePoint> Volumes, ExpectedVolume Expected,
    IReadOnlyList<Breakdown> ByProductGroup, IReadOnlyList<Breakdown> ByCause, IReadOnlyList<Breakdown> ByChannel, IReadOnlyList<Breakdown> TopRootCauses,
    IReadOnlyList<Breakdown> LearningThemes, IReadOnlyList<Breakdown> OmbudsmanOutcomes, IReadOnlyList<ReferralStep> ReferralChains);

/// <summary>
/// The complaints dashboard: every figure is one grouped SQL query over the complaints received in the period,
/// using the stored clock results (responded within 3 days / 8 weeks) so nothing is recomputed per row.
/// </summary>
public sealed class ComplaintAnalysis(FrontlineDbContext db, ComplaintStore store, ComplaintReferenceData reference, IServiceScopeFactory scopes)
{
    /// <summary>Learning-point themes are read from at most this many recent complaints (free text, not aggregated in SQL).</summary>
    private const int ThemeSample = 5000;

    public static readonly IReadOnlyList<string> Figures =
        ["received", "responded", "within-3-days", "within-8-weeks", "overdue", "upheld", "redress", "ombudsman"];

    public async Task<IQueryable<Complaint>> FilteredAsync(AnalysisFilter filter, CancellationToken cancellationToken)
    {
        var query = (await store.ScopedAsync(cancellationToken)).Where(c => c.ReceivedOn >= filter.From && c.ReceivedOn <= filter.To);
        if (filter.TeamId is { } team)
        {
            query = query.Where(c => c.TeamId == team);
        }

        if (filter.ProductGroup is { } group)
        {
            query = query.Where(c => c.ProductGroup == group);
        }

        if (filter.Cause is { } cause)
        {
            query = query.Where(c => c.CauseCategory == cause);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        return query;
    }

    public async Task<AnalysisFigures> ComputeAsync(AnalysisFilter filter, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, cancellationToken);
        var today = store.Today;

        // The breakdowns are one grouped scan (a few hundred groups, rolled up below) run on a second connection
        // while this one reads the daily figures: the two scans of the period overlap instead of adding up.
        await using var side = scopes.CreateAsyncScope();
        var sideQuery = await side.ServiceProvider.GetRequiredService<ComplaintAnalysis>().FilteredAsync(filter, cancellationToken);
        var mixTask = sideQuery.GroupBy(c => new { c.ProductGroup, c.CauseCategory, c.Channel, c.RootCause, c.OmbudsmanOutcome })
            .Select(g => new { g.Key.ProductGroup, g.Key.CauseCategory, g.Key.Channel, g.Key.RootCause, g.Key.OmbudsmanOutcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var days = await query.GroupBy(c => c.ReceivedOn).Select(g => new
        {
            Day = g.Key,
            Received = g.Count(),
            Responded = g.Sum(c => c.RespondedOn != null ? 1 : 0),
            Within3 = g.Sum(c => c.RespondedWithinSummaryWindow == true ? 1 : 0),
            Within8 = g.Sum(c => c.RespondedWithinFinalDeadline == true ? 1 : 0),
            Overdue = g.Sum(c => c.RespondedWithinFinalDeadline == false
                || (c.RespondedOn == null && c.FinalResponseDue < today
                    && (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.Investigating)) ? 1 : 0),
            Upheld = g.Sum(c => c.Outcome == ComplaintOutcome.Upheld ? 1 : 0),
            Partly = g.Sum(c => c.Outcome == ComplaintOutcome.PartiallyUpheld ? 1 : 0),
            NotUpheld = g.Sum(c => c.Outcome == ComplaintOutcome.NotUpheld ? 1 : 0),
            Redress = g.Sum(c => c.RedressTotalPence),
            Ombudsman = g.Sum(c => c.OmbudsmanReferredAt != null ? 1 : 0),
        }).ToListAsync(cancellationToken);

        var received = days.Sum(d => d.Received);
        var responded = days.Sum(d => d.Responded);
        var decided = days.Sum(d => d.Upheld + d.Partly + d.NotUpheld);
        var totals = new AnalysisTotals(received, responded, days.Sum(d => d.Within3), days.Sum(d => d.Within8), days.Sum(d => d.Overdue),
            Percent(days.Sum(d => d.Within3), responded), Percent(days.Sum(d => d.Within8), responded), Percent(days.Sum(d => d.Overdue), received),
            days.Sum(d => d.Upheld), days.Sum(d => d.Partly), days.Sum(d => d.NotUpheld), Percent(days.Sum(d => d.Upheld + d.Partly), decided),
            days.Sum(d => d.Redress), days.Sum(d => d.Ombudsman));

        var daily = filter.To.DayNumber - filter.From.DayNumber <= 92;
        var volumes = days.GroupBy(d => daily ? d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.Day.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new VolumePoint(g.Key, g.Sum(d => d.Received), g.Sum(d => d.Responded))).ToList();

        var config = await reference.GetAsync(cancellationToken);
        var mix = await mixTask;
        var byGroup = Roll(mix.Select(m => (m.ProductGroup, m.Count)), TaxonomyKinds.ProductGroup, config);
        var byCause = Roll(mix.Select(m => (m.CauseCategory, m.Count)), TaxonomyKinds.Cause, config);
        var byChannel = Roll(mix.Select(m => ((string?)m.Channel, m.Count)), TaxonomyKinds.Channel, config);
        var rootCauses = Roll(mix.Where(m => m.RootCause != null).Select(m => (m.RootCause, m.Count)), TaxonomyKinds.RootCause, config);
        var ombudsman = mix.Where(m => m.OmbudsmanOutcome != null).GroupBy(m => m.OmbudsmanOutcome!, StringComparer.Ordinal)
            .Select(g => new Breakdown(g.Key, g.Key, g.Sum(m => m.Count), "ombudsman-outcome:" + g.Key)).OrderByDescending(b => b.Count).ToList();

        var points = await query.Where(c => c.RootCause != null).OrderByDescending(c => c.ReceivedOn).Take(ThemeSample)
            .Select(c => c.LearningPoints).ToListAsync(cancellationToken);
        var themes = points.SelectMany(p => p).GroupBy(p => p.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => new Breakdown(g.Key, g.First(), g.Count(), "learning:" + g.Key)).OrderByDescending(b => b.Count).Take(10).ToList();

        var referrals = await db.Set<ComplaintReferral>().AsNoTracking().Where(r => query.Any(c => c.Id == r.ComplaintId))
            .Select(r => new { r.ReferredTo, r.ReferredAt, r.RespondedAt }).ToListAsync(cancellationToken);
        var chains = referrals.GroupBy(r => r.ReferredTo, StringComparer.Ordinal).Select(g =>
        {
            var answered = g.Where(r => r.RespondedAt is not null).ToList();
            decimal? hours = answered.Count == 0 ? null : Math.Round((decimal)answered.Average(r => (r.RespondedAt!.Value - r.ReferredAt).TotalHours), 1);
            return new ReferralStep(g.Key, g.Count(), answered.Count, hours);
        }).OrderByDescending(s => s.Referrals).ToList();

        var expected = await ExpectedAsync(filter, received, config.Settings, cancellationToken);
        return new AnalysisFigures(filter.From, filter.To, totals, volumes, expected, byGroup, byCause, byChannel, rootCauses.Take(10).ToList(), themes,
            ombudsman, chains);
    }

    /// <summary>The complaints behind one figure of the dashboard.</summary>
    public async Task<List<ComplaintSummary>> DrillDownAsync(AnalysisFilter filter, string figure, int limit, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, cancellationToken);
        var today = store.Today;
        var parts = figure.Split(':', 2);
        query = parts[0] switch
        {
            "received" => query,
            "responded" => query.Where(c => c.RespondedOn != null),
            "within-3-days" => query.Where(c => c.RespondedWithinSummaryWindow == true),
            "within-8-weeks" => query.Where(c => c.RespondedWithinFinalDeadline == true),
            "overdue" => query.Where(c => c.RespondedWithinFinalDeadline == false || (c.RespondedOn == null && c.FinalResponseDue < today
                && (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.Investigating))),
            "upheld" => query.Where(c => c.Outcome == ComplaintOutcome.Upheld || c.Outcome == ComplaintOutcome.PartiallyUpheld),
            "redress" => query.Where(c => c.RedressTotalPence > 0),
            "ombudsman" => query.Where(c => c.OmbudsmanReferredAt != null),
            "ombudsman-outcome" when parts.Length == 2 => query.Where(c => c.OmbudsmanOutcome == parts[1]),
            "product-group" when parts.Length == 2 => query.Where(c => c.ProductGroup == parts[1]),
            "cause" when parts.Length == 2 => query.Where(c => c.CauseCategory == parts[1]),
            "channel" when parts.Length == 2 => query.Where(c => c.Channel == parts[1]),
            "root-cause" when parts.Length == 2 => query.Where(c => c.RootCause == parts[1]),
            _ => throw new DomainException("analysis.figure-unknown",
                $"Use one of: {string.Join(", ", Figures)}, or product-group:, cause:, channel:, root-cause:, ombudsman-outcome: with a code.",
                DomainErrorKind.Invalid, "figure"),
        };
        var rows = await query.OrderByDescending(c => c.ReceivedAt).Take(limit).ToListAsync(cancellationToken);
        return [.. rows.Select(c => ToSummary(c, today))];
    }

    public static ComplaintSummary ToSummary(Complaint c, DateOnly today) => new(c.Id, c.ReceivedAt, c.Channel, c.ProductGroup, c.CauseCategory,
        ComplaintNames.Slug(c.Status), c.SummaryResolutionBy, c.FinalResponseDue, c.FinalResponseAlertDate, ComplaintStore.IsOverdue(c, today),
        c.Outcome is { } o ? ComplaintNames.Slug(o) : null, c.RedressTotalPence, c.CustomerId, c.TeamId);

    private async Task<ExpectedVolume> ExpectedAsync(AnalysisFilter filter, int actual, ComplaintSettings settings, CancellationToken cancellationToken)
    {
        long baseCount;
        decimal expected;
        if (settings.ExpectedBasis == "contacts")
        {
            var from = filter.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var to = filter.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            baseCount = await db.Set<Contact>().LongCountAsync(c => c.CreatedAt >= from && c.CreatedAt < to, cancellationToken);
            expected = settings.ExpectedRatePerThousand * baseCount / 1000m;
        }
        else
        {
            // Per 1,000 customers per month: scaled by the length of the period.
            baseCount = await db.Set<Customer>().LongCountAsync(cancellationToken);
            var months = (filter.To.DayNumber - filter.From.DayNumber + 1) / (365.25m / 12m);
            expected = settings.ExpectedRatePerThousand * baseCount / 1000m * months;
        }

        expected = Math.Round(expected, 1);
        var low = Math.Round(expected * (1 - (settings.TolerancePercent / 100m)), 1);
        var high = Math.Round(expected * (1 + (settings.TolerancePercent / 100m)), 1);
        return new ExpectedVolume(settings.ExpectedBasis, settings.ExpectedRatePerThousand, baseCount, expected, low, high, actual, actual < low || actual > high);
    }

    private static List<Breakdown> Roll(IEnumerable<(string? Code, int Count)> rows, string kind, ComplaintConfiguration config) =>
        [.. rows.GroupBy(r => r.Code ?? "", StringComparer.Ordinal)
            .Select(g => new Breakdown(g.Key, g.Key.Length == 0 ? "(not set)" : config.Label(kind, g.Key), g.Sum(r => r.Count), $"{kind}:{g.Key}"))
            .OrderByDescending(b => b.Count)];

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
