using Frontline.Domain.People.Development;

namespace Frontline.Domain.Tests.People;

/// <summary>Before/after windows around development and their edge cases (no data before, too few observations, not finished).</summary>
public sealed class EffectivenessRuleTests
{
    private static readonly EffectivenessRule Rule = new(WindowDays: 30, MinObservations: 3);
    private static readonly DateOnly Start = new(2026, 10, 1);
    private static readonly DateOnly End = new(2026, 10, 31);
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Observations O(int count, decimal? mean) => new(count, mean);

    [Fact]
    public void Windows_BeforeEndsTheDayBeforeTheStart_AfterStartsTheDayAfterTheEnd_BothWindowDaysLong_InstantsHalfOpen()
    {
        var before = Rule.Before(Start);
        (before.From, before.To).ShouldBe((new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)));
        var after = Rule.After(End);
        (after.From, after.To).ShouldBe((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        before.Start.ShouldBe(new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        before.End.ShouldBe(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        new EffectivenessRule(1).Before(Start).ShouldBe(new DayWindow(new DateOnly(2026, 9, 30), new DateOnly(2026, 9, 30)));
    }

    [Theory]
    [InlineData(5, 70.0, 5, 80.0, null, EffectivenessVerdict.Met)]
    [InlineData(5, 70.0, 5, 70.0, null, EffectivenessVerdict.NotMet)]
    [InlineData(5, 70.0, 5, 80.0, 10.0, EffectivenessVerdict.Met)]
    [InlineData(5, 70.0, 5, 79.99, 10.0, EffectivenessVerdict.NotMet)]
    [InlineData(0, null, 5, 80.0, null, EffectivenessVerdict.NoDataBefore)]
    [InlineData(5, 70.0, 0, null, null, EffectivenessVerdict.NoDataAfter)]
    [InlineData(2, 70.0, 5, 90.0, null, EffectivenessVerdict.TooFewObservations)]
    [InlineData(5, 70.0, 2, 90.0, null, EffectivenessVerdict.TooFewObservations)]
    [InlineData(3, 70.0, 3, 90.0, null, EffectivenessVerdict.Met)]
    public void Judge_Verdicts(int beforeCount, double? beforeMean, int afterCount, double? afterMean, double? target, EffectivenessVerdict verdict)
    {
        var result = Rule.Judge(O(beforeCount, (decimal?)beforeMean), O(afterCount, (decimal?)afterMean), (decimal?)target, End, Today);
        result.Verdict.ShouldBe(verdict);
        result.Judged.ShouldBe(verdict is EffectivenessVerdict.Met or EffectivenessVerdict.NotMet);
    }

    [Fact]
    public void Judge_ChangeIsShownWhenBothSidesHaveData_EvenWhenTooFewToJudge()
    {
        var result = Rule.Judge(O(2, 70m), O(1, 85.5m), null, End, Today);
        (result.Change, result.Verdict).ShouldBe((15.5m, EffectivenessVerdict.TooFewObservations));
        Rule.Judge(O(0, null), O(4, 85m), null, End, Today).Change.ShouldBeNull();
    }

    [Fact]
    public void Judge_NotFinished_WithoutAnEnd_OrEndingTodayOrLater_AfterWindowOpen_UntilItsLastDayHasPassed()
    {
        Rule.Judge(O(5, 70m), O(0, null), null, null, Today).Verdict.ShouldBe(EffectivenessVerdict.NotFinished);
        Rule.Judge(O(5, 70m), O(0, null), null, Today, Today).Verdict.ShouldBe(EffectivenessVerdict.NotFinished);
        var end = Today.AddDays(-10);
        Rule.Judge(O(5, 70m), O(4, 90m), null, end, Today).Verdict.ShouldBe(EffectivenessVerdict.AfterWindowOpen);
        // The after window's last day is end + 30: still open on that day, judged the day after.
        var lastDay = Rule.After(End).To;
        Rule.Judge(O(5, 70m), O(4, 90m), null, End, lastDay).Verdict.ShouldBe(EffectivenessVerdict.AfterWindowOpen);
        Rule.Judge(O(5, 70m), O(4, 90m), null, End, lastDay.AddDays(1)).Verdict.ShouldBe(EffectivenessVerdict.Met);
    }
}
