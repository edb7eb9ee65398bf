using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

/// <summary>One interval of a day plan: when it starts, the contacts expected and their average handling time.</summary>
public sealed record DayPlanInterval(TimeOnly Start, double Calls, double AhtSeconds);

/// <summary>One interval's answer: the agents required (before and after shrinkage) and the figures they give.</summary>
public sealed record DayPlanLine(TimeOnly Start, double Calls, double AhtSeconds, double TrafficErlangs, int Agents, int AgentsAfterShrinkage,
    double ServiceLevel, double AsaSeconds, double Occupancy);

/// <summary>
/// A day's staffing plan: Erlang C per interval of 15, 30 or 60 minutes. An interval with no contacts needs no agents
/// (the figures are reported as a service level of 1 and an ASA of 0: nobody waits).
/// </summary>
public static class DayPlan
{
    public static readonly IReadOnlyList<int> IntervalMinutes = [15, 30, 60];

    public static IReadOnlyList<DayPlanLine> Compute(int intervalMinutes, IReadOnlyList<DayPlanInterval> intervals, double targetAnswerSeconds,
        double targetServiceLevel, double maxOccupancy, double shrinkage)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        if (!IntervalMinutes.Contains(intervalMinutes))
        {
            throw new DomainException("day-plan.interval", "Intervals are 15, 30 or 60 minutes.", DomainErrorKind.Invalid, "intervalMinutes");
        }

        if (intervals.Count == 0 || intervals.Count > 24 * 60 / intervalMinutes)
        {
            throw new DomainException("day-plan.intervals", $"A day plan has from 1 to {24 * 60 / intervalMinutes} intervals of {intervalMinutes} minutes.",
                DomainErrorKind.Invalid, "intervals");
        }

        var lines = new List<DayPlanLine>(intervals.Count);
        foreach (var interval in intervals)
        {
            if (!double.IsFinite(interval.Calls) || interval.Calls < 0)
            {
                throw new DomainException("day-plan.calls", $"The volume at {interval.Start:HH\\:mm} must be zero or more.", DomainErrorKind.Invalid, "intervals");
            }

            if (interval.Calls == 0)
            {
                lines.Add(new DayPlanLine(interval.Start, 0, interval.AhtSeconds, 0, 0, 0, 1, 0, 0));
                continue;
            }

            var result = ErlangC.Solve(new StaffingInput(interval.Calls, intervalMinutes * 60, interval.AhtSeconds, targetAnswerSeconds, targetServiceLevel,
                maxOccupancy, shrinkage));
            lines.Add(new DayPlanLine(interval.Start, interval.Calls, interval.AhtSeconds, result.TrafficErlangs, result.Agents, result.AgentsAfterShrinkage,
                result.Result.ServiceLevel, result.Result.AsaSeconds, result.Result.Occupancy));
        }

        return lines;
    }
}
