using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Reads contacts in the caller's scope (team leaders and agents: their team's and their own; centre-wide roles: all)
/// and applies wrap-up. A contact outside the scope is reported as not found.
/// </summary>
public sealed class ContactDirectory(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<ContactView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var contact = await FindInScopeAsync(id, tracked: false, cancellationToken);
        return (await ViewsAsync([contact], cancellationToken))[0];
    }

    /// <summary>Throws 404 unless the contact exists and is in the caller's scope (for modules recording evidence against it).</summary>
    public async Task RequireInScopeAsync(Guid id, CancellationToken cancellationToken) =>
        await FindInScopeAsync(id, tracked: false, cancellationToken);

    /// <summary>The view of a contact just recorded (no re-read).</summary>
    public async Task<ContactView> ViewAsync(Contact contact, CancellationToken cancellationToken) => (await ViewsAsync([contact], cancellationToken))[0];

    public async Task<List<ContactView>> ListAsync(Guid? customerId, Guid? caseId, int limit, CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var seesRestricted = me.SeesRestrictedRecords;
        var query = db.Set<Contact>().AsNoTracking().Where(c => c.RestrictedUntil == null || seesRestricted);
        if (!scope.All)
        {
            var teams = scope.TeamIds.ToList();
            var myId = scope.StaffId;
            query = query.Where(c => (c.TeamId != null && teams.Contains(c.TeamId.Value)) || c.AgentId == myId);
        }

        if (customerId is { } customer)
        {
            query = query.Where(c => c.CustomerId == customer);
        }

        if (caseId is { } @case)
        {
            query = query.Where(c => c.CaseId == @case);
        }

        var contacts = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
        return await ViewsAsync(contacts, cancellationToken);
    }

    public async Task<ContactView> WrapUpAsync(Guid id, WrapUpContactRequest request, CancellationToken cancellationToken)
    {
        var contact = await FindInScopeAsync(id, tracked: true, cancellationToken);
        CaseAccess.CheckVersion("contact", contact.Version, request.Version);
        var endedAt = CaseAccess.Utc(request.EndedAt) ?? contact.EndedAt;
        var wrapEndedAt = CaseAccess.Utc(request.WrapEndedAt) ?? contact.WrapEndedAt;
        var outcome = request.Outcome ?? contact.Outcome;
        var errors = ContactRules.Check(contact.Channel, contact.Direction, contact.OfferedAt, contact.AnsweredAt, endedAt, wrapEndedAt, outcome,
            clock.GetUtcNow().UtcDateTime);
        if (request.CaseId is { } caseId && !await db.Set<Case>().AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            errors.Add(new("caseId", "There is no case with this id."));
        }

        if (request.CustomerId is { } customerId && !await db.Set<Domain.Customers.Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            errors.Add(new("customerId", "There is no customer with this id."));
        }

        if (errors.Count > 0)
        {
            throw new DomainException("contact.invalid", errors[0].Message, DomainErrorKind.Invalid, errors[0].Field);
        }

        contact.EndedAt = endedAt;
        contact.WrapEndedAt = wrapEndedAt;
        contact.Outcome = outcome;
        contact.Notes = request.Notes is null ? contact.Notes : CardNumberRedactor.Redact(request.Notes);
        contact.CaseId = request.CaseId ?? contact.CaseId;
        contact.CustomerId = request.CustomerId ?? contact.CustomerId;
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync([contact], cancellationToken))[0];
    }

    /// <summary>
    /// The customer and case a contact belongs to, or null when it is outside <paramref name="scope"/>: ids only, for
    /// recording a complaint from a contact under the Complaints module's scope (its complaint function works centre-wide).
    /// </summary>
    public async Task<ContactLinks?> LinksAsync(Guid id, TeamScope scope, CancellationToken cancellationToken)
    {
        var contact = await db.Set<Contact>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.TeamId, c.AgentId, c.CustomerId, c.CaseId })
            .SingleOrDefaultAsync(cancellationToken);
        return contact is not null && scope.Includes(contact.TeamId, contact.AgentId) ? new ContactLinks(contact.CustomerId, contact.CaseId) : null;
    }

    /// <summary>The customer of a case, or null when the case is outside <paramref name="scope"/> (see <see cref="LinksAsync"/>).</summary>
    public async Task<Guid?> CaseCustomerAsync(Guid caseId, TeamScope scope, CancellationToken cancellationToken)
    {
        var found = await db.Set<Case>().AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.TeamId, c.OwnerId, c.CustomerId })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && scope.Includes(found.TeamId, found.OwnerId) ? found.CustomerId : null;
    }

    private async Task<Contact> FindInScopeAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var query = tracked ? db.Set<Contact>() : db.Set<Contact>().AsNoTracking();
        var contact = await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null || (contact.RestrictedUntil is not null && !me.SeesRestrictedRecords) || !scope.Includes(contact.TeamId, contact.AgentId))
        {
            throw DomainException.NotFound("contact");
        }

        return contact;
    }

    private async Task<List<ContactView>> ViewsAsync(IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        var agentIds = contacts.Select(c => c.AgentId).OfType<Guid>().Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => agentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return [.. contacts.Select(c => new ContactView(c.Id, c.CustomerId, c.AgentId, c.AgentId is { } a ? names.GetValueOrDefault(a) : null, c.TeamId,
            c.CaseId, c.Channel, c.Direction, c.Queue, CaseAccess.Instant(c.OfferedAt), CaseAccess.Instant(c.AnsweredAt), CaseAccess.Instant(c.EndedAt),
            CaseAccess.Instant(c.WrapEndedAt), c.Outcome, c.Notes, c.ExternalReference, CaseAccess.Instant(c.CreatedAt), c.Version, CaseAccess.Instant(c.QueuedAt)))];
    }
}

/// <summary>What a contact is linked to (ids only).</summary>
public sealed record ContactLinks(Guid? CustomerId, Guid? CaseId);
