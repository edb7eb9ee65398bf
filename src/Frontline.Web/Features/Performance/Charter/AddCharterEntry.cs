using Frontline.Data;
using Frontline.Domain.Performance;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Performance.Charter;

/// <summary>Adds an aim, objective or offer to the charter; nothing is saved when a rule or a link refuses it.</summary>
public sealed class AddCharterEntry(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, CharterDirectory directory)
{
    public async Task<CharterView> ExecuteAsync(CharterRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.ToDefinition().Validated();
        await directory.CheckLinksAsync(definition, cancellationToken);
        var entry = CharterEntry.Create(definition, me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return await directory.GetAsync(entry.Id, cancellationToken);
    }
}

public static class CharterRequests
{
    public static CharterDefinition ToDefinition(this CharterRequest request) =>
        new(request.Kind ?? (CharterKind)(-1), request.Title ?? "", request.Statement ?? "", request.KpiIds ?? [], request.PolicyId);
}
