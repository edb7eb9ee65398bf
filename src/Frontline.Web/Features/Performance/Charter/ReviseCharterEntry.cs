using Frontline.Data;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Performance.Charter;

/// <summary>Rewrites or retires a line of the charter. Based on an older revision: 409.</summary>
public sealed class ReviseCharterEntry(FrontlineDbContext db, TimeProvider clock, CharterDirectory directory)
{
    public async Task<CharterView> ExecuteAsync(Guid id, CharterRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = await directory.LoadAsync(id, cancellationToken);
        CheckRevision(entry.Version, request.Revision, "line of the charter");
        var definition = request.ToDefinition().Validated();
        await directory.CheckLinksAsync(definition, cancellationToken);
        entry.Revise(definition, request.IsRetired ?? entry.IsRetired, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await directory.GetAsync(id, cancellationToken);
    }

    public static void CheckRevision(int current, int? yours, string what)
    {
        if (yours is { } revision && revision != current)
        {
            throw new DomainException("version.stale", $"This {what} was changed by someone else (revision {current}, yours {revision}). Reload and apply your change again.",
                DomainErrorKind.Conflict, "revision");
        }
    }
}
