using Frontline.Data;
using Frontline.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// The identity verifications made in a contact (outcome and level reached, never the answers), for reviewers of the
/// contact such as Quality. The caller has already checked that the contact is in its scope.
/// </summary>
public interface IContactVerifications
{
    Task<IReadOnlyList<ContactVerificationView>> ForContactAsync(Guid contactId, CancellationToken cancellationToken);
}

/// <summary>One verification in a contact: outcome, level reached and which factors passed.</summary>
public sealed record ContactVerificationView(DateTimeOffset StartedAt, string Outcome, string LevelReached, string TargetLevel,
    IReadOnlyList<string> FactorsPassed, IReadOnlyList<string> FactorsFailed, bool ThirdParty);

internal sealed class ContactVerifications(FrontlineDbContext db) : IContactVerifications
{
    public async Task<IReadOnlyList<ContactVerificationView>> ForContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IdentityVerification>().AsNoTracking().Where(v => v.ContactId == contactId).OrderBy(v => v.StartedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(v => new ContactVerificationView(new DateTimeOffset(DateTime.SpecifyKind(v.StartedAt, DateTimeKind.Utc)),
            v.Outcome.ToString().ToLowerInvariant(), v.LevelReached.ToString().ToLowerInvariant(), v.TargetLevel.ToString().ToLowerInvariant(),
            [.. v.Results.Where(r => r.Passed).Select(r => IdvFactors.Label(r.Factor))], [.. v.Results.Where(r => !r.Passed).Select(r => IdvFactors.Label(r.Factor))],
            v.ThirdPartyId is not null))];
    }
}
