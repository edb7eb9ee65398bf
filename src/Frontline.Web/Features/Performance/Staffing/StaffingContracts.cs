using System.ComponentModel.DataAnnotations;

namespace Frontline.Web.Features.Performance.Staffing;

/// <summary>The Erlang C calculator's input (contract in issue 10: keep stable). Rates are fractions (0.8 = 80 %).</summary>
public sealed record ErlangCRequest(
    [property: Required] double? CallsPerInterval,
    [property: Required] double? IntervalSeconds,
    [property: Required] double? AhtSeconds,
    [property: Required] double? TargetAnswerSeconds,
    [property: Required] double? TargetServiceLevel,
    [property: Required] double? MaxOccupancy,
    [property: Required] double? Shrinkage,
    int? TableFrom = null,
    int? TableTo = null);

/// <summary>The agents required and, for that number, the figures it gives; <c>table</c> has the same figures for a range of agent numbers.</summary>
public sealed record ErlangCResponse(int Agents, int AgentsAfterShrinkage, double TrafficErlangs, double WaitProbability, double ServiceLevel,
    double AsaSeconds, double Occupancy, IReadOnlyList<ErlangCLine> Table);

/// <summary>One row of the table; ASA is null when the agents do not exceed the traffic (the queue never clears).</summary>
public sealed record ErlangCLine(int Agents, double WaitProbability, double ServiceLevel, double? AsaSeconds, double Occupancy);

/// <summary>
/// A day plan: intervals of 15/30/60 minutes with volumes typed in (<c>volumes</c>, one per interval from <c>start</c>)
/// or taken from history (<c>source=history</c>: the average of the same weekday over the last <c>weeks</c> weeks).
/// AHT is typed in or, when omitted, taken from history.
/// </summary>
public sealed record DayPlanRequest(
    [property: Required] DateOnly? Date,
    int IntervalMinutes = 30,
    string Source = "typed",
    IReadOnlyList<double>? Volumes = null,
    string? Start = null,
    int Weeks = 4,
    double? AhtSeconds = null,
    string? Queue = null,
    string? Channel = null,
    double TargetAnswerSeconds = 20,
    double TargetServiceLevel = 0.8,
    double MaxOccupancy = 0.85,
    double Shrinkage = 0.3);

public sealed record DayPlanResponse(DateOnly Date, int IntervalMinutes, string Source, double AhtSeconds, int? Weeks, IReadOnlyList<DayPlanRow> Intervals,
    int PeakAgents, double AgentHours);

public sealed record DayPlanRow(string Start, double Calls, double TrafficErlangs, int Agents, int AgentsAfterShrinkage, double ServiceLevel, double AsaSeconds,
    double Occupancy);
