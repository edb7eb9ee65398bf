using System.Globalization;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Performance;

public class ErlangCTests
{
    private static readonly StaffingInput Example = new(100, 1800, 180, 20, 0.80, 0.85, 0.30);

    /// <summary>The published worked examples (shared/data/erlang-c-examples), one row per line of the CSV.</summary>
    public static TheoryData<int> ExampleRows() => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(ExampleRows))]
    public void PublishedExample_IsReproducedToTheDigitsGiven(int rowId)
    {
        var row = ReadExamples().Single(r => r["row_id"] == rowId.ToString(CultureInfo.InvariantCulture));
        var input = new StaffingInput(D(row["calls_per_interval"]), D(row["interval_seconds"]), D(row["aht_seconds"]), D(row["target_answer_seconds"]),
            D(row["target_service_level"]), D(row["max_occupancy"]), D(row["shrinkage"]));
        var agents = int.Parse(row["agents"], CultureInfo.InvariantCulture);
        var traffic = ErlangC.Traffic(input);
        var line = ErlangC.Line(traffic, agents, input.AhtSeconds, input.TargetAnswerSeconds);

        Same(traffic, row["traffic_erlangs"]);
        Same(line.WaitProbability, row["wait_probability"]);
        Same(line.ServiceLevel, row["service_level"]);
        Same(line.AsaSeconds, row["asa_seconds"]);
        Same(line.ImmediateAnswerProbability, row["immediate_answer_probability"]);
        Same(line.Occupancy, row["occupancy"]);
        if (row["agents_required"].Length > 0)
        {
            var solved = ErlangC.Solve(input);
            solved.Agents.ShouldBe(int.Parse(row["agents_required"], CultureInfo.InvariantCulture));
            solved.AgentsAfterShrinkage.ShouldBe(int.Parse(row["agents_required_after_shrinkage"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Solve_TheWorkedExample_Needs14Agents_20AfterShrinkage()
    {
        var result = ErlangC.Solve(Example);

        result.Agents.ShouldBe(14);
        result.AgentsAfterShrinkage.ShouldBe(20);
        result.TrafficErlangs.ShouldBe(10);
        result.Result.ServiceLevel.ShouldBeGreaterThanOrEqualTo(0.8);
        ErlangC.Line(10, 13, 180, 20).ServiceLevel.ShouldBeLessThan(0.8);
    }

    [Fact]
    public void Solve_OccupancyCapBinds_WhenTheServiceLevelIsEasy()
    {
        // SL 50 % in 60 s is met by 12 agents on 10 Erlangs, but 10/12 = 0.83 > 0.80: the cap asks for 13.
        var result = ErlangC.Solve(Example with { TargetAnswerSeconds = 60, TargetServiceLevel = 0.5, MaxOccupancy = 0.80 });

        ErlangC.Line(10, 12, 180, 60).ServiceLevel.ShouldBeGreaterThan(0.5);
        result.Agents.ShouldBe(13);
        result.Result.Occupancy.ShouldBeLessThanOrEqualTo(0.8);
    }

    [Fact]
    public void Table_GivesOneLinePerAgentNumber_AndNoServiceWhenAgentsDoNotExceedTraffic()
    {
        var table = ErlangC.Table(Example, 10, 14);

        table.Select(l => l.Agents).ShouldBe([10, 11, 12, 13, 14]);
        table[0].ServiceLevel.ShouldBe(0);
        table[0].WaitProbability.ShouldBe(1);
        table[4].ServiceLevel.ShouldBe(0.8883500191794669, 1e-12);
    }

    [Fact]
    public void Solve_LargeTraffic_StaysFinite()
    {
        var result = ErlangC.Solve(new StaffingInput(20_000, 1800, 240, 20, 0.8, 0.95, 0.3));

        result.TrafficErlangs.ShouldBe(2666.6666666666665, 1e-9);
        result.Result.WaitProbability.ShouldBeInRange(0, 1);
        result.Agents.ShouldBeGreaterThan(2666);
    }

    [Theory]
    [InlineData(0, 1800, 180, 20, 0.8, 0.85, 0.3, "callsPerInterval")]
    [InlineData(-5, 1800, 180, 20, 0.8, 0.85, 0.3, "callsPerInterval")]
    [InlineData(100, 0, 180, 20, 0.8, 0.85, 0.3, "intervalSeconds")]
    [InlineData(100, 1800, -1, 20, 0.8, 0.85, 0.3, "ahtSeconds")]
    [InlineData(100, 1800, 180, -1, 0.8, 0.85, 0.3, "targetAnswerSeconds")]
    [InlineData(100, 1800, 180, 20, 0, 0.85, 0.3, "targetServiceLevel")]
    [InlineData(100, 1800, 180, 20, 1, 0.85, 0.3, "targetServiceLevel")]
    [InlineData(100, 1800, 180, 20, 0.8, 1.01, 0.3, "maxOccupancy")]
    [InlineData(100, 1800, 180, 20, 0.8, 0, 0.3, "maxOccupancy")]
    [InlineData(100, 1800, 180, 20, 0.8, 0.85, 1, "shrinkage")]
    [InlineData(100, 1800, 180, 20, 0.8, 0.85, -0.1, "shrinkage")]
    [InlineData(1_000_000, 1800, 180, 20, 0.8, 0.85, 0.3, "callsPerInterval")]
    public void BadInput_IsRefused_NamingTheField(double calls, double interval, double aht, double t, double sl, double occupancy, double shrinkage, string field)
    {
        var error = Should.Throw<DomainException>(() => ErlangC.Solve(new StaffingInput(calls, interval, aht, t, sl, occupancy, shrinkage)));

        error.Field.ShouldBe(field);
        error.Kind.ShouldBe(DomainErrorKind.Invalid);
    }

    [Fact]
    public void OccupancyOfExactlyOne_IsAllowed()
    {
        ErlangC.Solve(Example with { MaxOccupancy = 1 }).Agents.ShouldBe(14);
    }

    [Fact]
    public void DayPlan_GivesAgentsPerInterval_AndNoneForAnEmptyInterval()
    {
        var intervals = new List<DayPlanInterval>
        {
            new(new TimeOnly(8, 0), 100, 180),
            new(new TimeOnly(8, 30), 0, 180),
            new(new TimeOnly(9, 0), 50, 180),
        };

        var plan = DayPlan.Compute(30, intervals, 20, 0.8, 0.85, 0.3);

        plan.Count.ShouldBe(3);
        plan[0].Agents.ShouldBe(14);
        plan[0].AgentsAfterShrinkage.ShouldBe(20);
        plan[1].Agents.ShouldBe(0);
        plan[2].Agents.ShouldBe(ErlangC.Solve(Example with { CallsPerInterval = 50 }).Agents);
    }

    [Fact]
    public void DayPlan_RefusesAnUnknownIntervalLength_AndTooManyIntervals()
    {
        Should.Throw<DomainException>(() => DayPlan.Compute(20, [new(new TimeOnly(8, 0), 10, 180)], 20, 0.8, 0.85, 0.3)).Field.ShouldBe("intervalMinutes");
        var tooMany = Enumerable.Range(0, 97).Select(i => new DayPlanInterval(new TimeOnly(0, 0).AddMinutes(i * 15), 1, 180)).ToList();
        Should.Throw<DomainException>(() => DayPlan.Compute(15, tooMany, 20, 0.8, 0.85, 0.3)).Field.ShouldBe("intervals");
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Equal to the published figure to the number of decimals it was published with (no check when it was not published).</summary>
    private static void Same(double actual, string published)
    {
        if (published.Length == 0)
        {
            return;
        }

        var decimals = published.Contains('.', StringComparison.Ordinal) ? published.Length - published.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        // Through decimal (the double's shortest round-trip digits), which rounds to more than 15 decimals.
        var exact = decimal.Parse(actual.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        Math.Round(exact, decimals, MidpointRounding.AwayFromZero).ShouldBe(decimal.Parse(published, CultureInfo.InvariantCulture),
            $"published {published}, computed {actual:R}");
    }

    private static List<Dictionary<string, string>> ReadExamples()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Performance", "erlang_c_published_examples.csv");
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>Splits a CSV line with double-quoted fields (the source columns contain commas).</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
