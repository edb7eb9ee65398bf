using Frontline.Domain.Compliance.DataProtection;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Tests.Compliance;

public sealed class SubjectAccessClockTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static BusinessCalendar Calendar(CalendarDivision division = CalendarDivision.EnglandAndWales) => BusinessCalendar.For(division);

    [Theory]
    // The four worked examples of regulatory-facts.md §4.1 (England & Wales).
    [InlineData("2026-01-31", "2026-03-02", "2026-04-30")] // no 31 Feb → Sat 28 Feb → Mon 2 Mar
    [InlineData("2025-11-25", "2025-12-29", "2026-02-25")] // 25, 26 Dec bank holidays, then the weekend
    [InlineData("2026-03-03", "2026-04-07", "2026-06-03")] // Good Friday 3 Apr, Easter Monday 6 Apr
    [InlineData("2026-11-27", "2026-12-29", "2027-03-01")] // 27 Dec Sunday, 28 Dec Boxing Day substitute; 27 Feb 2027 Saturday
    // Our own: 31st-of-month receipts (a Sunday receipt counts; 31 Aug 2026 is the summer bank holiday).
    [InlineData("2026-03-31", "2026-04-30", "2026-06-30")]
    [InlineData("2026-05-31", "2026-06-30", "2026-09-01")]
    public void IcoClock_WorkedExamples(string received, string due, string extended)
    {
        var d = SubjectAccessClock.Compute(D(received), Calendar());
        d.DueDate.ShouldBe(D(due));
        d.ExtendedDueDate.ShouldBe(D(extended));
    }

    [Theory]
    [InlineData("2028-01-31", "2028-02-29")] // leap year: 29 Feb exists (Tuesday)
    [InlineData("2028-02-29", "2028-03-29")]
    [InlineData("2027-01-31", "2027-03-01")] // 28 Feb 2027 is a Sunday
    [InlineData("2026-11-25", "2026-12-29")] // Christmas Friday, weekend, Boxing Day substitute Monday 28th
    [InlineData("2026-12-24", "2027-01-25")] // 24 Jan 2027 Sunday → Monday
    [InlineData("2026-12-07", "2027-01-07")] // an ordinary weekday
    public void IcoClock_MonthEnds_LeapYears_Christmas(string received, string due) =>
        SubjectAccessClock.Compute(D(received), Calendar()).DueDate.ShouldBe(D(due));

    [Theory]
    [InlineData("2026-12-02", CalendarDivision.EnglandAndWales, "2027-01-04")] // 2 Jan 2027 Saturday → Monday 4th
    [InlineData("2026-12-02", CalendarDivision.Scotland, "2027-01-05")] // Scotland: 4 Jan is the 2 January substitute
    [InlineData("2026-02-17", CalendarDivision.EnglandAndWales, "2026-03-17")]
    [InlineData("2026-02-17", CalendarDivision.NorthernIreland, "2026-03-18")] // St Patrick's Day
    [InlineData("2026-10-30", CalendarDivision.EnglandAndWales, "2026-11-30")]
    [InlineData("2026-10-30", CalendarDivision.Scotland, "2026-12-01")] // St Andrew's Day
    [InlineData("2026-06-13", CalendarDivision.NorthernIreland, "2026-07-14")] // Battle of the Boyne substitute Monday 13 Jul
    [InlineData("2026-06-13", CalendarDivision.EnglandAndWales, "2026-07-13")]
    public void IcoClock_RollsOverTheDivisionsOwnHolidays(string received, CalendarDivision division, string due) =>
        SubjectAccessClock.Compute(D(received), Calendar(division)).DueDate.ShouldBe(D(due));

    [Fact]
    public void Pause_MovesTheUnrolledDeadlineByTheDaysPaused_ThenRollsForward()
    {
        var calendar = Calendar();
        var today = D("2026-04-30");
        var sar = SubjectAccessRequest.Receive(Guid.NewGuid(), D("2026-03-02"), CalendarDivision.EnglandAndWales, SarRequester.Customer, null,
            "Callback to the number on file", calendar, today, null, DateTime.UtcNow);
        sar.DueDate.ShouldBe(D("2026-04-02"));
        sar.Pause(SarPauseReason.AwaitingId, D("2026-03-05"), today);
        Should.Throw<DomainException>(() => sar.Pause(SarPauseReason.AwaitingFee, D("2026-03-06"), today)).Kind.ShouldBe(DomainErrorKind.Conflict);
        Should.Throw<DomainException>(() => sar.Resume(D("2026-03-04"), calendar, today)).Field.ShouldBe("on");
        sar.Resume(D("2026-03-15"), calendar, today); // 10 days: 2 Apr + 10 = Sun 12 Apr → Mon 13 Apr
        sar.DueDate.ShouldBe(D("2026-04-13"));
        sar.Deadlines(calendar).DaysPaused.ShouldBe(10);
        sar.Deadlines(calendar).ExtendedDueDate.ShouldBe(D("2026-06-12")); // 2 Jun + 10 = Fri 12 Jun

        // A second pause adds to the first: 3 more days → 15 Apr (unrolled 2 Apr + 13).
        sar.Pause(SarPauseReason.AwaitingClarification, D("2026-03-20"), today);
        sar.Resume(D("2026-03-23"), calendar, today);
        sar.DueDate.ShouldBe(D("2026-04-15"));
        sar.Pauses.Count.ShouldBe(2);
    }

    [Fact]
    public void Extension_ThreeMonthsFromTheStart_NotifiedWithinTheFirstMonth_WithReasons()
    {
        var calendar = Calendar();
        var sar = SubjectAccessRequest.Receive(Guid.NewGuid(), D("2026-01-31"), CalendarDivision.EnglandAndWales, SarRequester.Customer, null, null, calendar,
            D("2026-03-10"), null, DateTime.UtcNow);
        Should.Throw<DomainException>(() => sar.Extend(" ", D("2026-02-10"), calendar)).Field.ShouldBe("reason");
        Should.Throw<DomainException>(() => sar.Extend("Complex", D("2026-03-03"), calendar)).Field.ShouldBe("notifiedOn"); // after Mon 2 Mar
        sar.Extend("Records across six systems", D("2026-03-02"), calendar);
        sar.DueDate.ShouldBe(D("2026-04-30"));
        Should.Throw<DomainException>(() => sar.Extend("again", D("2026-03-02"), calendar)).Kind.ShouldBe(DomainErrorKind.Conflict);
    }

    [Fact]
    public void Receive_InTheFuture_OrAThirdPartyWithoutAName_IsRefused()
    {
        var calendar = Calendar();
        Should.Throw<DomainException>(() => SubjectAccessRequest.Receive(Guid.NewGuid(), D("2026-12-08"), CalendarDivision.EnglandAndWales, SarRequester.Customer,
            null, null, calendar, D("2026-12-07"), null, DateTime.UtcNow)).Field.ShouldBe("receivedAt");
        Should.Throw<DomainException>(() => SubjectAccessRequest.Receive(Guid.NewGuid(), D("2026-12-07"), CalendarDivision.EnglandAndWales,
            SarRequester.AuthorisedThirdParty, " ", null, calendar, D("2026-12-07"), null, DateTime.UtcNow)).Field.ShouldBe("requesterName");
    }
}
