using Frontline.Domain.Cases;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Cases;
using Case = Frontline.Domain.Cases.Case;

namespace Frontline.Web.Tests.Cases;

/// <summary>Rules of the Cases web layer that need no host: the CSV layouts and the needs-update count in business days.</summary>
public sealed class CasesRulesTests
{
    private const string CallLogHeader = "vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,q_time,outcome,ser_start,ser_exit,ser_time,server";

    private static List<CsvContactRow> Read(params string[] lines) => ContactCsv.Read(new StringReader(string.Join("\r\n", lines)));

    [Fact]
    public void CallLog_ServedCallAcrossMidnight_EndsNextDay()
    {
        var row = Read(CallLogHeader, "AA0101,1,0,1,PS,1999-08-02,23:58:00,23:58:10,10,23:58:10,23:59:30,80,AGENT,23:59:30,0:03:00,210,TOVA").Single();
        var c = row.Contact!;
        c.OfferedAt.ShouldBe(UkTime.ToInstant(new DateOnly(1999, 8, 2), new TimeOnly(23, 58)));
        c.EndedAt.ShouldBe(UkTime.ToInstant(new DateOnly(1999, 8, 3), new TimeOnly(0, 3)));
        c.Outcome.ShouldBe("served");
        c.Notes!.ShouldContain("agent TOVA");
    }

    [Fact]
    public void CallLog_AbandonedInQueue_PhantomSkipped_ShortRowAndBadTimeRejected()
    {
        var rows = Read(CallLogHeader,
            "AA0101,2,0,1,PS,1999-08-02,10:00:00,10:00:10,10,10:00:10,10:02:00,110,HANG,0:00:00,0:00:00,0,NO_SERVER",
            "AA0101,3,0,1,PS,1999-08-02,10:00:00,10:00:10,10,0:00:00,0:00:00,0,PHANTOM,0:00:00,0:00:00,0,NO_SERVER",
            "AA0101,4,0,1,PS,1999-08-02",
            "AA0101,5,0,1,PS,1999-08-02,25:99:00,10:00:10,10,0:00:00,0:00:00,0,HANG,0:00:00,0:00:00,0,NO_SERVER");
        rows[0].Contact!.Outcome.ShouldBe("abandoned-in-queue");
        rows[0].Contact!.EndedAt.ShouldBe(UkTime.ToInstant(new DateOnly(1999, 8, 2), new TimeOnly(10, 2)));
        rows[1].Skipped.ShouldBeTrue();
        (rows[2].Row, rows[2].Rejection).ShouldBe((4, "The row has 6 columns; the header has 17."));
        rows[3].Rejection!.ShouldContain("vru_entry");
    }

    [Fact]
    public void Read_UnknownHeader_Throws() => Should.Throw<FormatException>(() => Read("a,b", "1,2"));

    [Theory]
    [InlineData(27, false)] // Friday: nothing has passed
    [InlineData(30, false)] // Monday: one business day
    [InlineData(1, false)]  // Tuesday 1 Dec: two
    [InlineData(2, true)]   // Wednesday 2 Dec: three business days without an update
    public void NeedsUpdate_CountsBusinessDaysSinceTheLastUpdate(int day, bool needs)
    {
        var calendar = BusinessCalendar.For(CalendarDivision.EnglandAndWales);
        var @case = new Case { Summary = "Waiting", LastCustomerUpdateAt = UkTime.ToInstant(new DateOnly(2026, 11, 27), new TimeOnly(16, 0)).UtcDateTime };
        var today = day > 20 ? new DateOnly(2026, 11, day) : new DateOnly(2026, 12, day);
        CaseDirectory.NeedsUpdate(calendar, @case, today, 3).ShouldBe(needs);
    }

    [Fact]
    public void NeedsUpdate_FinishedCase_Never()
    {
        var calendar = BusinessCalendar.For(CalendarDivision.EnglandAndWales);
        var @case = new Case { Summary = "Done", LastCustomerUpdateAt = new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc) };
        @case.ChangeStatus(CaseStatus.Resolved, DateTime.UtcNow);
        CaseDirectory.NeedsUpdate(calendar, @case, new DateOnly(2026, 11, 23), 3).ShouldBeFalse();
    }
}
