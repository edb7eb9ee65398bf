using Frontline.Domain.Performance;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Performance;

public sealed class KpiTests
{
    private static KpiDefinition ServiceLevel(params KpiTarget[] targets) => new(
        "Service level 80/20", "Callers who wait long give up or complain.", MeasureCatalogue.ServiceLevel, new MeasureParameters(20),
        new KpiFilters(), KpiDirection.HigherIsBetter, KpiFrequency.Daily, targets.Length == 0 ? [new KpiTarget(KpiLevel.Centre, 0.8, 0.05)] : targets,
        [new ReviewAction(Band.Red, "Review the day plan against actual volumes", "Resource planner")]);

    private static KpiDefinition Asa(double target, double tolerance) => ServiceLevel() with
    {
        Name = "ASA", Measure = MeasureCatalogue.AverageSpeedOfAnswer, Direction = KpiDirection.LowerIsBetter,
        Targets = [new KpiTarget(KpiLevel.Team, target, tolerance)],
    };

    [Theory]
    [InlineData(0.81, Band.Green)]
    [InlineData(0.80, Band.Green)] // on target
    [InlineData(0.7999, Band.Amber)]
    [InlineData(0.75, Band.Amber)] // on the amber edge
    [InlineData(0.7499, Band.Red)]
    [InlineData(0.0, Band.Red)]
    public void Band_HigherIsBetter_AtTheBoundaries(double value, Band band) =>
        new TargetBand(0.8, 0.05, KpiDirection.HigherIsBetter).Classify(value).ShouldBe(band);

    [Theory]
    [InlineData(10, Band.Green)]
    [InlineData(30, Band.Green)] // on target
    [InlineData(30.01, Band.Amber)]
    [InlineData(40, Band.Amber)] // on the amber edge
    [InlineData(40.01, Band.Red)]
    public void Band_LowerIsBetter_AtTheBoundaries(double value, Band band) =>
        new TargetBand(30, 10, KpiDirection.LowerIsBetter).Classify(value).ShouldBe(band);

    [Fact]
    public void Band_AComputedFractionOnTheTarget_IsGreen()
    {
        new TargetBand(0.8, 0.05, KpiDirection.HigherIsBetter).Classify(4.0 / 5).ShouldBe(Band.Green);
        new TargetBand(0.7, 0.1, KpiDirection.HigherIsBetter).Classify(0.6).ShouldBe(Band.Amber); // 0.7 - 0.1 = 0.59999…
    }

    [Fact]
    public void Band_ZeroTolerance_HasNoAmber()
    {
        var band = new TargetBand(0.8, 0, KpiDirection.HigherIsBetter);
        band.Classify(0.8).ShouldBe(Band.Green);
        band.Classify(0.7999).ShouldBe(Band.Red);
    }

    [Fact]
    public void Definition_Valid_IsTrimmedAndKept() =>
        (ServiceLevel() with { Name = "  SL  " }).Validated().Name.ShouldBe("SL");

    [Theory]
    [InlineData(0.8, -0.05, "kpi.tolerance-side", "targets[0].tolerance")] // tolerance on the wrong side
    [InlineData(80, 5, "kpi.target-unit", "targets[0].target")] // a percentage where a fraction is meant
    [InlineData(0.1, 0.2, "kpi.tolerance-range", "targets[0].tolerance")] // amber edge below 0
    [InlineData(1.2, 0, "kpi.target-unit", "targets[0].target")]
    public void Definition_BadTarget_IsRefusedNamingTheField(double target, double tolerance, string code, string field)
    {
        var error = Should.Throw<DomainException>(() => ServiceLevel(new KpiTarget(KpiLevel.Centre, target, tolerance)).Validated());

        error.Code.ShouldBe(code);
        error.Field.ShouldBe(field);
    }

    [Fact]
    public void Definition_SecondsTargetOutOfRange_AndTwoTargetsForOneLevel_AreRefused()
    {
        Should.Throw<DomainException>(() => Asa(-1, 5).Validated()).Code.ShouldBe("kpi.target-unit");
        Should.Throw<DomainException>(() => ServiceLevel(new KpiTarget(KpiLevel.Team, 0.8, 0), new KpiTarget(KpiLevel.Team, 0.7, 0)).Validated())
            .Code.ShouldBe("kpi.target-level");
        Asa(30, 10).Validated().Targets.Single().Level.ShouldBe(KpiLevel.Team);
    }

    [Fact]
    public void Definition_UnknownOrUnavailableMeasure_NoPurpose_NoTargets_AreRefused()
    {
        Should.Throw<DomainException>(() => (ServiceLevel() with { Measure = "speed" }).Validated()).Field.ShouldBe("measure");
        Should.Throw<DomainException>(() => (ServiceLevel() with { Measure = "csat" }).Validated()).Code.ShouldBe("kpi.measure-unavailable");
        Should.Throw<DomainException>(() => (ServiceLevel() with { Purpose = " " }).Validated()).Field.ShouldBe("purpose");
        Should.Throw<DomainException>(() => (ServiceLevel() with { Targets = [] }).Validated()).Field.ShouldBe("targets");
    }

    [Fact]
    public void Versions_EachPeriodIsJudgedByTheVersionInEffectOnItsFirstDay()
    {
        var by = Guid.NewGuid();
        var kpi = Kpi.Create(ServiceLevel(), new DateOnly(2026, 1, 1), by, DateTime.UnixEpoch);
        var v2 = kpi.Revise(ServiceLevel(new KpiTarget(KpiLevel.Centre, 0.9, 0.05)), new DateOnly(2026, 3, 1), by, DateTime.UnixEpoch);

        v2.Number.ShouldBe(2);
        kpi.DefinitionVersion.ShouldBe(2);
        kpi.VersionOn(new DateOnly(2026, 2, 28)).Number.ShouldBe(1);
        kpi.VersionOn(new DateOnly(2026, 3, 1)).Number.ShouldBe(2);
        kpi.VersionOn(new DateOnly(2025, 12, 1)).Number.ShouldBe(1);
        Should.Throw<DomainException>(() => kpi.Revise(ServiceLevel(), new DateOnly(2026, 2, 1), by, DateTime.UnixEpoch)).Field.ShouldBe("effectiveFrom");
    }

    [Fact]
    public void Periods_WeeksStartOnMonday_MonthsOnTheFirst()
    {
        KpiPeriods.StartOf(new DateOnly(2026, 3, 8), KpiFrequency.Weekly).ShouldBe(new DateOnly(2026, 3, 2)); // Sunday → Monday before
        KpiPeriods.StartOf(new DateOnly(2026, 3, 2), KpiFrequency.Weekly).ShouldBe(new DateOnly(2026, 3, 2));
        KpiPeriods.StartOf(new DateOnly(2026, 3, 31), KpiFrequency.Monthly).ShouldBe(new DateOnly(2026, 3, 1));
        KpiPeriods.Starts(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 1), KpiFrequency.Monthly)
            .ShouldBe([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)]);
    }
}
