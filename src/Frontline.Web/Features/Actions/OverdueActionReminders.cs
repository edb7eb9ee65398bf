using Frontline.Data;
using Frontline.Domain.Actions;
using Frontline.Domain.People;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Frontline.Web.Features.Actions;

/// <summary>
/// Tells the owner of each overdue action, and the owner's line manager, once a day per action: the reminder rows'
/// key (action, person, day) means a second run the same day — on demand, after a restart, on another node — sends nothing.
/// </summary>
public sealed class OverdueActionReminders(FrontlineDbContext db, INotifications notifications, TimeProvider clock)
{
    public const string Kind = "action-overdue";

    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = UkTime.LocalDate(now);
        var overdue = await (
                from a in db.Set<ImprovementAction>().AsNoTracking()
                where (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueOn < today && a.OwnerId != null
                join s in db.Set<StaffMember>() on a.OwnerId equals s.Id
                select new { a.Id, a.Title, a.DueOn, OwnerId = s.Id, OwnerName = s.DisplayName, s.LineManagerId })
            .ToListAsync(cancellationToken);
        var sentToday = (await db.Set<ActionReminder>().AsNoTracking().Where(r => r.OnDate == today)
                .Select(r => new { r.ActionId, r.RecipientId }).ToListAsync(cancellationToken))
            .Select(r => (r.ActionId, r.RecipientId)).ToHashSet();
        var sent = 0;
        foreach (var action in overdue)
        {
            var days = today.DayNumber - action.DueOn.DayNumber;
            var due = $"was due on {action.DueOn:d MMMM yyyy} ({days} day{(days == 1 ? "" : "s")} ago)";
            var recipients = new List<(Guid Id, string Subject, string Body, string Reason)>
            {
                (action.OwnerId, $"Overdue: {action.Title}", $"Your improvement action \"{action.Title}\" {due}. Update it, or record the evidence that it is done.",
                    "you own this action"),
            };
            if (action.LineManagerId is { } manager && manager != action.OwnerId)
            {
                recipients.Add((manager, $"Overdue in your team: {action.Title}", $"{action.OwnerName}'s improvement action \"{action.Title}\" {due}.",
                    "you are the line manager of the action's owner"));
            }

            foreach (var r in recipients.Where(r => !sentToday.Contains((action.Id, r.Id))))
            {
                db.Add(new ActionReminder { ActionId = action.Id, RecipientId = r.Id, OnDate = today, SentAt = now.UtcDateTime });
                notifications.Queue(new NotificationRequest(r.Id, Kind, r.Subject, r.Body, $"/actions/{action.Id}", r.Reason));
                sent++;
            }
        }

        // One save: the reminders' key refuses a duplicate from a concurrent run, and then none of this run's notices is written.
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Daily at 07:00 UK time, and on demand (<c>POST /api/v1/actions/reminders</c>).</summary>
[DisallowConcurrentExecution]
public sealed class OverdueActionRemindersJob(OverdueActionReminders reminders) : IJob
{
    public const string Name = "overdue-action-reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await reminders.SendAsync(cancellationToken);
}
