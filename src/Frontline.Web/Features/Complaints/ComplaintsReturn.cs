using System.Globalization;
using CsvHelper;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// The FCA complaints return for a reporting period (regulatory-facts.md §1.7) by product group and cause:
/// outstanding at the start, opened, closed (final response or summary resolution sent), closed within 3 business
/// days, after 3 days but within 8 weeks, after 8 weeks, upheld (partly upheld counts as upheld) and redress.
/// </summary>
public sealed class ComplaintsReturn(ComplaintStore store)
{
    public static readonly string[] Header =
    [
        "product_group", "cause", "outstanding_at_start", "opened", "closed", "closed_within_3_business_days",
        "closed_after_3_days_within_8_weeks", "closed_after_8_weeks", "upheld", "upheld_percent", "redress_paid_gbp",
    ];

    public sealed record Row(string ProductGroup, string Cause, int OutstandingAtStart, int Opened, int Closed, int WithinThreeDays,
        int WithinEightWeeks, int AfterEightWeeks, int Upheld, long RedressPence);

    public async Task<List<Row>> BuildAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var all = await store.ScopedAsync(cancellationToken);
        var opened = await all.Where(c => c.ReceivedOn >= start && c.ReceivedOn <= end)
            .GroupBy(c => new { c.ProductGroup, c.CauseCategory })
            .Select(g => new { g.Key.ProductGroup, g.Key.CauseCategory, Count = g.Count() }).ToListAsync(cancellationToken);
        var closed = await all.Where(c => c.RespondedOn >= start && c.RespondedOn <= end)
            .GroupBy(c => new { c.ProductGroup, c.CauseCategory })
            .Select(g => new
            {
                g.Key.ProductGroup,
                g.Key.CauseCategory,
                Count = g.Count(),
                Within3 = g.Sum(c => c.RespondedWithinSummaryWindow == true ? 1 : 0),
                Within8 = g.Sum(c => c.RespondedWithinSummaryWindow != true && c.RespondedWithinFinalDeadline == true ? 1 : 0),
                After8 = g.Sum(c => c.RespondedWithinFinalDeadline == false ? 1 : 0),
                Upheld = g.Sum(c => c.Outcome == ComplaintOutcome.Upheld || c.Outcome == ComplaintOutcome.PartiallyUpheld ? 1 : 0),
                Redress = g.Sum(c => c.RedressTotalPence),
            }).ToListAsync(cancellationToken);
        var outstanding = await all.Where(c => c.ReceivedOn < start && (c.RespondedOn == null || c.RespondedOn >= start))
            .GroupBy(c => new { c.ProductGroup, c.CauseCategory })
            .Select(g => new { g.Key.ProductGroup, g.Key.CauseCategory, Count = g.Count() }).ToListAsync(cancellationToken);

        var keys = opened.Select(o => (o.ProductGroup, o.CauseCategory)).Concat(closed.Select(c => (c.ProductGroup, c.CauseCategory)))
            .Concat(outstanding.Select(o => (o.ProductGroup, o.CauseCategory))).Distinct()
            .OrderBy(k => k.ProductGroup ?? "~", StringComparer.Ordinal).ThenBy(k => k.CauseCategory ?? "~", StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var (group, cause) in keys)
        {
            var o = opened.FirstOrDefault(x => x.ProductGroup == group && x.CauseCategory == cause)?.Count ?? 0;
            var s = outstanding.FirstOrDefault(x => x.ProductGroup == group && x.CauseCategory == cause)?.Count ?? 0;
            var c = closed.FirstOrDefault(x => x.ProductGroup == group && x.CauseCategory == cause);
            rows.Add(new Row(group ?? "unclassified", cause ?? "unclassified", s, o, c?.Count ?? 0, c?.Within3 ?? 0, c?.Within8 ?? 0, c?.After8 ?? 0,
                c?.Upheld ?? 0, c?.Redress ?? 0));
        }

        return rows;
    }

    public async Task<string> BuildCsvAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var rows = await BuildAsync(start, end, cancellationToken);
        var total = new Row("all", "all", rows.Sum(r => r.OutstandingAtStart), rows.Sum(r => r.Opened), rows.Sum(r => r.Closed),
            rows.Sum(r => r.WithinThreeDays), rows.Sum(r => r.WithinEightWeeks), rows.Sum(r => r.AfterEightWeeks), rows.Sum(r => r.Upheld),
            rows.Sum(r => r.RedressPence));
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }

        await csv.NextRecordAsync();
        foreach (var r in rows.Append(total))
        {
            csv.WriteField(r.ProductGroup);
            csv.WriteField(r.Cause);
            csv.WriteField(r.OutstandingAtStart);
            csv.WriteField(r.Opened);
            csv.WriteField(r.Closed);
            csv.WriteField(r.WithinThreeDays);
            csv.WriteField(r.WithinEightWeeks);
            csv.WriteField(r.AfterEightWeeks);
            csv.WriteField(r.Upheld);
            csv.WriteField(r.Closed == 0 ? "0.0" : (100m * r.Upheld / r.Closed).ToString("0.0", CultureInfo.InvariantCulture));
            csv.WriteField((r.RedressPence / 100m).ToString("0.00", CultureInfo.InvariantCulture));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        return text.ToString();
    }
}
