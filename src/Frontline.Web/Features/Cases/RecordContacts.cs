using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Customers;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>A contact to record, with its position in the batch or file (for error reports).</summary>
public sealed record NewContact(int Index, ContactRequest Request);

/// <summary>
/// Records contacts from agents, integrations and CSV imports with the same rules. A batch is validated in memory
/// (references looked up once per batch), then the good rows are inserted in one transaction with one summary audit
/// entry; bad rows are reported by index and nothing of them is saved. Every free-text field is redacted first.
/// </summary>
public sealed class RecordContacts(FrontlineDbContext db, TimeProvider clock, CurrentStaff me)
{
    public const int MaxBatch = 10_000;

    public async Task<Contact> RecordAsync(ContactRequest request, CancellationToken cancellationToken)
    {
        var agentDefault = me.IsInAnyRole(Roles.Agent, Roles.TeamLeader) && request.AgentId is null ? request with { AgentId = me.Id } : request;
        var (good, bad) = await PrepareAsync([new NewContact(0, agentDefault)], cancellationToken);
        if (bad.Count > 0)
        {
            var first = bad[0].Errors[0];
            throw new DomainException("contact.invalid", first.Message, DomainErrorKind.Invalid, first.Field);
        }

        db.Add(good[0]);
        await db.SaveChangesAsync(cancellationToken);
        return good[0];
    }

    public async Task<ContactBatchResult> RecordBatchAsync(IReadOnlyList<ContactRequest> contacts, CancellationToken cancellationToken)
    {
        var (good, bad) = await PrepareAsync([.. contacts.Select((c, i) => new NewContact(i, c))], cancellationToken);
        await SaveBulkAsync(good, cancellationToken);
        return new ContactBatchResult(good.Count, [.. bad.Select(b => new ContactRejection(b.Index, ToDictionary(b.Errors)))]);
    }

    /// <summary>Inserts contacts in one transaction, audited as one summary entry (a count), not one entry per row.</summary>
    public async Task SaveBulkAsync(IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        if (contacts.Count == 0)
        {
            return;
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.AuditEachRecord = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRange(contacts);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            db.AuditEachRecord = true;
        }
    }

    /// <summary>Checks every contact (fields, timings, referenced customers, agents and cases) without saving anything.</summary>
    public async Task<(List<Contact> Good, List<(int Index, List<FieldError> Errors)> Bad)> PrepareAsync(
        IReadOnlyList<NewContact> contacts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var customers = await ExistingAsync(db.Set<Customer>().Select(c => c.Id), contacts.Select(c => c.Request.CustomerId), cancellationToken);
        var cases = await ExistingAsync(db.Set<Case>().Select(c => c.Id), contacts.Select(c => c.Request.CaseId), cancellationToken);
        var agentIds = contacts.Select(c => c.Request.AgentId).OfType<Guid>().Distinct().ToList();
        var agents = agentIds.Count == 0
            ? new Dictionary<Guid, Guid?>()
            : await db.Set<StaffMember>().AsNoTracking().Where(s => agentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.TeamId, cancellationToken);

        // Seeders and background imports run as the system (no one signed in): they record for anyone, as integrations do.
        var recordsForOthers = me.User.Identity?.IsAuthenticated != true || me.IsInAnyRole(CaseAccess.Integrations);
        var leaderScope = !recordsForOthers && me.IsInRole(Roles.TeamLeader) ? await me.ScopeAsync(cancellationToken) : null;
        var good = new List<Contact>(contacts.Count);
        var bad = new List<(int, List<FieldError>)>();
        foreach (var (index, r) in contacts)
        {
            var errors = ContactRules.Check(r.Channel, r.Direction, CaseAccess.Utc(r.OfferedAt), CaseAccess.Utc(r.AnsweredAt),
                CaseAccess.Utc(r.EndedAt), CaseAccess.Utc(r.WrapEndedAt), r.Outcome, now, CaseAccess.Utc(r.QueuedAt));
            foreach (var (field, messages) in ValidationFilter.Validate(r))
            {
                errors.AddRange(messages.Select(m => new FieldError(field, m)));
            }

            if (r.CustomerId is { } customer && !customers.Contains(customer))
            {
                errors.Add(new("customerId", "There is no customer with this id."));
            }

            if (r.CaseId is { } caseId && !cases.Contains(caseId))
            {
                errors.Add(new("caseId", "There is no case with this id."));
            }

            Guid? teamId = null;
            if (r.AgentId is { } agent && !agents.TryGetValue(agent, out teamId))
            {
                errors.Add(new("agentId", "There is no staff member with this id."));
            }
            else if (r.AgentId is { } other && !recordsForOthers && other != me.Id
                && !(leaderScope is not null && teamId is { } agentTeam && leaderScope.Includes(agentTeam)))
            {
                // Agents record their own contacts; team leaders also their team's; integrations (managers, administrators) anyone's.
                errors.Add(new("agentId", "You can record contacts only as yourself (team leaders: also for their team's agents)."));
            }

            if (errors.Count > 0)
            {
                bad.Add((index, errors));
                continue;
            }

            good.Add(new Contact
            {
                CustomerId = r.CustomerId,
                AgentId = r.AgentId,
                TeamId = teamId,
                CaseId = r.CaseId,
                Channel = r.Channel,
                Direction = r.Direction,
                Queue = CardNumberRedactor.Redact(r.Queue),
                OfferedAt = CaseAccess.Utc(r.OfferedAt),
                QueuedAt = CaseAccess.Utc(r.QueuedAt),
                AnsweredAt = CaseAccess.Utc(r.AnsweredAt),
                EndedAt = CaseAccess.Utc(r.EndedAt),
                WrapEndedAt = CaseAccess.Utc(r.WrapEndedAt),
                Outcome = r.Outcome,
                Notes = CardNumberRedactor.Redact(r.Notes),
                ExternalReference = CardNumberRedactor.Redact(r.ExternalReference),
                CreatedAt = now,
            });
        }

        return (good, bad);
    }

    public static Dictionary<string, string[]> ToDictionary(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    private static async Task<HashSet<Guid>> ExistingAsync(IQueryable<Guid> ids, IEnumerable<Guid?> wanted, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in wanted.OfType<Guid>().Distinct().Chunk(1000))
        {
            var list = chunk.ToList();
            found.UnionWith(await ids.Where(id => list.Contains(id)).ToListAsync(cancellationToken));
        }

        return found;
    }
}
