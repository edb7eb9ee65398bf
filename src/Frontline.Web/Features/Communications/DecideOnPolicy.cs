using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Platform.Notifications;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// A manager records their agreement or rejection (who, role, when, comment). A rejection returns the version to draft
/// and tells its author why.
/// </summary>
public sealed class DecideOnPolicy(PolicyChanges changes, CurrentStaff me, INotifications notifications, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, AgreementRequest request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, request.Revision, policy =>
        {
            var signOff = policy.Decide(request.Version, me.Id, Roles.DisplayName(Roles.Manager), request.Decision, request.Comment, clock.GetUtcNow().UtcDateTime);
            if (signOff.Decision == SignOffDecision.Reject)
            {
                var version = policy.Versions.Single(v => v.Id == signOff.VersionId);
                notifications.Queue(new NotificationRequest(version.AuthorId, "communications.policy-rejected", $"Policy returned to draft: {version.Title}",
                    $"Management rejected version {version.Number}: {signOff.Comment}", $"/communications/policies/{policy.Id}", "you drafted this policy"));
            }
        }, cancellationToken);
}
