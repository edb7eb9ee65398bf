using Frontline.Domain.Customers;

namespace Frontline.Domain.Tests.Customers;

public sealed class LockoutTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ThirdConsecutiveFailure_Locks_ForThePeriod_EndExcluded()
    {
        var lockout = new VerificationLockout();
        lockout.RecordFailure(Now, 3, 30).ShouldBeFalse();
        lockout.RecordFailure(Now.AddMinutes(1), 3, 30).ShouldBeFalse();
        lockout.IsLocked(Now.AddMinutes(1)).ShouldBeFalse();
        lockout.RecordFailure(Now.AddMinutes(2), 3, 30).ShouldBeTrue();
        lockout.IsLocked(Now.AddMinutes(2)).ShouldBeTrue();
        lockout.IsLocked(Now.AddMinutes(31).AddTicks(-1)).ShouldBeTrue();
        lockout.IsLocked(Now.AddMinutes(32)).ShouldBeFalse();
    }

    [Fact]
    public void Pass_ResetsTheCount()
    {
        var lockout = new VerificationLockout();
        lockout.RecordFailure(Now, 3, 30);
        lockout.RecordFailure(Now, 3, 30);
        lockout.RecordPass();
        lockout.RecordFailure(Now, 3, 30).ShouldBeFalse();
        lockout.ConsecutiveFailures.ShouldBe(1);
    }

    [Fact]
    public void AfterTheLockEnds_CountingStartsAgain()
    {
        var lockout = new VerificationLockout();
        for (var i = 0; i < 3; i++)
        {
            lockout.RecordFailure(Now, 3, 30);
        }

        lockout.RecordFailure(Now.AddMinutes(30), 3, 30).ShouldBeFalse();
        lockout.ConsecutiveFailures.ShouldBe(1);
        lockout.IsLocked(Now.AddMinutes(30)).ShouldBeFalse();
    }

    [Fact]
    public void SingleFailurePolicy_LocksAtOnce()
    {
        var lockout = new VerificationLockout();
        lockout.RecordFailure(Now, 1, 5).ShouldBeTrue();
        lockout.LockedUntil.ShouldBe(Now.AddMinutes(5));
    }
}
