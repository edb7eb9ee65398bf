using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>A reviewer comments on one clause of the version being drafted or reviewed.</summary>
public sealed class CommentOnClause(PolicyChanges changes, CurrentStaff me, TimeProvider clock)
{
    public Task<CommunicationPolicy> ExecuteAsync(Guid id, CommentRequest request, CancellationToken cancellationToken) =>
        changes.ApplyAsync(id, request.Revision, p => p.Comment(request.ClauseId, me.Id, request.Text, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
