using Frontline.Data;
using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Marks contact imports whose app node stopped (restart, crash, deploy) as interrupted, through the audited save.
/// <para>
/// How a stopped node is recognised, with the least schema: the node holding an import (queued or running) writes a
/// heartbeat on it every minute or so (<see cref="ContactImport.HeartbeatAt"/>, one nullable column). An unfinished
/// import with no heartbeat for <see cref="CasesOptions.ImportStaleMinutes"/> belongs to a node that is gone, whichever
/// node looks. A node or process id alone could not tell whether another node is still alive (and container names
/// change on every deploy), so it would need a heartbeat anyway. On SQLite the database is embedded and one process
/// holds it, so at start-up every unfinished import is from a process that has gone: no waiting there.
/// </para>
/// Runs at start-up (in <see cref="ContactImportWorker"/>) and whenever an import's progress is read.
/// </summary>
public sealed class InterruptedImports(FrontlineDbContext db, ContactImportQueue queue, TimeProvider clock, IOptions<CasesOptions> options)
{
    /// <summary>Marks every abandoned import; returns how many.</summary>
    public async Task<int> MarkAllAsync(bool atStartUp, CancellationToken cancellationToken)
    {
        // Few imports are ever unfinished at once: load them and decide with the domain's rule.
        var unfinished = await db.Set<ContactImport>()
            .Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running)
            .ToListAsync(cancellationToken);
        var cutoff = atStartUp && db.Provider == DatabaseProvider.Sqlite ? (DateTime?)null : Cutoff();
        var marked = unfinished.Count(i => Mark(i, cutoff));
        if (marked > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return marked;
    }

    /// <summary>Marks <paramref name="import"/> (tracked by this scope's context) when abandoned; the caller saves.</summary>
    public bool Mark(ContactImport import) => Mark(import, Cutoff());

    private bool Mark(ContactImport import, DateTime? cutoff)
    {
        // An import this node holds is alive, whatever its heartbeat says.
        if (queue.Holds(import.Id) || !import.IsAbandoned(cutoff))
        {
            return false;
        }

        import.MarkInterrupted(clock.GetUtcNow().UtcDateTime);
        return true;
    }

    private DateTime Cutoff() => clock.GetUtcNow().UtcDateTime - options.Value.ImportStaleAfter;
}
