using Frontline.Data;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// The complaints a contact or case led to, and the facts another module needs about one complaint (who handled it,
/// their team), for reviewers such as Quality. Scope: <see cref="FindInScopeAsync"/> applies the caller's; the
/// lists trust that the caller may see the contact or case.
/// </summary>
public interface IComplaintLinks
{
    Task<IReadOnlyList<ComplaintLinkView>> ForContactAsync(Guid contactId, Guid? caseId, CancellationToken cancellationToken);

    /// <summary>The complaint when it is in the caller's scope; a not-found domain error otherwise.</summary>
    Task<ComplaintLinkView> FindInScopeAsync(Guid complaintId, CancellationToken cancellationToken);
}

public sealed record ComplaintLinkView(Guid Id, string Reference, string Status, DateTimeOffset ReceivedAt, string Channel, Guid? HandlerId, Guid? TeamId,
    Guid? ContactId, Guid? CaseId, string Summary);

internal sealed class ComplaintLinks(FrontlineDbContext db, ComplaintStore store) : IComplaintLinks
{
    public async Task<IReadOnlyList<ComplaintLinkView>> ForContactAsync(Guid contactId, Guid? caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Complaint>().AsNoTracking().Where(c => c.ContactId == contactId || (caseId != null && c.CaseId == caseId))
            .OrderBy(c => c.ReceivedAt).Take(20).ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    public async Task<ComplaintLinkView> FindInScopeAsync(Guid complaintId, CancellationToken cancellationToken) =>
        View(await store.LoadAsync(complaintId, cancellationToken, withParts: false));

    private static ComplaintLinkView View(Complaint c) => new(c.Id, IssueComplaintLetter.Reference(c), ComplaintNames.Slug(c.Status),
        new DateTimeOffset(DateTime.SpecifyKind(c.ReceivedAt, DateTimeKind.Utc)), c.Channel, c.HandlerId, c.TeamId, c.ContactId, c.CaseId,
        c.Description.Length > 160 ? c.Description[..160] + "…" : c.Description);
}
