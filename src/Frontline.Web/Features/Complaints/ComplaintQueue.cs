using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>The work queue: open complaints by nearest clock, with the ones approaching a deadline and overdue ones.</summary>
public sealed class ComplaintQueue(ComplaintStore store)
{
    /// <summary>Business-as-usual warning: a final response due within this many days is "approaching".</summary>
    public const int ApproachingDays = 7;

    public async Task<List<ComplaintSummary>> ListAsync(string? status, string? due, int limit, CancellationToken cancellationToken)
    {
        var query = (await store.ScopedAsync(cancellationToken)).Where(c => c.RestrictedUntil == null);
        var today = store.Today;
        if (status is "open" or null or "")
        {
            query = query.Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.Investigating);
        }
        else if (status != "all")
        {
            query = ComplaintNames.TryParse<ComplaintStatus>(status, out var s) ? query.Where(c => c.Status == s)
                : throw new DomainException("complaint.status-unknown", "Use open, all or a status such as investigating.", DomainErrorKind.Invalid, "status");
        }

        var soon = today.AddDays(ApproachingDays);
        query = due switch
        {
            null or "" => query,
            "overdue" => query.Where(c => c.RespondedOn == null && c.FinalResponseDue < today),
            "approaching" => query.Where(c => c.RespondedOn == null && c.FinalResponseDue >= today && c.FinalResponseAlertDate <= soon),
            _ => throw new DomainException("complaint.due-unknown", "Use overdue or approaching.", DomainErrorKind.Invalid, "due"),
        };
        var rows = await query.OrderBy(c => c.FinalResponseAlertDate).ThenBy(c => c.ReceivedAt).Take(limit).ToListAsync(cancellationToken);
        return [.. rows.Select(c => ComplaintAnalysis.ToSummary(c, today))];
    }

    /// <summary>
    /// Breach warnings for the caller's scope (a team leader sees their team's): open complaints whose alert date is
    /// within <see cref="ApproachingDays"/> days, those past their final-response date, and summary-resolution windows closing today.
    /// </summary>
    public async Task<ComplaintAlerts> AlertsAsync(CancellationToken cancellationToken)
    {
        var today = store.Today;
        var soon = today.AddDays(ApproachingDays);
        var open = (await store.ScopedAsync(cancellationToken)).Where(c => c.RespondedOn == null
            && (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged || c.Status == ComplaintStatus.Investigating));
        var approaching = await open.CountAsync(c => c.FinalResponseDue >= today && c.FinalResponseAlertDate <= soon, cancellationToken);
        var overdue = await open.CountAsync(c => c.FinalResponseDue < today, cancellationToken);
        var summaryToday = await open.CountAsync(c => c.SummaryResolutionBy == today, cancellationToken);
        return new ComplaintAlerts(approaching, overdue, summaryToday, ApproachingDays);
    }
}

public sealed record ComplaintAlerts(int Approaching, int Overdue, int SummaryWindowClosesToday, int ApproachingWithinDays);
