using Frontline.Domain.Performance;

namespace Frontline.Domain.Tests.Performance;

/// <summary>The arithmetic of each contact measure on small vectors worked by hand.</summary>
public sealed class MeasureTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Queued at T0 (or <paramref name="at"/>), answered after <paramref name="wait"/> s and ended <paramref name="talk"/> s later (wrap optional).</summary>
    private static ContactObservation Answered(double wait, double talk = 100, double? wrap = null, Guid? customer = null, DateTime? at = null)
    {
        var q = at ?? T0;
        var a = q.AddSeconds(wait);
        var e = a.AddSeconds(talk);
        return new(Guid.NewGuid(), Guid.NewGuid(), null, customer, q.AddSeconds(-30), q, a, e, wrap is { } w ? e.AddSeconds(w) : null);
    }

    private static ContactObservation Abandoned(double abandonAfter) => new(Guid.NewGuid(), null, null, null, T0.AddSeconds(-30), T0, null, T0.AddSeconds(abandonAfter), null);

    private static ContactObservation HungUpInIvr() => new(Guid.NewGuid(), null, null, null, T0, null, null, T0.AddSeconds(15), null);

    // 4 answered (waits 5, 20, 21, 60), 3 abandoned in queue (after 10, 20, 45), 1 hung up in the IVR.
    private static readonly List<ContactObservation> Sample =
        [Answered(5), Answered(20), Answered(21), Answered(60), Abandoned(10), Abandoned(20), Abandoned(45), HungUpInIvr()];

    [Fact]
    public void ServiceLevel_Offered_CountsEveryQueueAbandon()
    {
        // within 20 s (≤): 5 and 20 → 2; offered = 4 answered + 3 abandoned = 7.
        var value = ContactMeasureMath.ServiceLevel(Sample, 20, ServiceLevelDenominator.Offered);

        value.Count.ShouldBe(7);
        value.Value!.Value.ShouldBe(2.0 / 7, 1e-12);
    }

    [Fact]
    public void ServiceLevel_AnsweredPlusLateAbandons_LeavesOutAbandonsWithinT()
    {
        // abandons after more than 20 s: only the 45 s one → denominator 4 + 1 = 5.
        var value = ContactMeasureMath.ServiceLevel(Sample, 20, ServiceLevelDenominator.AnsweredPlusLateAbandons);

        value.Count.ShouldBe(5);
        value.Value!.Value.ShouldBe(2.0 / 5, 1e-12);
    }

    [Fact]
    public void AverageSpeedOfAnswer_IsTheMeanWaitOfAnsweredContacts()
    {
        var value = ContactMeasureMath.Compute(MeasureCatalogue.AverageSpeedOfAnswer, new MeasureParameters(), Sample);

        value.Count.ShouldBe(4);
        value.Value!.Value.ShouldBe((5 + 20 + 21 + 60) / 4.0, 1e-9);
    }

    [Fact]
    public void AbandonmentRate_IsAbandonedInQueueOverOffered_IvrHangUpsNotCounted()
    {
        var value = ContactMeasureMath.Compute(MeasureCatalogue.AbandonmentRate, new MeasureParameters(), Sample);

        value.Count.ShouldBe(7);
        value.Value!.Value.ShouldBe(3.0 / 7, 1e-12);
    }

    [Fact]
    public void AverageHandlingTime_AddsWrapWhenRecorded()
    {
        var contacts = new List<ContactObservation> { Answered(5, talk: 200, wrap: 40), Answered(5, talk: 100), Abandoned(30) };

        var value = ContactMeasureMath.Compute(MeasureCatalogue.AverageHandlingTime, new MeasureParameters(), contacts);

        value.Count.ShouldBe(2);
        value.Value!.Value.ShouldBe((240 + 100) / 2.0, 1e-9);
    }

    [Fact]
    public void AnsweredWithoutQueueing_WaitedZero()
    {
        var direct = new ContactObservation(Guid.NewGuid(), Guid.NewGuid(), null, null, T0, T0.AddSeconds(8), T0.AddSeconds(8), T0.AddSeconds(100), null);

        direct.WaitSeconds.ShouldBe(0);
        ContactMeasureMath.ServiceLevel([direct], 0, ServiceLevelDenominator.Offered).Value.ShouldBe(1);
    }

    [Fact]
    public void AnswerStampedBeforeQueueEntry_CountsAsZeroWait()
    {
        var skewed = new ContactObservation(Guid.NewGuid(), Guid.NewGuid(), null, null, T0, T0.AddSeconds(10), T0.AddSeconds(7), T0.AddSeconds(100), null);

        skewed.WaitSeconds.ShouldBe(0);
    }

    [Fact]
    public void FirstContactResolution_ARepeatWithinNDaysFromTheSameCustomer_IsNotResolved()
    {
        var alice = Guid.NewGuid();
        var bob = Guid.NewGuid();
        var carol = Guid.NewGuid();
        var aliceFirst = Answered(5, customer: alice);
        var aliceAgain = Answered(5, customer: alice, at: T0.AddDays(3)); // within 7 days
        var bobFirst = Answered(5, customer: bob);
        var bobAgain = Answered(5, customer: bob, at: T0.AddDays(8)); // after 7 days (+30 s offered lead): resolved first time
        var carolOnly = Answered(5, customer: carol);
        var anonymous = Answered(5);
        List<ContactObservation> period = [aliceFirst, bobFirst, carolOnly, anonymous];
        List<ContactObservation> later = [aliceFirst, aliceAgain, bobFirst, bobAgain, carolOnly];

        var value = ContactMeasureMath.Compute(MeasureCatalogue.FirstContactResolution, new MeasureParameters(RepeatDays: 7), period, later);

        value.Count.ShouldBe(3); // the anonymous contact cannot be judged
        value.Value!.Value.ShouldBe(2.0 / 3, 1e-12);
    }

    [Fact]
    public void NothingToMeasure_GivesNoValue()
    {
        ContactMeasureMath.Compute(MeasureCatalogue.ServiceLevel, new MeasureParameters(), [HungUpInIvr()]).ShouldBe(new MeasureValue(null, 0));
        ContactMeasureMath.Compute(MeasureCatalogue.AverageSpeedOfAnswer, new MeasureParameters(), []).Value.ShouldBeNull();
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    [InlineData(31, true)]
    public void Suitability_AnIndividualFigureFromFewerThan30Contacts_IsNotReliable(int count, bool reliable) =>
        Suitability.IsReliable(count).ShouldBe(reliable);
}
