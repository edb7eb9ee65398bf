using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

/// <summary>What a staffing calculation starts from: one interval's volume and the service it must give.</summary>
/// <param name="CallsPerInterval">Contacts offered in the interval.</param>
/// <param name="IntervalSeconds">The interval's length (e.g. 1800 for half an hour).</param>
/// <param name="AhtSeconds">Average handling time (talk plus wrap) in seconds.</param>
/// <param name="TargetAnswerSeconds">The service level's threshold T (answered within T seconds).</param>
/// <param name="TargetServiceLevel">The fraction to answer within T, e.g. 0.8.</param>
/// <param name="MaxOccupancy">The highest occupancy allowed (0 &lt; x ≤ 1), e.g. 0.85.</param>
/// <param name="Shrinkage">The fraction of paid time agents are not available (0 ≤ x &lt; 1), e.g. 0.3.</param>
public sealed record StaffingInput(double CallsPerInterval, double IntervalSeconds, double AhtSeconds, double TargetAnswerSeconds,
    double TargetServiceLevel, double MaxOccupancy, double Shrinkage);

/// <summary>The Erlang C figures for one number of agents.</summary>
/// <param name="Agents">The agents on the phones (N).</param>
/// <param name="WaitProbability">P(wait &gt; 0): the Erlang C probability that a contact waits at all.</param>
/// <param name="ServiceLevel">P(wait ≤ T): the fraction answered within the target time.</param>
/// <param name="AsaSeconds">Average speed of answer over all contacts, in seconds.</param>
/// <param name="Occupancy">A / N: the fraction of time agents are busy.</param>
public sealed record StaffingLine(int Agents, double WaitProbability, double ServiceLevel, double AsaSeconds, double Occupancy)
{
    public double ImmediateAnswerProbability => 1 - WaitProbability;
}

/// <summary>The answer for one interval: the agents required and the figures they give.</summary>
/// <param name="Agents">The smallest N meeting both the service-level target and the occupancy cap.</param>
/// <param name="AgentsAfterShrinkage">ceil(N / (1 − shrinkage)): the agents to schedule.</param>
/// <param name="TrafficErlangs">A = calls × AHT / interval.</param>
/// <param name="Result">The figures for <paramref name="Agents"/>.</param>
public sealed record StaffingResult(int Agents, int AgentsAfterShrinkage, double TrafficErlangs, StaffingLine Result);

/// <summary>
/// Erlang C (M/M/N queue with infinite patience), as the textbooks and the published worked examples compute it:
/// A = λ·AHT; P(wait) = (A^N/N!·N/(N−A)) / (Σ_{k&lt;N} A^k/k! + A^N/N!·N/(N−A)); SL = 1 − P(wait)·e^{−(N−A)·T/AHT};
/// ASA = P(wait)·AHT/(N−A); occupancy = A/N.
/// </summary>
/// <remarks>
/// P(wait) is computed through the Erlang B recursion (1/B(k) = 1 + k/A · 1/B(k−1)), which never forms A^N or N!
/// and so stays exact to the last digits for thousands of agents; C = N·B / (N − A·(1 − B)).
/// </remarks>
public static class ErlangC
{
    /// <summary>The largest traffic computed: beyond it the search for N would run to tens of thousands of agents.</summary>
    public const double MaxTrafficErlangs = 5000;

