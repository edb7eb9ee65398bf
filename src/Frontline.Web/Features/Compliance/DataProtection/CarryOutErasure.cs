using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Quality;

namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>
/// Carries out an erasure request: each module anonymises what may go and restricts what retention keeps, and the request
/// records the outcome, all in one save (nothing half-erased). Refused, with the reason and nothing changed, while a module
/// says it must wait (an open complaint). The audit trail records every change with personal values masked; nothing is
/// removed from it, so its hash chain still verifies.
/// </summary>
public sealed class CarryOutErasure(FrontlineDbContext db, ErasureDesk desk, TimeProvider clock)
{
    public async Task<Domain.Compliance.DataProtection.ErasureRequest> ExecuteAsync(Guid id, CarryOutErasureRequest request, CancellationToken cancellationToken)
    {
        var erasure = await desk.LoadAsync(id, cancellationToken);
        ComplianceAccess.CheckVersion("erasure request", erasure.Version, request.Version);
        if (erasure.Status == Domain.Compliance.DataProtection.ErasureStatus.Completed)
        {
            throw new DomainException("erasure.done", "This request was already carried out.", DomainErrorKind.Conflict);
        }

        if (await desk.RefusalAsync(erasure.CustomerId, cancellationToken) is { } refusal)
        {
            throw new DomainException("erasure.refused", $"Erasure refused: {refusal}", DomainErrorKind.Conflict);
        }

        var outcome = await desk.RunAsync(erasure.CustomerId, (eraser, context) => eraser.EraseAsync(context, cancellationToken), cancellationToken);
        erasure.Complete(outcome, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return erasure;
    }
}
