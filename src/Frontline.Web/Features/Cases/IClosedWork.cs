using Frontline.Data;
using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>A contact that ended, or a case that was resolved or closed, with who handled it.</summary>
public sealed record ClosedWork(Guid? ContactId, Guid? CaseId, Guid? CustomerId, Guid? AgentId, Guid? TeamId, DateTime ClosedAt);

/// <summary>
/// Contacts that ended and cases that were resolved (or closed without being resolved) in a window: owned by Cases,
/// asked by Quality's automatic survey invitations so that Quality never reads the contacts or cases tables. Not
/// scoped to a caller: the invitation run has nobody signed in.
/// </summary>
public interface IClosedWork
{
    /// <summary>Contacts with a customer that ended in (<paramref name="afterUtc"/>, <paramref name="upToUtc"/>], oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ClosedWork>> ContactsEndedAsync(DateTime afterUtc, DateTime upToUtc, int limit, CancellationToken cancellationToken);

    /// <summary>Cases resolved (or closed unresolved) in (<paramref name="afterUtc"/>, <paramref name="upToUtc"/>], oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ClosedWork>> CasesClosedAsync(DateTime afterUtc, DateTime upToUtc, int limit, CancellationToken cancellationToken);
}

/// <summary>Range reads on the EndedAt, ResolvedAt and ClosedAt indexes.</summary>
public sealed class ClosedWorkReader(FrontlineDbContext db) : IClosedWork
{
    public async Task<IReadOnlyList<ClosedWork>> ContactsEndedAsync(DateTime afterUtc, DateTime upToUtc, int limit, CancellationToken cancellationToken) =>
        await db.Set<Contact>().AsNoTracking()
            .Where(c => c.EndedAt > afterUtc && c.EndedAt <= upToUtc && c.CustomerId != null)
            .OrderBy(c => c.EndedAt).ThenBy(c => c.Id).Take(limit)
            .Select(c => new ClosedWork(c.Id, c.CaseId, c.CustomerId, c.AgentId, c.TeamId, c.EndedAt!.Value))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ClosedWork>> CasesClosedAsync(DateTime afterUtc, DateTime upToUtc, int limit, CancellationToken cancellationToken)
    {
        var resolved = await db.Set<Case>().AsNoTracking()
            .Where(c => c.ResolvedAt > afterUtc && c.ResolvedAt <= upToUtc)
            .OrderBy(c => c.ResolvedAt).Take(limit)
            .Select(c => new ClosedWork(null, c.Id, c.CustomerId, c.OwnerId, c.TeamId, c.ResolvedAt!.Value))
            .ToListAsync(cancellationToken);
        var closedUnresolved = await db.Set<Case>().AsNoTracking()
            .Where(c => c.ResolvedAt == null && c.ClosedAt > afterUtc && c.ClosedAt <= upToUtc)
            .OrderBy(c => c.ClosedAt).Take(limit)
            .Select(c => new ClosedWork(null, c.Id, c.CustomerId, c.OwnerId, c.TeamId, c.ClosedAt!.Value))
            .ToListAsync(cancellationToken);
        return [.. resolved.Concat(closedUnresolved).OrderBy(w => w.ClosedAt).ThenBy(w => w.CaseId).Take(limit)];
    }
}