    /// <summary>Checks the input and returns the traffic in Erlangs; every problem is a <see cref="DomainException"/> naming its field.</summary>
    public static double Traffic(StaffingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Positive(input.CallsPerInterval, "callsPerInterval", "Calls per interval");
        Positive(input.IntervalSeconds, "intervalSeconds", "The interval length");
        Positive(input.AhtSeconds, "ahtSeconds", "The average handling time");
        if (!double.IsFinite(input.TargetAnswerSeconds) || input.TargetAnswerSeconds < 0)
        {
            throw new DomainException("erlang-c.target-answer", "The target answer time must be zero or more seconds.", DomainErrorKind.Invalid, "targetAnswerSeconds");
        }

        if (!double.IsFinite(input.TargetServiceLevel) || input.TargetServiceLevel <= 0 || input.TargetServiceLevel >= 1)
        {
            throw new DomainException("erlang-c.target-service-level", "The target service level must be a fraction above 0 and below 1 (0.8 = 80 %).",
                DomainErrorKind.Invalid, "targetServiceLevel");
        }

        if (!double.IsFinite(input.MaxOccupancy) || input.MaxOccupancy <= 0 || input.MaxOccupancy > 1)
        {
            throw new DomainException("erlang-c.max-occupancy", "The maximum occupancy must be a fraction above 0 and at most 1 (0.85 = 85 %).",
                DomainErrorKind.Invalid, "maxOccupancy");
        }

        if (!double.IsFinite(input.Shrinkage) || input.Shrinkage < 0 || input.Shrinkage >= 1)
        {
            throw new DomainException("erlang-c.shrinkage", "Shrinkage must be a fraction from 0 up to (not including) 1 (0.3 = 30 %).",
                DomainErrorKind.Invalid, "shrinkage");
        }

        var traffic = input.CallsPerInterval * input.AhtSeconds / input.IntervalSeconds;
        if (!double.IsFinite(traffic) || traffic > MaxTrafficErlangs)
        {
            throw new DomainException("erlang-c.traffic-too-large",
                $"The traffic ({traffic:0.#} Erlangs) is too large to compute: at most {MaxTrafficErlangs:0} Erlangs per interval. Split the interval or the queue.",
                DomainErrorKind.Invalid, "callsPerInterval");
        }

        return traffic;
    }

    /// <summary>The figures for <paramref name="agents"/> agents on traffic <paramref name="traffic"/>; with N ≤ A the queue never clears (P(wait) = 1, SL 0, ASA infinite).</summary>
    public static StaffingLine Line(double traffic, int agents, double ahtSeconds, double targetAnswerSeconds)
    {
        if (agents <= traffic)
        {
            return new StaffingLine(agents, 1, 0, double.PositiveInfinity, agents == 0 ? double.PositiveInfinity : traffic / agents);
        }

        var wait = WaitProbability(traffic, agents);
        var serviceLevel = Math.Max(0, 1 - (wait * Math.Exp(-(agents - traffic) * targetAnswerSeconds / ahtSeconds)));
        var asa = wait * ahtSeconds / (agents - traffic);
        return new StaffingLine(agents, wait, serviceLevel, asa, traffic / agents);
    }

    /// <summary>Erlang C P(wait &gt; 0) for N &gt; A.</summary>
    public static double WaitProbability(double traffic, int agents)
    {
        var inverseB = 1.0;
        for (var k = 1; k <= agents; k++)
        {
            inverseB = 1 + (inverseB * k / traffic);
        }

        var erlangB = 1 / inverseB;
        return agents * erlangB / (agents - (traffic * (1 - erlangB)));
    }

    /// <summary>The smallest number of agents meeting both the service-level target and the occupancy cap, and the figures it gives.</summary>
    public static StaffingResult Solve(StaffingInput input)
    {
        var traffic = Traffic(input);
        var agents = Math.Max(1, (int)Math.Floor(traffic) + 1);
        while (true)
        {
            var line = Line(traffic, agents, input.AhtSeconds, input.TargetAnswerSeconds);
            if (line.ServiceLevel >= input.TargetServiceLevel && line.Occupancy <= input.MaxOccupancy)
            {
                return new StaffingResult(agents, AfterShrinkage(agents, input.Shrinkage), traffic, line);
            }

            agents++;
        }
    }

    /// <summary>The figures for each agent number from <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    public static IReadOnlyList<StaffingLine> Table(StaffingInput input, int from, int to)
    {
        var traffic = Traffic(input);
        if (from < 1 || to < from || to - from > 200)
        {
            throw new DomainException("erlang-c.table-range", "The table runs from at least 1 agent over at most 200 rows.", DomainErrorKind.Invalid, "from");
        }

        return Enumerable.Range(from, to - from + 1).Select(n => Line(traffic, n, input.AhtSeconds, input.TargetAnswerSeconds)).ToList();
    }

    /// <summary>ceil(N / (1 − shrinkage)), with the quotient first rounded to 9 decimals so that 14 / 0.7 is 20, not 21.</summary>
    public static int AfterShrinkage(int agents, double shrinkage) => (int)Math.Ceiling(Math.Round(agents / (1 - shrinkage), 9));

    private static void Positive(double value, string field, string what)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new DomainException($"erlang-c.{field}", $"{what} must be more than zero.", DomainErrorKind.Invalid, field);
        }
    }
}
