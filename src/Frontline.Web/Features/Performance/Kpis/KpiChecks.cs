using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Kpis;

/// <summary>The checks a definition needs against the data: the queue, team and reviewer it names exist, the channel is known.</summary>
public sealed class KpiChecks(FrontlineDbContext db, IContactMeasures contacts)
{
    public async Task CheckAsync(KpiDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Filters.Channel is { } channel && !ContactChannels.IsKnown(channel))
        {
            throw new DomainException("kpi.filter-channel", $"Unknown channel '{channel}': use one of {string.Join(", ", ContactChannels.All)}.", DomainErrorKind.Invalid,
                "filters.channel");
        }

        if (definition.Filters.Queue is { } queue && !(await contacts.QueuesAsync(cancellationToken)).Contains(queue, StringComparer.Ordinal))
        {
            throw new DomainException("kpi.filter-queue", $"No contact has ever been offered on a queue named '{queue}': check the queue's name.", DomainErrorKind.Invalid,
                "filters.queue");
        }

        if (definition.Filters.TeamId is { } team && !await db.Set<Team>().AnyAsync(t => t.Id == team, cancellationToken))
        {
            throw new DomainException("kpi.filter-team", "There is no team with this id.", DomainErrorKind.Invalid, "filters.teamId");
        }

        if (definition.ReviewerId is { } reviewer && !await db.Set<StaffMember>().AnyAsync(s => s.Id == reviewer, cancellationToken))
        {
            throw new DomainException("kpi.reviewer", "There is no staff member with this id.", DomainErrorKind.Invalid, "reviewerId");
        }
    }
}
