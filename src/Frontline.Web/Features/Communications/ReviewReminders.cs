using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Tells the author and the managers when a published policy's review falls due, and a procedure's owner when an
/// approved procedure's does: once per review date (the version records the date it was reminded for, saved with the
/// notices, so a second run — on demand, after a restart, on another node — sends nothing).
/// </summary>
public sealed class ReviewReminders(FrontlineDbContext db, CommsPeople people, INotifications notifications, TimeProvider clock)
{
    public const string PolicyKind = "communications.policy-review-due";
    public const string ProcedureKind = "communications.procedure-review-due";

    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.LocalDate(clock.GetUtcNow());
        var managers = await people.ActiveWithAnyRoleAsync(CommunicationsAccess.Agreers, cancellationToken);
        var policies = await db.Set<PolicyVersion>()
            .Where(v => v.Status == PolicyStatus.Published && v.ReviewDueOn != null && v.ReviewDueOn <= today && v.ReviewRemindedFor != v.ReviewDueOn)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var version in policies)
        {
            version.ReviewRemindedFor = version.ReviewDueOn;
            foreach (var recipient in managers.Append(version.AuthorId).Distinct())
            {
                notifications.Queue(new NotificationRequest(recipient, PolicyKind, $"Policy review due: {version.Title}",
                    $"\u201c{version.Title}\u201d version {version.Number} was due for review on {version.ReviewDueOn:d MMMM yyyy}. Start a new version to review it.",
                    $"/communications/policies/{version.PolicyId}",
                    recipient == version.AuthorId ? "you drafted this policy" : "you are a manager who agrees communication policies"));
                sent++;
            }
        }

        var procedures = await db.Set<ProcedureVersion>()
            .Where(v => v.Status == ProcedureStatus.Approved && v.ReviewOn <= today && v.ReviewRemindedFor != v.ReviewOn).ToListAsync(cancellationToken);
        foreach (var version in procedures)
        {
            version.ReviewRemindedFor = version.ReviewOn;
            notifications.Queue(new NotificationRequest(version.OwnerId, ProcedureKind, $"Procedure review due: {version.Title}",
                $"\u201c{version.Title}\u201d was due for review on {version.ReviewOn:d MMMM yyyy}. Start a new version to review it against the policy in force.",
                $"/communications/procedures/{version.ProcedureId}", "you own this procedure"));
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Daily at 07:00 UK time: reminders of policy and procedure reviews that have fallen due.</summary>
[DisallowConcurrentExecution]
public sealed class ReviewRemindersJob(ReviewReminders reminders) : IJob
{
    public const string Name = "communications-review-reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await reminders.SendAsync(cancellationToken);
}
