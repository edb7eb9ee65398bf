using Frontline.Domain.Performance;

namespace Frontline.Domain.Tests.Performance;

/// <summary>The totals the database counts give the same figures as the row-by-row arithmetic (the SQL path of the results).</summary>
public sealed class ContactTotalsTests
{
    // The MeasureTests vector by hand: answered waits 5, 20, 21, 60 (talk 100 s, one with 30 s wrap); abandoned after 10, 20, 45; one IVR hang-up.
    private static readonly ContactTotals Sample = new(Queued: 7, Answered: 4, AnsweredWithin: 2, AbandonedLate: 1, WaitSeconds: 106, Handled: 4, HandleSeconds: 430);

    [Theory]
    [InlineData(MeasureCatalogue.ServiceLevel, ServiceLevelDenominator.Offered, 2.0 / 7, 7)]
    [InlineData(MeasureCatalogue.ServiceLevel, ServiceLevelDenominator.AnsweredPlusLateAbandons, 2.0 / 5, 5)]
    [InlineData(MeasureCatalogue.AverageSpeedOfAnswer, ServiceLevelDenominator.Offered, 26.5, 4)]
    [InlineData(MeasureCatalogue.AbandonmentRate, ServiceLevelDenominator.Offered, 3.0 / 7, 7)]
    [InlineData(MeasureCatalogue.AverageHandlingTime, ServiceLevelDenominator.Offered, 107.5, 4)]
    public void Measure_GivesTheRowByRowFigure(string measure, ServiceLevelDenominator denominator, double value, int count)
    {
        var rows = Rows();
        var parameters = new MeasureParameters(20, denominator);
        var fromRows = ContactMeasureMath.Compute(measure, parameters, rows);
        var fromTotals = Sample.Measure(measure, parameters);

        fromTotals.Value!.Value.ShouldBe(value, 1e-12);
        fromTotals.Count.ShouldBe(count);
        fromRows.Value!.Value.ShouldBe(value, 1e-12);
        fromRows.Count.ShouldBe(count);
    }

    [Fact]
    public void Measure_NothingQueued_HasNoValue() =>
        ContactTotals.None.Measure(MeasureCatalogue.ServiceLevel, new MeasureParameters()).Value.ShouldBeNull();

    [Fact]
    public void Add_SumsEveryTotal() =>
        Sample.Add(Sample).ShouldBe(new ContactTotals(14, 8, 4, 2, 212, 8, 860));

    private static List<ContactObservation> Rows()
    {
        var t0 = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        ContactObservation Answered(double wait, double? wrap = null) =>
            new(Guid.NewGuid(), Guid.NewGuid(), null, null, t0.AddSeconds(-30), t0, t0.AddSeconds(wait), t0.AddSeconds(wait + 100),
                wrap is { } w ? t0.AddSeconds(wait + 100 + w) : null);
        ContactObservation Abandoned(double after) => new(Guid.NewGuid(), null, null, null, t0.AddSeconds(-30), t0, null, t0.AddSeconds(after), null);
        return [Answered(5, 30), Answered(20), Answered(21), Answered(60), Abandoned(10), Abandoned(20), Abandoned(45),
            new(Guid.NewGuid(), null, null, null, t0, null, null, t0.AddSeconds(15), null)];
    }
}
