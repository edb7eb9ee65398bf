using Frontline.Data;
using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Contacts per channel over a period, for Communications' channel figures: owned by Cases, so that no other module
/// reads the contacts table. Not scoped to the caller (the figures are the centre's).
/// </summary>
public interface IChannelContacts
{
    /// <summary>
    /// Per channel, the contacts that happened in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) (offered then,
    /// or recorded then with no offered time): how many, their handling time (answer to end plus wrap-up), first-contact
    /// resolution (answered contacts from a known customer with no further contact from them within
    /// <paramref name="repeatDays"/> days, over answered contacts from known customers) and contacts per customer.
    /// </summary>
    Task<IReadOnlyList<ChannelContactTotals>> TotalsAsync(DateTime fromUtc, DateTime toUtc, int repeatDays, CancellationToken cancellationToken);

    /// <summary>The channel of each contact that exists among <paramref name="contactIds"/>.</summary>
    Task<IReadOnlyDictionary<Guid, string>> ChannelsOfAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken);
}

public sealed record ChannelContactTotals(string Channel, long Contacts, long HandlingSeconds, long FirstContactResolved, long FirstContactBase,
    IReadOnlyDictionary<Guid, int> ContactsPerCustomer);

public sealed class ChannelContacts(FrontlineDbContext db) : IChannelContacts
{
    private sealed class Totals
    {
        public long Contacts;
        public double HandlingSeconds;
        public long Resolved;
        public long Base;
        public Dictionary<Guid, int> Customers { get; } = [];
    }

    public async Task<IReadOnlyList<ChannelContactTotals>> TotalsAsync(DateTime fromUtc, DateTime toUtc, int repeatDays, CancellationToken cancellationToken)
    {
        var until = toUtc.AddDays(repeatDays);
        // One pass over a narrow projection: the period plus the repeat window (later contacts only decide resolution).
        var rows = db.Set<Contact>().AsNoTracking()
            .Where(c => (c.OfferedAt >= fromUtc && c.OfferedAt < until) || (c.OfferedAt == null && c.CreatedAt >= fromUtc && c.CreatedAt < until))
            .Select(c => new { c.Channel, c.CustomerId, At = c.OfferedAt ?? c.CreatedAt, c.AnsweredAt, c.EndedAt, c.WrapEndedAt })
            .AsAsyncEnumerable();
        var totals = new Dictionary<string, Totals>(StringComparer.Ordinal);
        var byCustomer = new Dictionary<Guid, List<(DateTime At, string Channel, bool Answered, bool InPeriod)>>();
        await foreach (var c in rows.WithCancellation(cancellationToken))
        {
            var inPeriod = c.At < toUtc;
            if (c.CustomerId is { } customer)
            {
                if (!byCustomer.TryGetValue(customer, out var list))
                {
                    byCustomer[customer] = list = [];
                }

                list.Add((c.At, c.Channel, c.AnsweredAt is not null, inPeriod));
            }

            if (!inPeriod)
            {
                continue;
            }

            if (!totals.TryGetValue(c.Channel, out var t))
            {
                totals[c.Channel] = t = new Totals();
            }

            t.Contacts++;
            if (c.AnsweredAt is { } answered && c.EndedAt is { } ended)
            {
                t.HandlingSeconds += Math.Max(0, (ended - answered).TotalSeconds) + (c.WrapEndedAt is { } w && w > ended ? (w - ended).TotalSeconds : 0);
            }

            if (c.CustomerId is { } id)
            {
                t.Customers[id] = t.Customers.GetValueOrDefault(id) + 1;
            }
        }

        foreach (var contacts in byCustomer.Values)
        {
            contacts.Sort((a, b) => a.At.CompareTo(b.At));
            for (var i = 0; i < contacts.Count; i++)
            {
                var (at, channel, answered, inPeriod) = contacts[i];
                if (!inPeriod || !answered)
                {
                    continue;
                }

                var t = totals[channel];
                t.Base++;
                if (i + 1 == contacts.Count || contacts[i + 1].At > at.AddDays(repeatDays))
                {
                    t.Resolved++;
                }
            }
        }

        return [.. totals.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ChannelContactTotals(kv.Key, kv.Value.Contacts,
            (long)Math.Round(kv.Value.HandlingSeconds), kv.Value.Resolved, kv.Value.Base, kv.Value.Customers))];
    }

    public async Task<IReadOnlyDictionary<Guid, string>> ChannelsOfAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, string>();
        foreach (var chunk in contactIds.Distinct().Chunk(1000))
        {
            foreach (var row in await db.Set<Contact>().AsNoTracking().Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.Channel }).ToListAsync(cancellationToken))
            {
                found[row.Id] = row.Channel;
            }
        }

        return found;
    }
}
