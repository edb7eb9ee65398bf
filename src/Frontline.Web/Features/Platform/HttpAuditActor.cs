using System.Security.Claims;
using Frontline.Data.Platform;

namespace Frontline.Web.Features.Platform;

/// <summary>The audit actor of a request: the signed-in staff member, or <c>system</c> outside a request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? ActorId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string ActorName => accessor.HttpContext?.User.Identity?.Name ?? SystemActor.Instance.ActorName;
}
