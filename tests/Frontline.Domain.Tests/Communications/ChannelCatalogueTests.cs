using Frontline.Domain.Communications;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Communications;

/// <summary>Channel figures from activity and configured costs, and weighted channel evaluations.</summary>
public sealed class ChannelCatalogueTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Figures_CostPerContactWithItsFormula_Ratios_NullWhenNothingToDivide()
    {
        var phone = MediaChannels.Find("phone")!;
        var settings = ChannelSettings.Configure(null, "phone", true, new ChannelCosts(1800, 200_000, 5, 0), Guid.NewGuid(), Now);
        // 1,000 calls of 6 minutes over one average month: 180p staff + 5p + 200p = 385p.
        var activity = new ChannelActivity("phone", 1000, 360_000, 600, 800, 3, 45, 50, 120);
        var f = ChannelFigures.For(phone, settings, activity, 1m);
        f.CostPerContactPence.ShouldBe(385);
        f.AverageHandlingSeconds.ShouldBe(360);
        f.CostFormula.ShouldBe("360 s handling ÷ 3600 × 1800p/hour + 5p technology + 0p postage + 1 months × 200000p/month ÷ 1000 contacts = 385p");
        f.FirstContactResolution.ShouldBe(0.75);
        f.ComplaintsPer1000.ShouldBe(3);
        f.Csat.ShouldBe(0.9);
        f.SupportNeedsShare.ShouldBe(0.12);

        var none = ChannelFigures.For(MediaChannels.Find("video")!, null, new ChannelActivity("video", 0, 0, 0, 0, 0, 0, 0, 0), 1m);
        none.CostPerContactPence.ShouldBeNull();
        none.Csat.ShouldBeNull();
        none.Offered.ShouldBeFalse();
        ChannelFigures.Months(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).ShouldBe(365m / 30.4375m);
    }

    [Fact]
    public void Configure_RefusesNegativeCostsAndUnknownChannels()
    {
        Should.Throw<DomainException>(() => ChannelSettings.Configure(null, "phone", true, new ChannelCosts(0, -1, 0, 0), Guid.NewGuid(), Now)).Field.ShouldBe("costs");
        Should.Throw<DomainException>(() => ChannelSettings.Configure(null, "pigeon", true, new ChannelCosts(0, 0, 0, 0), Guid.NewGuid(), Now)).Kind
            .ShouldBe(DomainErrorKind.NotFound);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 1, 5, 3, 4, 2, 1, 3)]
    [InlineData(3, 0, 0, 0, 1, 5, 1, 1, 1, 1, 4)]
    [InlineData(0, 0, 0, 0, 2, 5, 5, 5, 5, 2, 2)]
    public void Weighted_IsTheWeightedMeanOfTheScores(int wc, int wp, int wa, int wr, int wk, int c, int p, int a, int r, int k, double expected) =>
        ChannelEvaluation.Weighted(new EvaluationWeights(wc, wp, wa, wr, wk), new ChannelScoreInput("phone", c, p, a, r, k, ChannelRecommendation.Maintain, "x"))
            .ShouldBe(expected);

    [Fact]
    public void Evaluation_RefusesWeightsNotSummingToSomethingPositive_ScoresOutOfRange_AndMissingReasons()
    {
        ChannelScoreInput Row(string channel, int score = 3, string reasons = "Cheap and liked.") =>
            new(channel, score, score, score, score, score, ChannelRecommendation.Expand, reasons);
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        Should.Throw<DomainException>(() => ChannelEvaluation.Record("Annual", from, to, new EvaluationWeights(0, 0, 0, 0, 0), [Row("chat")], Guid.NewGuid(), Now))
            .Field.ShouldBe("weights");
        Should.Throw<DomainException>(() => ChannelEvaluation.Record("Annual", from, to, new EvaluationWeights(1, -1, 0, 0, 0), [Row("chat")], Guid.NewGuid(), Now))
            .Field.ShouldBe("weights");
        Should.Throw<DomainException>(() => ChannelEvaluation.Record("Annual", from, to, new EvaluationWeights(1, 1, 1, 1, 1), [Row("chat", 6)], Guid.NewGuid(), Now))
            .Field.ShouldBe("channels[0]");
        Should.Throw<DomainException>(() => ChannelEvaluation.Record("Annual", from, to, new EvaluationWeights(1, 1, 1, 1, 1), [Row("chat", reasons: " ")], Guid.NewGuid(),
            Now)).Field.ShouldBe("channels[0].reasons");
        Should.Throw<DomainException>(() => ChannelEvaluation.Record("Annual", from, to, new EvaluationWeights(1, 1, 1, 1, 1), [Row("chat"), Row("chat")], Guid.NewGuid(),
            Now)).Field.ShouldBe("channels[1].channel");
        var ok = ChannelEvaluation.Record("Annual", from, to, new EvaluationWeights(2, 1, 1, 1, 0), [Row("chat", 4)], Guid.NewGuid(), Now);
        ok.Entries.ShouldHaveSingleItem().Score.ShouldBe(4);
        ok.EvaluatedOn.ShouldBe(new DateOnly(2026, 12, 7));
    }
}
