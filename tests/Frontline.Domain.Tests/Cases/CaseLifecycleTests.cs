using Frontline.Domain.Cases;
using Frontline.Domain.Platform;
using Case = Frontline.Domain.Cases.Case;

namespace Frontline.Domain.Tests.Cases;

public sealed class CaseLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static Case NewCase() => new() { Summary = "Charged twice" };

    [Fact]
    public void ChangeStatus_IntoAndOutOfAwaitingCustomer_StartsAndEndsAPause()
    {
        var @case = NewCase();
        @case.ChangeStatus(CaseStatus.AwaitingCustomer, Now).ShouldBe(PauseChange.Start);
        @case.ChangeStatus(CaseStatus.AwaitingThirdParty, Now).ShouldBe(PauseChange.End);
        @case.ChangeStatus(CaseStatus.Open, Now).ShouldBe(PauseChange.None);
    }

    [Fact]
    public void ChangeStatus_ResolveCloseReopen_SetsAndClearsTimes()
    {
        var @case = NewCase();
        @case.ChangeStatus(CaseStatus.Resolved, Now);
        @case.ResolvedAt.ShouldBe(Now);
        @case.ChangeStatus(CaseStatus.Closed, Now.AddDays(1));
        @case.ClosedAt.ShouldBe(Now.AddDays(1));
        @case.ChangeStatus(CaseStatus.Open, Now.AddDays(2));
        @case.Status.ShouldBe(CaseStatus.Open);
        @case.ResolvedAt.ShouldBeNull();
        @case.ClosedAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(CaseStatus.Open, CaseStatus.Closed, "resolve it first")]
    [InlineData(CaseStatus.Open, CaseStatus.Open, "already open")]
    [InlineData(CaseStatus.Closed, CaseStatus.Resolved, "only be reopened")]
    [InlineData(CaseStatus.Resolved, CaseStatus.AwaitingCustomer, "closed or reopened")]
    public void ChangeStatus_Illegal_IsRefusedWithReason(CaseStatus from, CaseStatus to, string reason)
    {
        var @case = NewCase();
        foreach (var step in from switch
                 {
                     CaseStatus.Closed => new[] { CaseStatus.Resolved, CaseStatus.Closed },
                     CaseStatus.Resolved => [CaseStatus.Resolved],
                     _ => [],
                 })
        {
            @case.ChangeStatus(step, Now);
        }

        var error = Should.Throw<DomainException>(() => @case.ChangeStatus(to, Now));
        error.Kind.ShouldBe(DomainErrorKind.Conflict);
        error.Message.ShouldContain(reason);
        @case.Status.ShouldBe(from);
    }

    [Fact]
    public void Codes_RoundTrip()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            CaseLifecycle.TryParse(CaseLifecycle.Code(status), out CaseStatus parsed).ShouldBeTrue();
            parsed.ShouldBe(status);
        }
    }
}
