using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform.Notifications;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Submits the version for management agreement (refused while a mandatory component has no clause or a review comment
/// is open) and tells each manager who may agree it, in the same save.
/// </summary>
public sealed class SubmitPolicy(PolicyChanges changes, CommsPeople people, INotifications notifications, TimeProvider clock)
{
    public async Task<CommunicationPolicy> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken)
    {
        var managers = await people.ActiveWithAnyRoleAsync(CommunicationsAccess.Agreers, cancellationToken);
        return await changes.ApplyAsync(id, revision, policy =>
        {
            var version = policy.Submit(clock.GetUtcNow().UtcDateTime);
            foreach (var manager in managers.Where(m => m != version.AuthorId || version.AuthorMaySign))
            {
                notifications.Queue(new NotificationRequest(manager, "communications.policy-submitted", $"Policy to agree: {version.Title} (version {version.Number})",
                    $"\u201c{version.Title}\u201d version {version.Number} needs {version.RequiredAgreements} management agreement(s). Read it and agree or reject it.",
                    $"/communications/policies/{policy.Id}", "you are a manager who agrees communication policies"));
            }
        }, cancellationToken);
    }
}
