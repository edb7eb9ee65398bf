using Frontline.Domain.Customers;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Customers;

public sealed class VerificationTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid CustomerId = Guid.NewGuid();
    private readonly IdvPolicy _policy = IdvPolicy.CreateDefault(Now);

    private static VerificationSubject Subject()
    {
        // Low iteration count: these tests are about the rules, not the work factor.
        var secrets = "rover7gx".Select((c, i) => new CustomerSecret
        {
            CustomerId = CustomerId, Kind = SecretKind.PasscodeCharacter, Position = i + 1,
            Hash = SecretHash.Create(SecretHash.PasscodeCharacter(i + 1, c), 10),
        }).Append(new CustomerSecret
        {
            CustomerId = CustomerId, Kind = SecretKind.SecurityAnswer, Hash = SecretHash.Create(SecretHash.NormaliseAnswer("Mrs  Smith"), 10),
        }).ToList();
        return new VerificationSubject(new DateOnly(1985, 3, 14), "SW1A 1AA", "CUS0000001", "Your first teacher's name?", secrets, false);
    }

    private static IdentityVerification Started(params ChallengeItem[] challenge) =>
        new() { CustomerId = CustomerId, Channel = "phone", StartedAt = Now, TargetLevel = AssuranceLevel.High, Challenge = [.. challenge] };

    [Fact]
    public void Prompt_NamesThePasscodePositions()
    {
        IdentityVerification.Prompt(new ChallengeItem(IdvFactor.PasscodeCharacters, [2, 5]), null).ShouldBe("Ask for characters 2 and 5 of the passcode");
        IdentityVerification.Prompt(new ChallengeItem(IdvFactor.PasscodeCharacters, [1, 3, 8]), null).ShouldBe("Ask for characters 1, 3 and 8 of the passcode");
        IdentityVerification.Prompt(new ChallengeItem(IdvFactor.SecurityAnswer), "Pet?").ShouldContain("Pet?");
    }

    [Fact]
    public void Check_CorrectAnswers_PassHigh_AndResetFailures()
    {
        var verification = Started(new ChallengeItem(IdvFactor.PasscodeCharacters, [2, 5]), new ChallengeItem(IdvFactor.DateOfBirth));
        var lockout = new VerificationLockout { CustomerId = CustomerId };
        lockout.RecordFailure(Now, 3, 30);
        var results = verification.Check([new(IdvFactor.PasscodeCharacters, "O R"), new(IdvFactor.DateOfBirth, "14/03/1985")], Subject(), Now);
        results.ShouldAllBe(r => r.Passed);
        verification.Complete(results, _policy, lockout, Now);
        verification.Outcome.ShouldBe(VerificationOutcome.Passed);
        verification.LevelReached.ShouldBe(AssuranceLevel.High);
        lockout.ConsecutiveFailures.ShouldBe(0);
    }

    [Theory]
    [InlineData("ox", false)]
    [InlineData("o", false)]
    [InlineData("ore", false)]
    [InlineData("o,r", true)]
    public void Check_PasscodeCharacters_AreCheckedIndividually(string said, bool passes)
    {
        var verification = Started(new ChallengeItem(IdvFactor.PasscodeCharacters, [2, 5]));
        verification.Check([new(IdvFactor.PasscodeCharacters, said)], Subject(), Now).Single().Passed.ShouldBe(passes);
    }

    [Fact]
    public void Check_WrongOrMissingAnswers_FailPerFactor_AndUnaskedFactorIsRefused()
    {
        var verification = Started(new ChallengeItem(IdvFactor.Postcode), new ChallengeItem(IdvFactor.SecurityAnswer), new ChallengeItem(IdvFactor.CustomerReference));
        var results = verification.Check([new(IdvFactor.Postcode, "sw1a1aa"), new(IdvFactor.SecurityAnswer, "mrs jones")], Subject(), Now);
        results.ShouldBe([new(IdvFactor.Postcode, true), new(IdvFactor.SecurityAnswer, false), new(IdvFactor.CustomerReference, false)]);
        verification.Check([new(IdvFactor.SecurityAnswer, "  MRS smith ")], Subject(), Now)[1].Passed.ShouldBeTrue();
        Should.Throw<DomainException>(() => verification.Check([new(IdvFactor.DateOfBirth, "1985-03-14")], Subject(), Now)).Field.ShouldBe("answers");
    }

    [Fact]
    public void Complete_AnyFailure_FailsWithLevelNone_AndAnsweringTwiceIsAConflict()
    {
        var verification = Started(new ChallengeItem(IdvFactor.DateOfBirth), new ChallengeItem(IdvFactor.Postcode));
        var lockout = new VerificationLockout { CustomerId = CustomerId };
        var results = verification.Check([new(IdvFactor.DateOfBirth, "1985-03-14"), new(IdvFactor.Postcode, "SW1A 2AA")], Subject(), Now);
        verification.Complete(results, _policy, lockout, Now);
        verification.Outcome.ShouldBe(VerificationOutcome.Failed);
        verification.LevelReached.ShouldBe(AssuranceLevel.None);
        verification.Results.Count(r => r.Passed).ShouldBe(1);
        Should.Throw<DomainException>(() => verification.Check([], Subject(), Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
    }

    [Fact]
    public void OneTimeCode_PassesOnlyWithinItsLifetime()
    {
        var verification = new IdentityVerification
        {
            CustomerId = CustomerId, Channel = "phone", StartedAt = Now, Challenge = [new(IdvFactor.OneTimeCode)],
            OneTimeCodeHash = SecretHash.Create("482913", 10),
        };
        verification.Check([new(IdvFactor.OneTimeCode, "482913")], Subject(), Now.AddMinutes(9)).Single().Passed.ShouldBeTrue();
        verification.Check([new(IdvFactor.OneTimeCode, "482913")], Subject(), Now.AddMinutes(10)).Single().Passed.ShouldBeFalse();
        verification.Check([new(IdvFactor.OneTimeCode, "482914")], Subject(), Now).Single().Passed.ShouldBeFalse();
    }

    [Fact]
    public void AvailableFactors_FollowWhatIsOnRecord()
    {
        Subject().AvailableFactors().ShouldBe(
            [IdvFactor.DateOfBirth, IdvFactor.Postcode, IdvFactor.CustomerReference, IdvFactor.SecurityAnswer, IdvFactor.PasscodeCharacters], ignoreOrder: true);
        new VerificationSubject(null, "SW1A 1AA", null, null, [], true).AvailableFactors().ShouldBe([IdvFactor.Postcode, IdvFactor.OneTimeCode], ignoreOrder: true);
    }

    [Fact]
    public void SecretHash_IsSaltedAndVerifies()
    {
        var first = SecretHash.Create("secret", 100);
        var second = SecretHash.Create("secret", 100);
        first.ShouldNotBe(second);
        first.ShouldNotContain("secret");
        SecretHash.Verify("secret", first).ShouldBeTrue();
        SecretHash.Verify("Secret", first).ShouldBeFalse();
        SecretHash.Verify("secret", "garbage").ShouldBeFalse();
    }
}
