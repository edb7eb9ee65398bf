using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Approves the template's draft for use (409 while a variant fails a blocking language check).</summary>
public sealed class ApproveTemplate(FrontlineDbContext db, TemplateDirectory directory, CurrentStaff me, TimeProvider clock)
{
    public async Task<(MessageTemplate Template, TemplateVersion Version)> ExecuteAsync(Guid id, int? revision, CancellationToken cancellationToken)
    {
        var template = await directory.LoadAsync(id, tracked: true, cancellationToken);
        WriteTemplate.CheckRevision(template, revision);
        var version = template.Approve(me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return (template, version);
    }
}
