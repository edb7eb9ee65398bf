using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Compliance.DataProtection;
using Frontline.Web.Features.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Erasure of a customer's contacts (notes, recording reference; kept for the schedule's contact period from the contact,
/// e.g. SYSC 10A's five years where it applies) and cases (what the customer told us; kept from closure). Timings,
/// channels and outcomes stay, anonymous, for the centre's figures.
/// </summary>
public sealed class CaseErasure(FrontlineDbContext db) : IPersonalDataEraser
{
    public Task<IReadOnlyList<ErasureLine>> AssessAsync(ErasureContext context, CancellationToken cancellationToken) => RunAsync(context, false, cancellationToken);

    public Task<IReadOnlyList<ErasureLine>> EraseAsync(ErasureContext context, CancellationToken cancellationToken) => RunAsync(context, true, cancellationToken);

    public async Task<int> EraseExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var contacts = await db.Set<Contact>().Where(c => c.RestrictedUntil != null && c.RestrictedUntil <= today).ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            contact.Anonymise();
            (contact.RestrictedUntil, contact.RestrictionReason) = (null, null);
        }

        var cases = await db.Set<Case>().Where(c => c.RestrictedUntil != null && c.RestrictedUntil <= today).ToListAsync(cancellationToken);
        foreach (var @case in cases)
        {
            @case.Anonymise();
            (@case.RestrictedUntil, @case.RestrictionReason) = (null, null);
        }

        return contacts.Count + cases.Count;
    }

    private async Task<IReadOnlyList<ErasureLine>> RunAsync(ErasureContext context, bool apply, CancellationToken cancellationToken)
    {
        var contacts = await db.Set<Contact>().Where(c => c.CustomerId == context.CustomerId).ToListAsync(cancellationToken);
        var cases = await db.Set<Case>().Where(c => c.CustomerId == context.CustomerId).ToListAsync(cancellationToken);
        return
        [
            .. ErasurePlan.Apply(DataClasses.Contacts, contacts,
                c => context.Schedule.KeepUntil(DataClasses.Contacts, DateOnly.FromDateTime(c.OfferedAt ?? c.CreatedAt), context.Today),
                context, apply, c => c.Anonymise(), (c, until, reason) => (c.RestrictedUntil, c.RestrictionReason) = (until, reason)),
            .. ErasurePlan.Apply(DataClasses.Cases, cases,
                c => context.Schedule.KeepUntil(DataClasses.Cases, DateOnly.FromDateTime(c.ClosedAt ?? c.ResolvedAt ?? c.CreatedAt), context.Today),
                context, apply, c => c.Anonymise(), (c, until, reason) => (c.RestrictedUntil, c.RestrictionReason) = (until, reason)),
        ];
    }
}
