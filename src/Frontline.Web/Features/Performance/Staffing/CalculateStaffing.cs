using Frontline.Domain.Performance;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Performance.Staffing;

/// <summary>The Erlang C calculator: agents required for one interval, with a table around the answer.</summary>
public sealed class CalculateStaffing
{
    public ErlangCResponse Execute(ErlangCRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = new StaffingInput(Required(request.CallsPerInterval, "callsPerInterval"), Required(request.IntervalSeconds, "intervalSeconds"),
            Required(request.AhtSeconds, "ahtSeconds"), Required(request.TargetAnswerSeconds, "targetAnswerSeconds"),
            Required(request.TargetServiceLevel, "targetServiceLevel"), Required(request.MaxOccupancy, "maxOccupancy"), Required(request.Shrinkage, "shrinkage"));
        var result = ErlangC.Solve(input);
        var from = request.TableFrom ?? Math.Max(1, result.Agents - 4);
        var to = request.TableTo ?? result.Agents + 4;
        var table = ErlangC.Table(input, from, to)
            .Select(l => new ErlangCLine(l.Agents, l.WaitProbability, l.ServiceLevel, double.IsFinite(l.AsaSeconds) ? l.AsaSeconds : null,
                double.IsFinite(l.Occupancy) ? l.Occupancy : 0))
            .ToList();
        return new ErlangCResponse(result.Agents, result.AgentsAfterShrinkage, result.TrafficErlangs, result.Result.WaitProbability, result.Result.ServiceLevel,
            result.Result.AsaSeconds, result.Result.Occupancy, table);
    }

    private static double Required(double? value, string field) =>
        value ?? throw new DomainException("erlang-c.required", $"{field} is required.", DomainErrorKind.Invalid, field);
}
