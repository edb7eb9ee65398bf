using Frontline.Data;
using Frontline.Domain.Compliance.DataProtection;
using Frontline.Domain.Customers;
using Frontline.Web.Features.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Erasure of the customer record: contact details, date of birth, needs and search keys are blanked at once; support
/// needs, authorised third parties and hashed secrets are deleted. The name stays, restricted, while another module keeps
/// records about the person (a complaint record must name the complainant, DISP 1.9), and goes when they do. The
/// verification history stays: outcomes and levels only, about a person no longer identifiable.
/// </summary>
public sealed class CustomerErasure(FrontlineDbContext db) : IPersonalDataEraser
{
    public bool HoldsIdentity => true;

    public Task<IReadOnlyList<ErasureLine>> AssessAsync(ErasureContext context, CancellationToken cancellationToken) => RunAsync(context, false, cancellationToken);

    public Task<IReadOnlyList<ErasureLine>> EraseAsync(ErasureContext context, CancellationToken cancellationToken) => RunAsync(context, true, cancellationToken);

    public async Task<int> EraseExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var due = await db.Set<Customer>().Where(c => c.RestrictedUntil != null && c.RestrictedUntil <= today).ToListAsync(cancellationToken);
        foreach (var customer in due)
        {
            customer.Anonymise(keepName: false);
            (customer.RestrictedUntil, customer.RestrictionReason) = (null, null);
        }

        return due.Count;
    }

    private async Task<IReadOnlyList<ErasureLine>> RunAsync(ErasureContext context, bool apply, CancellationToken cancellationToken)
    {
        var customer = await db.Set<Customer>().SingleOrDefaultAsync(c => c.Id == context.CustomerId, cancellationToken);
        if (customer is null)
        {
            return [];
        }

        var lines = new List<ErasureLine>();
        if (context.OthersKeepUntil is { } until)
        {
            lines.Add(new ErasureLine(DataClasses.CustomerRecord, 1, ErasureAction.Restricted,
                "The name is kept, restricted, as long as retained records about the person need it (a complaint record names the complainant, " +
                "DISP 1.9); contact details, date of birth, needs and search keys are erased now.", until));
        }
        else
        {
            lines.Add(new ErasureLine(DataClasses.CustomerRecord, 1, ErasureAction.Erased, "Name, contact details, date of birth, needs and search keys blanked."));
        }

        var needs = await db.Set<CustomerVulnerability>().Where(v => v.CustomerId == context.CustomerId).ToListAsync(cancellationToken);
        var thirdParties = await db.Set<AuthorisedThirdParty>().Where(t => t.CustomerId == context.CustomerId).ToListAsync(cancellationToken);
        var secrets = await db.Set<CustomerSecret>().Where(s => s.CustomerId == context.CustomerId).ToListAsync(cancellationToken);
        AddDeleted(lines, DataClasses.SupportNeeds, needs.Count, "Special category data with no reason to keep it.");
        AddDeleted(lines, DataClasses.AuthorisedThirdParties, thirdParties.Count, "The people the customer authorised: no reason to keep them.");
        AddDeleted(lines, DataClasses.VerificationSecrets, secrets.Count, "Hashed security answers and passcode characters.");
        if (apply)
        {
            customer.Anonymise(keepName: context.OthersKeepUntil is not null);
            (customer.RestrictedUntil, customer.RestrictionReason) = context.OthersKeepUntil is { } keep
                ? (keep, "The complainant's name in records kept under retention despite an erasure request.")
                : ((DateOnly?)null, (string?)null);
            db.RemoveRange(needs);
            db.RemoveRange(thirdParties);
            db.RemoveRange(secrets);
        }

        return lines;
    }

    private static void AddDeleted(List<ErasureLine> lines, string dataClass, int count, string reason)
    {
        if (count > 0)
        {
            lines.Add(new ErasureLine(dataClass, count, ErasureAction.Deleted, reason));
        }
    }
}
