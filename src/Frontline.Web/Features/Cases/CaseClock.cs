using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Performance;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Keeps cases' service clocks on the centre's business calendar: the due date when a case opens, every pause while
/// awaiting the customer (recorded, with its business minutes), and the due date moved on when a pause ends.
/// </summary>
public sealed class CaseClock(FrontlineDbContext db, BusinessCalendars calendars, IOptions<CasesOptions> options, TimeProvider clock, ICaseServiceTargets targets)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<BusinessCalendar> CalendarAsync(CancellationToken cancellationToken) => calendars.GetAsync(options.Value.Division, cancellationToken);

    public int CustomerUpdateBusinessDays => options.Value.CustomerUpdateBusinessDays;

    /// <summary>Sets the targets for the case's category and priority from those set in Performance (on opening or reclassifying only:
    /// a case keeps the targets it was opened with when the centre's targets change).</summary>
    public async Task SetTargetsAsync(Case @case, CancellationToken cancellationToken)
    {
        var target = await targets.ForAsync(@case.Category, @case.Priority, cancellationToken);
        (@case.TargetMinutes, @case.FirstResponseTargetMinutes) = (target.ResolutionMinutes, target.FirstResponseMinutes);
    }

    /// <summary>Sets the due date from the case's target, its opening and every pause so far.</summary>
    public async Task ResetDueAsync(Case @case, CancellationToken cancellationToken)
    {
        var calendar = await CalendarAsync(cancellationToken);
        var pauses = await db.Set<CasePause>().Where(p => p.CaseId == @case.Id).ToListAsync(cancellationToken);
        pauses.AddRange(db.ChangeTracker.Entries<CasePause>().Where(e => e.State == EntityState.Added && e.Entity.CaseId == @case.Id).Select(e => e.Entity));
        var due = ServiceClock.DueAt(calendar, CaseAccess.Instant(@case.CreatedAt), @case.TargetMinutes,
            pauses.DistinctBy(p => p.Id).Select(p => (CaseAccess.Instant(p.StartedAt), CaseAccess.Instant(p.EndedAt))), CaseAccess.Instant(Now));
        @case.DueAt = due.UtcDateTime;
    }

    /// <summary>Applies the pause change of a status change: opens a pause, or closes the open one and moves the due date.</summary>
    public async Task ApplyAsync(Case @case, PauseChange change, CancellationToken cancellationToken)
    {
        if (change == PauseChange.Start)
        {
            db.Add(new CasePause { CaseId = @case.Id, StartedAt = Now });
        }
        else if (change == PauseChange.End)
        {
            var calendar = await CalendarAsync(cancellationToken);
            var open = await db.Set<CasePause>().Where(p => p.CaseId == @case.Id && p.EndedAt == null).ToListAsync(cancellationToken);
            foreach (var pause in open)
            {
                pause.EndedAt = Now;
                pause.BusinessMinutes = calendar.BusinessMinutesBetween(CaseAccess.Instant(pause.StartedAt), CaseAccess.Instant(Now));
            }

            await ResetDueAsync(@case, cancellationToken);
        }
    }

    /// <summary>The due date as it stands now: while the clock is paused it moves on with every business minute of the pause.</summary>
    public static DateTimeOffset LiveDue(BusinessCalendar calendar, Case @case, CasePause? openPause, DateTime now) =>
        openPause is null
            ? CaseAccess.Instant(@case.DueAt)
            : calendar.AddBusinessMinutes(CaseAccess.Instant(@case.DueAt), calendar.BusinessMinutesBetween(CaseAccess.Instant(openPause.StartedAt), CaseAccess.Instant(now)));
}
