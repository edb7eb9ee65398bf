using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Web.Features.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>What Cases holds about a customer, for a subject access export: contacts (with notes) and cases.</summary>
public sealed class CasePersonalData(FrontlineDbContext db) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Channel, c.Direction, c.Queue, c.OfferedAt, c.AnsweredAt, c.EndedAt, c.Outcome, c.Notes, c.ExternalReference, c.CreatedAt })
            .ToListAsync(cancellationToken);
        var cases = await db.Set<Case>().AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return
        [
            new("contacts", "Calls, e-mails, chats and letters with their notes",
                [.. contacts.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["channel"] = c.Channel, ["direction"] = c.Direction, ["queue"] = c.Queue, ["startedAt"] = c.AnsweredAt ?? c.OfferedAt ?? c.CreatedAt,
                    ["endedAt"] = c.EndedAt, ["outcome"] = c.Outcome, ["notes"] = c.Notes, ["recordingReference"] = c.ExternalReference,
                })],
                ["Colleagues who handled each contact are not named (their personal data)."]),
            new("cases", "Cases opened for the customer",
                [.. cases.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["reference"] = c.Reference, ["summary"] = c.Summary, ["description"] = c.Description, ["category"] = c.Category,
                    ["status"] = c.Status.ToString(), ["openedAt"] = c.CreatedAt, ["resolvedAt"] = c.ResolvedAt, ["closedAt"] = c.ClosedAt,
                })],
                ["Case owners and internal referrals between colleagues are not named."]),
        ];
    }
}
