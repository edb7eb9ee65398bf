using Frontline.Domain.Customers;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Customers;

public sealed class IdvPolicyTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private readonly IdvPolicy _policy = IdvPolicy.CreateDefault(Now);

    [Theory]
    [InlineData(new IdvFactor[0], AssuranceLevel.None)]
    [InlineData(new[] { IdvFactor.DateOfBirth }, AssuranceLevel.None)]
    [InlineData(new[] { IdvFactor.DateOfBirth, IdvFactor.Postcode }, AssuranceLevel.Standard)]
    [InlineData(new[] { IdvFactor.Postcode, IdvFactor.CustomerReference }, AssuranceLevel.Standard)]
    [InlineData(new[] { IdvFactor.DateOfBirth, IdvFactor.SecurityAnswer, IdvFactor.Postcode }, AssuranceLevel.Standard)]
    [InlineData(new[] { IdvFactor.PasscodeCharacters }, AssuranceLevel.None)]
    [InlineData(new[] { IdvFactor.PasscodeCharacters, IdvFactor.DateOfBirth }, AssuranceLevel.High)]
    [InlineData(new[] { IdvFactor.PasscodeCharacters, IdvFactor.OneTimeCode }, AssuranceLevel.High)]
    [InlineData(new[] { IdvFactor.OneTimeCode, IdvFactor.DateOfBirth }, AssuranceLevel.None)]
    [InlineData(new[] { IdvFactor.PasscodeCharacters, IdvFactor.CustomerReference }, AssuranceLevel.Standard)]
    public void LevelReached_TwoOfWhichOneMustBePasscode(IdvFactor[] passed, AssuranceLevel expected) =>
        _policy.LevelReached(passed.ToHashSet()).ShouldBe(expected);

    [Fact]
    public void LevelReached_IgnoresFactorsNotInUse()
    {
        _policy.EnabledFactors.Remove(IdvFactor.Postcode);
        _policy.LevelReached(new HashSet<IdvFactor> { IdvFactor.DateOfBirth, IdvFactor.Postcode }).ShouldBe(AssuranceLevel.None);
    }

    [Theory]
    [InlineData("general-enquiry", "phone", AssuranceLevel.None)]
    [InlineData("balance", "phone", AssuranceLevel.Standard)]
    [InlineData("case-details", "chat", AssuranceLevel.Standard)]
    [InlineData("change-of-address", "phone", AssuranceLevel.High)]
    [InlineData("REFUND", "email", AssuranceLevel.High)]
    [InlineData("something-new", "phone", AssuranceLevel.Standard)]
    public void RequiredLevel_DefaultsPerAction(string action, string channel, AssuranceLevel expected) =>
        _policy.RequiredLevel(action, channel).ShouldBe(expected);

    [Fact]
    public void RequiredLevel_ChannelRowBeatsAnyChannelRow()
    {
        _policy.Requirements.Add(new LevelRequirement("balance", "face-to-face", AssuranceLevel.None));
        _policy.RequiredLevel("balance", "face-to-face").ShouldBe(AssuranceLevel.None);
        _policy.RequiredLevel("balance", "phone").ShouldBe(AssuranceLevel.Standard);
    }

    [Fact]
    public void ChallengeFor_High_PutsRequiredFactorFirst()
    {
        var all = Enum.GetValues<IdvFactor>().ToHashSet();
        _policy.ChallengeFor(AssuranceLevel.High, all).ShouldBe([IdvFactor.PasscodeCharacters, IdvFactor.DateOfBirth]);
        _policy.ChallengeFor(AssuranceLevel.Standard, all).ShouldBe([IdvFactor.DateOfBirth, IdvFactor.Postcode]);
    }

    [Fact]
    public void ChallengeFor_WithoutRequiredFactor_IsNull_AndUsesWhatIsAvailable()
    {
        var noPasscode = new HashSet<IdvFactor> { IdvFactor.DateOfBirth, IdvFactor.Postcode, IdvFactor.CustomerReference };
        _policy.ChallengeFor(AssuranceLevel.High, noPasscode).ShouldBeNull();
        _policy.ChallengeFor(AssuranceLevel.Standard, new HashSet<IdvFactor> { IdvFactor.Postcode, IdvFactor.CustomerReference })
            .ShouldBe([IdvFactor.Postcode, IdvFactor.CustomerReference]);
        _policy.ChallengeFor(AssuranceLevel.Standard, new HashSet<IdvFactor> { IdvFactor.Postcode }).ShouldBeNull();
    }

    [Fact]
    public void Validate_RefusesImpossibleRules()
    {
        _policy.Validate();
        _policy.Rules[0] = _policy.Rules[0] with { MinimumFactors = 9 };
        Should.Throw<DomainException>(_policy.Validate).Field.ShouldBe("rules[0].minimumFactors");

        var other = IdvPolicy.CreateDefault(Now);
        other.Rules[1] = other.Rules[1] with { MustInclude = IdvFactor.CustomerReference };
        Should.Throw<DomainException>(other.Validate).Field.ShouldBe("rules[1].mustInclude");

        var noHigh = IdvPolicy.CreateDefault(Now);
        noHigh.Rules.RemoveAt(1);
        Should.Throw<DomainException>(noHigh.Validate).Field.ShouldBe("requirements");

        var unused = IdvPolicy.CreateDefault(Now);
        unused.EnabledFactors.Remove(IdvFactor.OneTimeCode);
        Should.Throw<DomainException>(unused.Validate).Field.ShouldBe("rules[1].factors");
    }
}
