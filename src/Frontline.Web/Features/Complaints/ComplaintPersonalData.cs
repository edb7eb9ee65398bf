using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Web.Features.Compliance.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>What Complaints holds about a customer, for a subject access export: complaints and the letters sent.</summary>
public sealed class ComplaintPersonalData(FrontlineDbContext db) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var complaints = await db.Set<Complaint>().AsNoTracking().Where(c => c.CustomerId == customerId).OrderBy(c => c.ReceivedAt).ToListAsync(cancellationToken);
        var ids = complaints.Select(c => c.Id).ToList();
        var letters = await db.Set<ComplaintLetter>().AsNoTracking().Where(l => ids.Contains(l.ComplaintId))
            .Select(l => new { l.ComplaintId, l.Kind, l.Body, l.IssuedAt }).ToListAsync(cancellationToken);
        return
        [
            new("complaints", "Complaints and the letters sent about them",
                [.. complaints.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["receivedAt"] = c.ReceivedAt, ["channel"] = c.Channel, ["description"] = c.Description, ["status"] = c.Status.ToString(),
                    ["outcome"] = c.Outcome?.ToString(), ["respondedAt"] = c.RespondedAt, ["closedAt"] = c.ClosedAt, ["redressPence"] = c.RedressTotalPence,
                    ["thirdPartyName"] = c.ThirdPartyName,
                    ["letters"] = letters.Where(l => l.ComplaintId == c.Id).OrderBy(l => l.IssuedAt)
                        .Select(l => new Dictionary<string, object?> { ["kind"] = l.Kind.ToString(), ["issuedAt"] = l.IssuedAt, ["body"] = l.Body }).ToList(),
                })],
                ["Complaint handlers are not named; internal root-cause and learning notes are management information about the firm."]),
        ];
    }
}
