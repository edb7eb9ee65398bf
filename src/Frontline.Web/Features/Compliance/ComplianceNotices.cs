using Frontline.Domain.Compliance;
using Frontline.Web.Features.Platform.Notifications;

namespace Frontline.Web.Features.Compliance;

/// <summary>What Compliance tells people, and why. Queued in the caller's unit of work.</summary>
public sealed class ComplianceNotices(INotifications notifications, CompliancePeople people)
{
    public static string Link(Guid breachId) => $"/compliance/breaches/{breachId}";

    /// <summary>Compliance officers hear of a suspected breach to confirm or dismiss, and of a personal-data breach's ICO clock.</summary>
    public async Task RecordedAsync(Breach b, string? citation, CancellationToken cancellationToken)
    {
        var officers = await people.WithRolesAsync([Domain.Platform.Roles.ComplianceOfficer], cancellationToken);
        foreach (var (id, _) in officers)
        {
            if (b.Status == BreachStatus.Suspected)
            {
                notifications.Queue(new NotificationRequest(id, "breach-suspected", $"Suspected breach{(citation is null ? "" : " of " + citation)} to confirm",
                    "A QA evaluation failed a compliance-critical criterion. Confirm the breach or dismiss it with a reason.", Link(b.Id),
                    "you are a compliance officer"));
            }
            else if (b.PersonalDataBreach)
            {
                notifications.Queue(new NotificationRequest(id, "breach-personal-data", "Personal-data breach: the ICO clock is running",
                    $"A personal-data breach was recorded. If it is reportable, notify the ICO by {b.IcoNotificationDueAt:yyyy-MM-dd HH:mm} UTC (72 hours from awareness).",
                    Link(b.Id), "you are a compliance officer"));
            }
        }
    }

    /// <summary>The people concerned and their line managers hear of the route chosen (they may see the record).</summary>
    public async Task RoutedAsync(Breach b, CancellationToken cancellationToken)
    {
        var route = b.Route switch
        {
            BreachRoute.Coaching => "coaching (informal)",
            BreachRoute.Disciplinary => "the disciplinary procedure",
            BreachRoute.Grievance => "the grievance procedure",
            BreachRoute.None => "no route",
        };
        foreach (var (id, manager) in await people.LineManagersAsync(b.StaffIds, cancellationToken))
        {
            notifications.Queue(new NotificationRequest(id, "breach-routed", $"A breach you were involved in is dealt with by {route}",
                b.Route == BreachRoute.Coaching
                    ? "A development need was recorded for you; your line manager will arrange coaching."
                    : "A formal procedure has started. You have the right to be accompanied at any meeting by a colleague or trade-union representative.",
                Link(b.Id), "you are named in the breach"));
            if (manager is { } m)
            {
                notifications.Queue(new NotificationRequest(m, "breach-routed", $"A breach by someone you manage is dealt with by {route}",
                    "Read the breach record and support the next step.", Link(b.Id), "you are the line manager of a colleague named in the breach"));
            }
        }
    }

    /// <summary>The people concerned hear of each formal stage recorded.</summary>
    public void StageRecorded(Breach b, ProcedureStep step)
    {
        foreach (var id in b.StaffIds)
        {
            notifications.Queue(new NotificationRequest(id, "breach-stage", $"Formal procedure: {FormalProcedure.Words(step.Stage)} recorded",
                $"The {FormalProcedure.Words(step.Stage)} was recorded for {step.On:d MMM yyyy}.", Link(b.Id), "you are named in the breach"));
        }
    }
}
