using Frontline.Domain.Cases;

namespace Frontline.Domain.Tests.Cases;

/// <summary>The authority check: grade × action × amount.</summary>
public sealed class AuthorityMatrixTests
{
    private static readonly AuthorityMatrix Matrix = new([
        new(1, "refund", true, 5_000),
        new(2, "refund", true, 10_000),
        new(4, "refund", true, 100_000),
        new(1, "account-closure", false, 0),
        new(3, "account-closure", true, 0),
    ]);

    [Theory]
    [InlineData(1, 5_000)]
    [InlineData(1, 0)]
    [InlineData(2, 10_000)]
    [InlineData(4, 99_999)]
    public void Check_WithinLimit_IsAllowed(int grade, long amount)
    {
        var verdict = Matrix.Check(grade, "refund", amount);
        verdict.Allowed.ShouldBeTrue(verdict.Reason);
    }

    [Fact]
    public void Check_OverLimit_IsRefused_NamingTheLowestGradeThatMay()
    {
        var verdict = Matrix.Check(1, "refund", 20_000);
        verdict.Allowed.ShouldBeFalse();
        verdict.GradeNeeded.ShouldBe(4);
        verdict.LimitPence.ShouldBe(100_000);
        verdict.Reason.ShouldContain("£50.00");
        verdict.Reason.ShouldContain("grade 4");
    }

    [Fact]
    public void Check_ActionNotAllowedForGrade_IsRefused()
    {
        var verdict = Matrix.Check(1, "account-closure", 0);
        verdict.Allowed.ShouldBeFalse();
        verdict.GradeNeeded.ShouldBe(3);
        verdict.Reason.ShouldContain("may not take account-closure");
    }

    [Fact]
    public void Check_GradeWithoutRule_IsRefused() => Matrix.Check(3, "refund", 1).Allowed.ShouldBeFalse();

    [Fact]
    public void Check_BeyondEveryGrade_SaysTheMatrixMustChange()
    {
        var verdict = Matrix.Check(1, "refund", 1_000_000);
        verdict.GradeNeeded.ShouldBeNull();
        verdict.Reason.ShouldContain("No grade has authority");
    }

    [Fact]
    public void Check_UnknownAction_IsRefused() => Matrix.Check(9, "teleport", 0).Allowed.ShouldBeFalse();

    [Fact]
    public void Validate_FindsBadGradesCodesLimitsAndDuplicates()
    {
        var errors = AuthorityMatrix.Validate([
            new(0, "refund", true, 1), new(1, "Bad Code", true, 1), new(2, "refund", true, -5), new(3, "refund", true, 1), new(3, "refund", false, 0),
        ]);
        errors.Select(e => e.Field).ShouldBe(["rules[0].grade", "rules[1].action", "rules[2].limitPence", "rules"], ignoreOrder: true);
    }

    [Fact]
    public void Default_CoversTheStandardActions_AndIsValid()
    {
        AuthorityMatrix.Validate(AuthorityMatrix.Default.Rules.ToList()).ShouldBeEmpty();
        AuthorityMatrix.Default.Actions.ShouldBe(AuthorityMatrix.StandardActions, ignoreOrder: true);
        AuthorityMatrix.Default.Check(1, "refund", 5_001).GradeNeeded.ShouldBe(2);
    }
}
