using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

/// <summary>Opens the draft for review: reviewers comment on its clauses.</summary>
public sealed class SendPolicyForReview(PolicyChanges changes, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, revision, p => p.StartReview(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
