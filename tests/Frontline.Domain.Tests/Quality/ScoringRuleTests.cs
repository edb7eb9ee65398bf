using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using static Frontline.Domain.Tests.Quality.ScorecardBuilder;

namespace Frontline.Domain.Tests.Quality;

/// <summary>The scoring rule of issue 8, with our own vectors (worked by hand in the comments).</summary>
public sealed class ScoringRuleTests
{
    // S1 (weight 2): A yes/no w3, B scale 0..4 w1 (n/a allowed). S2 (weight 1): C scale 0..5 w2, D yes/no w1 (both n/a allowed).
    private static readonly ScorecardVersion Card = Published(
        Section("S1", 2, YesNo("A", 3), Scale("B", 4, 1, allowNa: true)),
        Section("S2", 1, Scale("C", 5, 2, allowNa: true), YesNo("D", 1, allowNa: true)));

    [Fact]
    public void Weights_SectionAndCriterion()
    {
        // S1 = (3×1 + 1×2/4) ÷ 4 = 0.875; S2 = (2×3/5 + 1×0) ÷ 3 = 0.4; (2×0.875 + 1×0.4) ÷ 3 × 100 = 71.666… → 71.67.
        var result = ScoringRule.Score(Card, Card.Answers(("A", "yes"), ("B", "2"), ("C", "3"), ("D", "no")));
        result.ScoreBeforeCritical.ShouldBe(71.67m);
        result.Score.ShouldBe(71.67m);
        result.Band.ShouldBe("needs-improvement");
        result.CriticalFailed.ShouldBeEmpty();
        result.SectionScores.Values.ShouldBe([87.5m, 40m]);
    }

    [Fact]
    public void NotApplicable_IsLeftOut_AndTheRestReweighted()
    {
        // S1 = 3×1 ÷ 3 = 1 (B n/a); S2 = 0.4; (2 + 0.4) ÷ 3 × 100 = 80.
        var result = ScoringRule.Score(Card, Card.Answers(("A", "yes"), ("B", "na"), ("C", "3"), ("D", "no")));
        result.Score.ShouldBe(80m);
        result.Band.ShouldBe("good");
    }

    [Fact]
    public void SectionAllNotApplicable_IsExcludedFromTheScore()
    {
        // S2 takes no part: 0.875 × 100 = 87.5.
        var result = ScoringRule.Score(Card, Card.Answers(("A", "yes"), ("B", "2"), ("C", "na"), ("D", "na")));
        result.Score.ShouldBe(87.5m);
        result.SectionScores[Card.Sections[1].Id].ShouldBeNull();
    }

    [Fact]
    public void EverythingNotApplicable_CannotBeScored()
    {
        var card = Published(Section("S", 1, YesNo("A", allowNa: true)));
        Should.Throw<DomainException>(() => ScoringRule.Score(card, card.Answers(("A", "na")))).Field.ShouldBe("answers");
    }

    [Theory]
    [InlineData(Criticality.Customer, false)]
    [InlineData(Criticality.Business, false)]
    [InlineData(Criticality.Compliance, true)]
    public void CriticalAnsweredNo_ScoresZero_BandFail_AndListsIt(Criticality kind, bool compliance)
    {
        var card = Published(Section("S", 1, YesNo("A", 3), YesNo("Disclosures read", 1, critical: kind)));
        var result = ScoringRule.Score(card, card.Answers(("A", "yes"), ("Disclosures read", "no")));
        result.ScoreBeforeCritical.ShouldBe(75m);
        result.Score.ShouldBe(0m);
        result.Band.ShouldBe("fail");
        result.CriticalFailed.ShouldBe([card.Id("Disclosures read")]);
        result.ComplianceCriticalFailed.ShouldBe(compliance);
    }

    [Fact]
    public void CriticalScale_FailsOnlyAtZeroPoints_AndNotApplicableIsNoFailure()
    {
        var card = Published(Section("S", 1, Scale("Accuracy", 4, critical: Criticality.Customer, allowNa: true), YesNo("B")));
        ScoringRule.Score(card, card.Answers(("Accuracy", "0"), ("B", "yes"))).Band.ShouldBe("fail");
        ScoringRule.Score(card, card.Answers(("Accuracy", "1"), ("B", "yes"))).Score.ShouldBe(62.5m);
        ScoringRule.Score(card, card.Answers(("Accuracy", "na"), ("B", "yes"))).Score.ShouldBe(100m);
    }

