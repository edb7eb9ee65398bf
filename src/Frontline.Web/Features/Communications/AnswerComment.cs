using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>The author answers a review comment and may resolve it.</summary>
public sealed class AnswerComment(PolicyChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, Guid commentId, ClauseAnswerRequest request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, request.Revision, p => p.Answer(commentId, me.Id, request.Reply, request.Resolve, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
