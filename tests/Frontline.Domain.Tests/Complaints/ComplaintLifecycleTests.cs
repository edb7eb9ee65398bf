using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Tests.Complaints;

public sealed class ComplaintLifecycleTests
{
    private static readonly DateTime Received = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    private static Complaint New(RulePack? pack = null)
    {
        pack ??= RulePacks.FcaDispGeneral;
        var complaint = new Complaint { Division = "england-and-wales", Channel = "phone", Description = "Charged twice", RulePackId = pack.Id, ReceivedAt = Received };
        var clocks = ComplaintClockCalculator.Calculate(pack, BusinessCalendar.For(CalendarDivision.EnglandAndWales), new DateTimeOffset(Received));
        complaint.ApplyClocks(clocks, ComplaintClockCalculator.SummaryResolutionDeadline(pack, clocks));
        return complaint;
    }

    private static DomainException Refused(Action action)
    {
        var error = Should.Throw<DomainException>(action);
        error.Kind.ShouldBe(DomainErrorKind.Conflict);
        error.Message.ShouldNotBeNullOrWhiteSpace();
        return error;
    }

    [Fact]
    public void Full_path_from_receipt_to_closure()
    {
        var c = New();
        c.Acknowledge(Received.AddHours(1));
        c.StartInvestigation(Received.AddDays(1));
        c.Outcome = ComplaintOutcome.Upheld;
        c.IssueFinalResponse(Received.AddDays(10), new DateOnly(2026, 1, 15));
        c.RespondedWithinSummaryWindow.ShouldBe(false);
        c.RespondedWithinFinalDeadline.ShouldBe(true);
        c.RootCause = "process-failure";
        c.Close(Received.AddDays(11));
        c.Status.ShouldBe(ComplaintStatus.Closed);
        c.Reopen(Received.AddDays(12));
        c.Status.ShouldBe(ComplaintStatus.Investigating);
        c.ReopenedCount.ShouldBe(1);
    }

    [Fact]
    public void Illegal_transitions_are_refused_with_a_reason()
    {
        var c = New();
        Refused(() => c.Close(Received)).Message.ShouldContain("received");
        Refused(() => c.Reopen(Received));
        c.Acknowledge(Received);
        Refused(() => c.Acknowledge(Received));
        Refused(() => c.IssueFinalResponse(Received, new DateOnly(2026, 1, 6))).Code.ShouldBe("complaint.outcome-required");
        Refused(() => c.RecordOmbudsmanOutcome("upheld", Received));
    }

    [Fact]
    public void Summary_resolution_only_within_the_window()
    {
        var inTime = New();
        // Close of business (17:30) on Thu 8 Jan 2026.
        inTime.ResolveBySummary(new DateTime(2026, 1, 8, 17, 29, 0, DateTimeKind.Utc), new DateOnly(2026, 1, 8));
        inTime.Status.ShouldBe(ComplaintStatus.ResolvedSummary);
        inTime.RespondedWithinSummaryWindow.ShouldBe(true);

        var late = New();
        Refused(() => late.ResolveBySummary(new DateTime(2026, 1, 8, 17, 31, 0, DateTimeKind.Utc), new DateOnly(2026, 1, 8)))
            .Message.ShouldContain("final response");
        Refused(() => New(RulePacks.OfcomPack).ResolveBySummary(Received, new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Closing_needs_outcome_and_root_cause()
    {
        var c = New();
        c.Outcome = ComplaintOutcome.NotUpheld;
        c.IssueFinalResponse(Received, new DateOnly(2026, 1, 5));
        Refused(() => c.Close(Received)).Code.ShouldBe("complaint.root-cause-required");
    }

    [Fact]
    public void A_closed_complaint_cannot_be_edited()
    {
        var c = New();
        c.ResolveBySummary(Received, new DateOnly(2026, 1, 5));
        c.Outcome = ComplaintOutcome.Upheld;
        c.RootCause = "staff-error";
        c.Close(Received);
        Refused(c.EnsureEditable).Code.ShouldBe("complaint.closed");
        Refused(() => c.AddRedress(new ComplaintRedress { AmountPence = 100 }, Received));
    }

    [Fact]
    public void Ombudsman_referral_after_response_or_after_the_period()
    {
        var open = New();
        Refused(() => open.ReferToOmbudsman(Received, new DateOnly(2026, 2, 1)));
        open.ReferToOmbudsman(Received, new DateOnly(2026, 3, 3));
        open.Status.ShouldBe(ComplaintStatus.ReferredToOmbudsman);
        Refused(() => open.ReferToOmbudsman(Received, new DateOnly(2026, 3, 4)));
        open.Outcome = ComplaintOutcome.Upheld;
        open.RootCause = "system-failure";
        Refused(() => open.Close(Received));
        open.RecordOmbudsmanOutcome("upheld", Received);
        open.Close(Received);
        open.Status.ShouldBe(ComplaintStatus.Closed);
    }

    [Fact]
    public void Payment_services_holding_response_must_be_by_day_15()
    {
        var late = New(RulePacks.PaymentServices);
        Refused(() => late.SendHoldingResponse(Received, new DateOnly(2026, 1, 27)));
        var inTime = New(RulePacks.PaymentServices);
        inTime.SendHoldingResponse(Received, new DateOnly(2026, 1, 26));
        Refused(() => inTime.SendHoldingResponse(Received, new DateOnly(2026, 1, 26)));
    }

    [Fact]
    public void Agreeing_needs_one_of_the_complaints_options()
    {
        var c = New();
        Should.Throw<DomainException>(() => c.AgreeOption(Guid.NewGuid(), "phone", Received, Received)).Kind.ShouldBe(DomainErrorKind.Invalid);
        var option = new ComplaintOption { ComplaintId = c.Id, Description = "Refund" };
        c.Options.Add(option);
        c.AgreeOption(option.Id, "phone", Received, Received);
        c.AgreedOptionId.ShouldBe(option.Id);
    }
}
