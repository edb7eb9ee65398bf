using Frontline.Domain.Cases;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Tests.Cases;

/// <summary>Business-hours due dates (09:00–17:30 UK, England &amp; Wales bank holidays) with the clock paused while awaiting the customer.</summary>
public sealed class ServiceClockTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.For(CalendarDivision.EnglandAndWales);

    private static DateTimeOffset Uk(int year, int month, int day, int hour, int minute = 0) =>
        UkTime.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Fact]
    public void DueAt_NormalPriority_ThreeBusinessDaysLater_SameTime()
    {
        var opened = Uk(2026, 11, 23, 10); // Monday
        ServiceClock.DueAt(Calendar, opened, 3 * ServiceTargets.BusinessDay, [], opened)
            .ShouldBe(Uk(2026, 11, 26, 10)); // Thursday
    }

    [Fact]
    public void DueAt_OpenedFridayAfternoon_SkipsTheWeekend()
    {
        var opened = Uk(2026, 11, 27, 16); // Friday 16:00, 90 minutes left that day
        ServiceClock.DueAt(Calendar, opened, 240, [], opened).ShouldBe(Uk(2026, 11, 30, 11, 30)); // Monday 11:30
    }

    [Fact]
    public void DueAt_OverChristmas_SkipsBankHolidays()
    {
        var opened = Uk(2026, 12, 24, 17); // Thursday 24 Dec 17:00: 30 minutes left; 25 and 28 Dec are bank holidays
        ServiceClock.DueAt(Calendar, opened, ServiceTargets.BusinessDay, [], opened).ShouldBe(Uk(2026, 12, 29, 17)); // Tuesday
    }

    [Fact]
    public void DueAt_WithClosedPause_MovesOnByThePausesBusinessMinutes()
    {
        var opened = Uk(2026, 11, 23, 10);
        // Awaiting the customer Monday 15:00 → Tuesday 11:00 = 150 + 120 business minutes.
        var pauses = new[] { (Uk(2026, 11, 23, 15), (DateTimeOffset?)Uk(2026, 11, 24, 11)) };
        ServiceClock.DueAt(Calendar, opened, 3 * ServiceTargets.BusinessDay, pauses, Uk(2026, 11, 24, 12))
            .ShouldBe(Uk(2026, 11, 26, 14, 30));
    }

    [Fact]
    public void DueAt_WithOpenPause_KeepsMovingUntilNow()
    {
        var opened = Uk(2026, 11, 23, 10);
        var pauses = new[] { (Uk(2026, 11, 23, 11), (DateTimeOffset?)null) };
        var at12 = ServiceClock.DueAt(Calendar, opened, 240, pauses, Uk(2026, 11, 23, 12));
        var at13 = ServiceClock.DueAt(Calendar, opened, 240, pauses, Uk(2026, 11, 23, 13));
        at12.ShouldBe(Uk(2026, 11, 23, 15));
        at13.ShouldBe(Uk(2026, 11, 23, 16));
    }

    [Fact]
    public void DueAt_PauseOvernight_CountsOnlyBusinessMinutes()
    {
        var opened = Uk(2026, 11, 23, 9);
        var pauses = new[] { (Uk(2026, 11, 23, 17), (DateTimeOffset?)Uk(2026, 11, 24, 9)) }; // 30 business minutes
        ServiceClock.DueAt(Calendar, opened, 60, pauses, Uk(2026, 11, 24, 9)).ShouldBe(Uk(2026, 11, 23, 10, 30));
    }
}
