using Frontline.Domain.Catalogue;

namespace Frontline.Domain.Tests.Catalogue;

public sealed class ProductEligibilityTests
{
    private static readonly ProductEligibility CreditCard = new()
    {
        MinimumAge = 18, MaximumAge = 75, UkResidentRequired = true, MinimumAnnualIncomePence = 10_000_00,
        RequiredProducts = ["CURRENT-ACCOUNT"], ExcludedProducts = ["CREDIT-CARD"],
    };

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(75, true)]
    [InlineData(76, false)]
    public void Age_BoundariesAreInclusive(int age, bool eligible) =>
        CreditCard.Evaluate(new EligibilityFacts(age, true, ["CURRENT-ACCOUNT"], 20_000_00)).Eligible.ShouldBe(eligible);

    [Fact]
    public void EveryUnmetCriterion_IsGivenAsAReason()
    {
        var result = CreditCard.Evaluate(new EligibilityFacts(16, false, ["credit-card"], 5_000_00));
        result.Eligible.ShouldBeFalse();
        result.Reasons.Count.ShouldBe(5);
        result.Reasons.ShouldContain(r => r.Contains("at least 18", StringComparison.Ordinal));
        result.Reasons.ShouldContain(r => r.Contains("resident in the UK", StringComparison.Ordinal));
        result.Reasons.ShouldContain(r => r.Contains("£10,000", StringComparison.Ordinal));
        result.Reasons.ShouldContain(r => r.Contains("must already hold CURRENT-ACCOUNT", StringComparison.Ordinal));
        result.Reasons.ShouldContain(r => r.Contains("already hold CREDIT-CARD", StringComparison.Ordinal), "held products match case-insensitively");
    }

    [Fact]
    public void NoCriteria_EveryoneIsEligible() =>
        new ProductEligibility().Evaluate(new EligibilityFacts(30, false, null, null)).ShouldBe(new EligibilityResult(true, []), new EligibilityResultComparer());

    [Fact]
    public void MaterialParts_AreWordingFeaturesEligibilityFeesAndDisclosures()
    {
        var product = new Product { Code = "X", Name = "X", Overview = "o", Fees = [new ProductFee("Monthly fee", 300, "monthly")] };
        var renamed = product.Snapshot();
        renamed.Overview = "clearer overview";
        renamed.CompareWith(product).IsMaterial.ShouldBeFalse();
        renamed.CompareWith(product).Parts.ShouldBe(["overview"]);

        var dearer = product.Snapshot();
        dearer.Fees = [new ProductFee("Monthly fee", 400, "monthly")];
        dearer.CompareWith(product).IsMaterial.ShouldBeTrue();
        product.Snapshot().CompareWith(product).Any.ShouldBeFalse();
    }

    private sealed class EligibilityResultComparer : IEqualityComparer<EligibilityResult>
    {
        public bool Equals(EligibilityResult? x, EligibilityResult? y) => x!.Eligible == y!.Eligible && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(EligibilityResult obj) => obj.Eligible.GetHashCode();
    }
}
