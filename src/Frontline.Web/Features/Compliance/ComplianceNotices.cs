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

    /// <summary>The people concerned and their line managers hear that the route was chosen (they may open the record).
    /// The message names no procedure: notifications are readable outside the confidentiality rule (the audit trail).</summary>
    public async Task RoutedAsync(Breach b, CancellationToken cancellationToken)
    {
        foreach (var (id, manager) in await people.LineManagersAsync(b.StaffIds, cancellationToken))
        {
            notifications.Queue(new NotificationRequest(id, "breach-routed", "A breach record concerning you was updated",
                "Open the record to see how it is being dealt with and what happens next.", Link(b.Id), "you are named in the breach"));
            if (manager is { } m)
            {
                notifications.Queue(new NotificationRequest(m, "breach-routed", "A breach record concerning someone you manage was updated",
                    "Open the record to see how it is being dealt with and support the next step.", Link(b.Id),
                    "you are the line manager of a colleague named in the breach"));
            }
        }
    }

    /// <summary>The people concerned hear of each formal stage recorded.</summary>
    public void StageRecorded(Breach b, ProcedureStep step)
    {
        foreach (var id in b.StaffIds)
        {
            notifications.Queue(new NotificationRequest(id, "breach-stage", "A breach record concerning you has a new step",
                "Open the record to read it. You have the right to be accompanied at any meeting by a colleague or trade-union representative.",
                Link(b.Id), "you are named in the breach"));
        }
    }
}