    [Theory]
    // 1/32 = 3.125 % → 3.13 (half away from zero; banker's rounding would give 3.12); 5/32 = 15.625 → 15.63; 3/32 = 9.375 → 9.38.
    [InlineData(1, 3.13)]
    [InlineData(5, 15.63)]
    [InlineData(3, 9.38)]
    [InlineData(0, 0)]
    [InlineData(32, 100)]
    public void Rounding_HalfAwayFromZero_ToTwoDecimals(int points, double expected)
    {
        var card = Published(Section("S", 1, Scale("A", 32)));
        ScoringRule.Score(card, card.Answers(("A", points.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Score.ShouldBe((decimal)expected);
    }

    [Fact]
    public void Rounding_IsExact_ThroughThirdsAndDecimalWeights()
    {
        // (0.5×1 + 1.5×1/3) ÷ 2 = 0.5 exactly → 50.00 (no 49.99 from 0.333… on the way); 2/3 → 66.67; 1/3 → 33.33.
        var card = Published(Section("S", 1, YesNo("A", 0.5m), Scale("B", 3, 1.5m)));
        ScoringRule.Score(card, card.Answers(("A", "yes"), ("B", "1"))).Score.ShouldBe(50m);
        var thirds = Published(Section("S", 1, Scale("A", 3)));
        ScoringRule.Score(thirds, thirds.Answers(("A", "2"))).Score.ShouldBe(66.67m);
        ScoringRule.Score(thirds, thirds.Answers(("A", "1"))).Score.ShouldBe(33.33m);
    }

    [Theory]
    [InlineData(100, "excellent")]
    [InlineData(90, "excellent")]
    [InlineData(89.99, "good")]
    [InlineData(75, "good")]
    [InlineData(74.99, "needs-improvement")]
    [InlineData(60, "needs-improvement")]
    [InlineData(59.99, "unsatisfactory")]
    [InlineData(0, "unsatisfactory")]
    public void DefaultBands(double score, string band) => ScoreBands.Default.BandOf((decimal)score, false).ShouldBe(band);

    [Fact]
    public void CustomBands_AndFailAfterCritical()
    {
        var bands = new ScoreBands(95, 80, 50);
        bands.BandOf(94.99m, false).ShouldBe("good");
        bands.BandOf(50m, false).ShouldBe("needs-improvement");
        bands.BandOf(100m, true).ShouldBe("fail");
    }

    [Fact]
    public void BadAnswers_AreRefusedNamingTheField()
    {
        var other = Guid.NewGuid();
        Field(() => ScoringRule.CheckAnswers(Card, [new CriterionAnswer(other, AnswerValue.Parse("yes")!.Value)])).ShouldBe("answers[0].criterionId");
        Field(() => ScoringRule.CheckAnswers(Card, Card.Answers(("B", "5")))).ShouldBe("answers[0].value");
        Field(() => ScoringRule.CheckAnswers(Card, Card.Answers(("B", "-1")))).ShouldBe("answers[0].value");
        Field(() => ScoringRule.CheckAnswers(Card, Card.Answers(("A", "na")))).ShouldBe("answers[0].value");
        Field(() => ScoringRule.CheckAnswers(Card, Card.Answers(("A", "2")))).ShouldBe("answers[0].value");
        Field(() => ScoringRule.CheckAnswers(Card, Card.Answers(("A", "yes"), ("A", "no")))).ShouldBe("answers[1].criterionId");
        Field(() => ScoringRule.Score(Card, Card.Answers(("A", "yes")))).ShouldBe("answers");
        AnswerValue.Parse("maybe").ShouldBeNull();
        AnswerValue.Parse("N/A").ShouldBe(AnswerValue.Na);
    }

    private static string? Field(Action action) => Should.Throw<DomainException>(action).Field;
}
