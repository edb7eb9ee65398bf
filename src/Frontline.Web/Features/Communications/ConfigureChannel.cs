using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>A manager sets whether a channel is offered and its costs (negative costs refused; a stale revision is 409).</summary>
public sealed class ConfigureChannel(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<ChannelSettings> ExecuteAsync(string channel, ChannelSettingsRequest request, CancellationToken cancellationToken)
    {
        var existing = await db.Set<ChannelSettings>().SingleOrDefaultAsync(c => c.Channel == channel, cancellationToken);
        if (request.Revision is { } r && r != (existing?.Version ?? 0))
        {
            throw new Domain.Platform.DomainException("version.stale", "These costs were changed by someone else. Reload and apply your change again.",
                Domain.Platform.DomainErrorKind.Conflict, "revision");
        }

        var settings = ChannelSettings.Configure(existing, channel, request.Offered,
            new ChannelCosts(request.StaffPencePerHour, request.TechnologyPencePerMonth, request.TechnologyPencePerContact, request.PostagePencePerContact), me.Id,
            clock.GetUtcNow().UtcDateTime);
        if (existing is null)
        {
            db.Add(settings);
        }

        await db.SaveChangesAsync(cancellationToken);
        return settings;
    }
}
