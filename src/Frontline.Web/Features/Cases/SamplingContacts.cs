using Frontline.Data;
using Frontline.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Reads qualifying contacts with the (AgentId, CreatedAt) index: per agent, one range of the period. Duration is
/// checked in memory because date arithmetic differs between SQLite and PostgreSQL; only the two instants are read.
/// </summary>
public sealed class SamplingContacts(FrontlineDbContext db) : ISamplingContacts
{
    public async Task<IReadOnlyList<SamplingCandidate>> QualifyingAsync(IReadOnlyCollection<Guid> agentIds, DateTime fromUtc, DateTime toUtc,
        ContactCriteria criteria, CancellationToken cancellationToken)
    {
        var result = new List<SamplingCandidate>();
        foreach (var chunk in agentIds.Distinct().Chunk(200))
        {
            var agents = chunk.Select(a => (Guid?)a).ToList();
            var query = db.Set<Contact>().AsNoTracking().Where(c => agents.Contains(c.AgentId) && c.CreatedAt >= fromUtc && c.CreatedAt < toUtc);
            if (criteria.Channels is { Count: > 0 } channels)
            {
                query = query.Where(c => channels.Contains(c.Channel));
            }

            if (criteria.Queues is { Count: > 0 } queues)
            {
                query = query.Where(c => c.Queue != null && queues.Contains(c.Queue));
            }

            if (criteria.Outcomes is { Count: > 0 } outcomes)
            {
                query = query.Where(c => c.Outcome != null && outcomes.Contains(c.Outcome));
            }

            if (criteria.MinDurationSeconds is null && criteria.MaxDurationSeconds is null)
            {
                result.AddRange(await query.Select(c => new SamplingCandidate(c.Id, c.AgentId!.Value, c.CustomerId)).ToListAsync(cancellationToken));
                continue;
            }

            var timed = await query.Where(c => c.AnsweredAt != null && c.EndedAt != null)
                .Select(c => new { c.Id, c.AgentId, c.CustomerId, c.AnsweredAt, c.EndedAt }).ToListAsync(cancellationToken);
            result.AddRange(timed
                .Where(c => (c.EndedAt!.Value - c.AnsweredAt!.Value).TotalSeconds is var s
                    && (criteria.MinDurationSeconds is not { } min || s >= min) && (criteria.MaxDurationSeconds is not { } max || s <= max))
                .Select(c => new SamplingCandidate(c.Id, c.AgentId!.Value, c.CustomerId)));
        }

        return result;
    }
}
