using System.Security.Cryptography;
using System.Text;

namespace Frontline.Domain.Quality.Sampling;

/// <summary>
/// Draws a plan's sample reproducibly: the seed comes from the plan and period, candidates are ordered by id before
/// a seeded shuffle, and people and evaluators are taken in id order, so the same plan, period and data give the same
/// contacts and the same evaluators. Evaluators are spread evenly and never evaluate themselves.
/// </summary>
public static class SampleDrawer
{
    /// <summary>The seed of a plan's draw for a period: stable across runs, nodes and .NET versions.</summary>
    public static long SeedFor(Guid planId, DateOnly periodStart)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{planId:N}:{periodStart:yyyy-MM-dd}"));
        return BitConverter.ToInt64(bytes, 0) & long.MaxValue;
    }

    /// <param name="seed">The recorded seed.</param>
    /// <param name="wanted">How many samples each person should get.</param>
    /// <param name="candidates">The qualifying contact ids of each person (any order).</param>
    /// <param name="evaluatorIds">The plan's evaluators.</param>
    public static DrawResult Draw(long seed, IReadOnlyDictionary<Guid, int> wanted, IReadOnlyDictionary<Guid, IReadOnlyCollection<Guid>> candidates,
        IReadOnlyList<Guid> evaluatorIds)
    {
        if (evaluatorIds.Count == 0)
        {
            throw new ArgumentException("At least one evaluator is needed.", nameof(evaluatorIds));
        }

        var random = new SplitMix64(seed);
        var picks = new List<(Guid ContactId, Guid AgentId)>();
        var shortfalls = new List<Shortfall>();
        foreach (var (agent, want) in wanted.OrderBy(w => w.Key))
        {
            var pool = candidates.TryGetValue(agent, out var c) ? c.Distinct().Order().ToArray() : [];
            if (pool.Length <= want)
            {
                picks.AddRange(pool.Select(id => (id, agent)));
                if (pool.Length < want)
                {
                    shortfalls.Add(new Shortfall(agent, want, pool.Length));
                }

                continue;
            }

            // Partial Fisher–Yates: the first `want` places are a uniform random sample.
            for (var i = 0; i < want; i++)
            {
                var j = i + (int)random.Next((ulong)(pool.Length - i));
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }

            picks.AddRange(pool.Take(want).Select(id => (id, agent)));
        }

        var evaluators = evaluatorIds.Distinct().Order().ToList();
        var load = evaluators.ToDictionary(e => e, _ => 0);
        var assignments = new List<DrawnAssignment>(picks.Count);
        foreach (var (contactId, agentId) in picks)
        {
            // The least-loaded evaluator who is not the person evaluated (ties: id order). If the only evaluator is
            // the person, they are still assigned (the plan is misconfigured; coverage shows it).
            var evaluator = evaluators.Where(e => e != agentId).OrderBy(e => load[e]).ThenBy(e => e).Cast<Guid?>().FirstOrDefault() ?? evaluators[0];
            load[evaluator]++;
            assignments.Add(new DrawnAssignment(contactId, agentId, evaluator));
        }

        return new DrawResult(assignments, shortfalls);
    }

    /// <summary>SplitMix64: tiny, fast and fully specified, so a seed means the same sequence everywhere.</summary>
    private sealed class SplitMix64(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        /// <summary>A value in [0, bound) without modulo bias (rejection sampling).</summary>
        public ulong Next(ulong bound)
        {
            var limit = ulong.MaxValue - (ulong.MaxValue % bound);
            while (true)
            {
                var x = NextRaw();
                if (x < limit)
                {
                    return x % bound;
                }
            }
        }

        private ulong NextRaw()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}

public sealed record DrawnAssignment(Guid ContactId, Guid AgentId, Guid EvaluatorId);

public sealed record DrawResult(IReadOnlyList<DrawnAssignment> Assignments, IReadOnlyList<Shortfall> Shortfalls);
