using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Web.Features.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>What Customers holds about a customer, for a subject access export: the record, support needs (sensitive),
/// authorised third parties (as the customer named them) and the verification history (outcomes and levels, never the
/// answers or secrets).</summary>
public sealed class CustomerPersonalData(FrontlineDbContext db) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var c = await db.Set<Customer>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == customerId, cancellationToken);
        if (c is null)
        {
            return [];
        }

        var record = new Dictionary<string, object?>
        {
            ["reference"] = c.Reference, ["firstName"] = c.FirstName, ["lastName"] = c.LastName, ["dateOfBirth"] = c.DateOfBirth, ["postcode"] = c.Postcode,
            ["address"] = c.AddressLines, ["phones"] = c.Phones, ["email"] = c.Email, ["preferredChannel"] = c.PreferredChannel?.ToString(),
            ["communicationNeeds"] = c.CommunicationNeeds, ["securityQuestion"] = c.SecurityQuestion, ["createdAt"] = c.CreatedAt,
        };
        var sections = new List<PersonalDataSection>
        {
            new("customer", "The customer record", [record], ["Security answers and passcode characters are held only as one-way hashes and are not disclosed."]),
        };
        var vulnerability = await db.Set<CustomerVulnerability>().AsNoTracking().SingleOrDefaultAsync(v => v.CustomerId == customerId, cancellationToken);
        if (vulnerability is not null)
        {
            sections.Add(new("support-needs", "Support needs recorded with consent (special category data)",
                [new Dictionary<string, object?>
                {
                    ["drivers"] = vulnerability.Drivers, ["circumstances"] = vulnerability.Circumstances, ["needsAndAdjustments"] = vulnerability.NeedsAndAdjustments,
                    ["consentRecorded"] = vulnerability.ConsentRecorded, ["temporary"] = vulnerability.Temporary, ["reviewDate"] = vulnerability.ReviewDate,
                }], []));
        }

        var thirdParties = await db.Set<AuthorisedThirdParty>().AsNoTracking().Where(t => t.CustomerId == customerId).ToListAsync(cancellationToken);
        if (thirdParties.Count > 0)
        {
            sections.Add(new("authorised-third-parties", "People the customer authorised to act for them",
                [.. thirdParties.Select(t => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["name"] = t.FullName, ["authority"] = t.Authority.ToString(), ["validUntil"] = t.ValidUntil,
                })],
                ["Third parties' dates of birth, postcodes and documents are their personal data and are withheld."]));
        }

        var verifications = await db.Set<IdentityVerification>().AsNoTracking().Where(v => v.CustomerId == customerId).OrderBy(v => v.StartedAt)
            .ToListAsync(cancellationToken);
        sections.Add(new("verification-history", "Identity checks: when, on which channel, outcome and level reached",
            [.. verifications.Select(v => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["startedAt"] = v.StartedAt, ["channel"] = v.Channel, ["outcome"] = v.Outcome.ToString(), ["levelReached"] = v.LevelReached.ToString(),
                ["byThirdParty"] = v.ThirdPartyId is not null,
            })],
            ["The answers given and the questions' expected answers are never disclosed (secrets); the colleagues who ran the checks are not named."]));
        return sections;
    }
}
