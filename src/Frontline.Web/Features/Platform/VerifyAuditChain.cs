using Frontline.Data;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Platform;

/// <summary>Reads the whole audit trail in order (streamed) and checks its hash chain.</summary>
public static class VerifyAuditChain
{
    public static async Task<AuditVerification> ExecuteAsync(FrontlineDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var verifier = new AuditChainVerifier();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }
}
