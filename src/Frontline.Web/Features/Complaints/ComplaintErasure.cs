using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Compliance.DataProtection;
using Frontline.Web.Features.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Erasure of a customer's complaints: an open complaint refuses the erasure (it is still being handled); a closed one is
/// kept restricted for its retention (DISP 1.9.1R; the schedule counts from closure, which is never before receipt) and
/// erased when that ends; past its retention it is erased at once (description, third party's name, letters' text).
/// </summary>
public sealed class ComplaintErasure(FrontlineDbContext db) : IPersonalDataEraser
{
    public async Task<string?> RefusalAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var open = await db.Set<Complaint>().AsNoTracking()
            .Where(c => c.CustomerId == customerId && (c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Acknowledged
                || c.Status == ComplaintStatus.Investigating))
            .CountAsync(cancellationToken);
        return open == 0 ? null
            : $"The customer has {open} open complaint(s): they must be answered first (DISP 1.6) and are kept as records under DISP 1.9.";
    }

    public Task<IReadOnlyList<ErasureLine>> AssessAsync(ErasureContext context, CancellationToken cancellationToken) => RunAsync(context, false, cancellationToken);

    public Task<IReadOnlyList<ErasureLine>> EraseAsync(ErasureContext context, CancellationToken cancellationToken) => RunAsync(context, true, cancellationToken);

    public async Task<int> EraseExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var due = await db.Set<Complaint>().Include(c => c.Letters).Where(c => c.RestrictedUntil != null && c.RestrictedUntil <= today).ToListAsync(cancellationToken);
        foreach (var complaint in due)
        {
            complaint.Anonymise();
            complaint.RestrictedUntil = null;
            complaint.RestrictionReason = null;
        }

        return due.Count;
    }

    private async Task<IReadOnlyList<ErasureLine>> RunAsync(ErasureContext context, bool apply, CancellationToken cancellationToken)
    {
        var complaints = await db.Set<Complaint>().Include(c => c.Letters).Where(c => c.CustomerId == context.CustomerId).ToListAsync(cancellationToken);
        return ErasurePlan.Apply(DataClasses.Complaints, complaints,
            c => context.Schedule.KeepUntil(DataClasses.Complaints, DateOnly.FromDateTime(c.ClosedAt ?? c.RespondedAt ?? c.ReceivedAt), context.Today),
            context, apply, c => c.Anonymise(),
            (c, until, reason) => (c.RestrictedUntil, c.RestrictionReason) = (until, reason));
    }
}
