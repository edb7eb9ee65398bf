using System.Globalization;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Tests.Complaints;

public sealed class ComplaintClockTests
{
    private static readonly BusinessCalendar EnglandAndWales = BusinessCalendar.For(CalendarDivision.EnglandAndWales);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(string date, string time = "10:00") =>
        UkTime.ToInstant(D(date), TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));

    private static RulePack Pack(RulePack pack, string convention) =>
        pack with { ReceiptOnNonBusinessDay = convention == "strict" ? ReceiptConvention.Strict : ReceiptConvention.DeemedNextBusinessDay };

    private static ComplaintClocks Clocks(RulePack pack, string receipt, string time = "10:00", string division = "ew") =>
        ComplaintClockCalculator.Calculate(pack, BusinessCalendar.For(division switch
        {
            "sc" => CalendarDivision.Scotland,
            "ni" => CalendarDivision.NorthernIreland,
            _ => CalendarDivision.EnglandAndWales,
        }), At(receipt, time));

    [Theory]
    // regulatory-facts.md §8.2 V1–V5 (all business-day receipts, so both conventions agree): receipt, SRC, 8wk, alert, 15bd, 35bd
    [InlineData("strict", "2026-01-05", "2026-01-08", "2026-03-02", "2026-03-02", "2026-01-26", "2026-02-23")]
    [InlineData("deemed", "2026-01-05", "2026-01-08", "2026-03-02", "2026-03-02", "2026-01-26", "2026-02-23")]
    [InlineData("strict", "2025-12-19", "2025-12-24", "2026-02-13", "2026-02-13", "2026-01-14", "2026-02-11")]
    [InlineData("deemed", "2025-12-19", "2025-12-24", "2026-02-13", "2026-02-13", "2026-01-14", "2026-02-11")]
    [InlineData("strict", "2025-12-24", "2025-12-31", "2026-02-18", "2026-02-18", "2026-01-19", "2026-02-16")]
    [InlineData("deemed", "2025-12-24", "2025-12-31", "2026-02-18", "2026-02-18", "2026-01-19", "2026-02-16")]
    [InlineData("strict", "2025-12-29", "2026-01-02", "2026-02-23", "2026-02-23", "2026-01-20", "2026-02-17")]
    [InlineData("deemed", "2025-12-29", "2026-01-02", "2026-02-23", "2026-02-23", "2026-01-20", "2026-02-17")]
    [InlineData("strict", "2026-04-02", "2026-04-09", "2026-05-28", "2026-05-28", "2026-04-27", "2026-05-27")]
    [InlineData("deemed", "2026-04-02", "2026-04-09", "2026-05-28", "2026-05-28", "2026-04-27", "2026-05-27")]
    public void Section8_vectors_match_in_both_conventions(string convention, string receipt, string src, string due, string alert, string day15, string day35)
    {
        var disp = Clocks(Pack(RulesPacksFca(), convention), receipt);
        disp.SummaryResolutionBy.ShouldBe(D(src));
        disp.FinalResponseDue.ShouldBe(D(due));
        disp.FinalResponseAlertDate.ShouldBe(D(alert));
        disp.PaymentServicesDay15.ShouldBeNull();

        var psd = Clocks(Pack(RulePacks.PaymentServices, convention), receipt);
        psd.SummaryResolutionBy.ShouldBe(D(src));
        psd.PaymentServicesDay15.ShouldBe(D(day15));
        psd.PaymentServicesDay35.ShouldBe(D(day35));
        psd.FinalResponseDue.ShouldBe(D(day15));
    }

    private static RulePack RulesPacksFca() => RulePacks.FcaDispGeneral;

    [Theory]
    // Saturday 10 Jan 2026: strict counts from the Saturday, deemed from Monday 12; the 8-week date is unaffected.
    [InlineData("strict", "2026-01-10", "2026-01-14", "2026-01-30", "2026-03-07", "2026-03-06")]
    [InlineData("deemed", "2026-01-10", "2026-01-15", "2026-02-02", "2026-03-07", "2026-03-06")]
    // Sunday 11 Jan 2026
    [InlineData("strict", "2026-01-11", "2026-01-14", "2026-01-30", "2026-03-08", "2026-03-06")]
    [InlineData("deemed", "2026-01-11", "2026-01-15", "2026-02-02", "2026-03-08", "2026-03-06")]
    // Good Friday 3 Apr 2026 (a non-business weekday): deemed day 0 is Tue 7 Apr after Easter Monday
    [InlineData("strict", "2026-04-03", "2026-04-09", "2026-04-27", "2026-05-29", "2026-05-29")]
    [InlineData("deemed", "2026-04-03", "2026-04-10", "2026-04-28", "2026-05-29", "2026-05-29")]
    public void Weekend_and_holiday_receipts(string convention, string receipt, string src, string day15, string due, string alert)
    {
        var psd = Clocks(Pack(RulePacks.PaymentServices, convention), receipt);
        psd.SummaryResolutionBy.ShouldBe(D(src));
        psd.PaymentServicesDay15.ShouldBe(D(day15));
        var disp = Clocks(Pack(RulePacks.FcaDispGeneral, convention), receipt);
        disp.FinalResponseDue.ShouldBe(D(due));
        disp.FinalResponseAlertDate.ShouldBe(D(alert));
    }

    [Fact]
    public void Substitute_bank_holidays_are_skipped()
    {
        // Christmas 2026 is a Friday: Boxing Day moves to Mon 28 Dec; 1 Jan 2027 is a Friday.
        var clocks = Clocks(RulePacks.PaymentServices, "2026-12-24");
        clocks.SummaryResolutionBy.ShouldBe(D("2026-12-31"));
        // Tue 29, Wed 30, Thu 31, Mon 4 Jan ... 15th business day
        clocks.PaymentServicesDay15.ShouldBe(D("2027-01-19"));

        // Christmas 2027 is a Saturday: Mon 27 and Tue 28 Dec are substitutes.
        Clocks(RulePacks.FcaDispGeneral, "2027-12-24").SummaryResolutionBy.ShouldBe(D("2027-12-31"));
    }

    [Fact]
    public void A_deadline_on_a_holiday_stays_put_and_alerts_the_business_day_before()
    {
        // 29 Jan 2027 + 56 days = Good Friday 26 Mar 2027.
        var clocks = Clocks(RulePacks.FcaDispGeneral, "2027-01-29");
        clocks.FinalResponseDue.ShouldBe(D("2027-03-26"));
        clocks.FinalResponseAlertDate.ShouldBe(D("2027-03-25"));

        // 5 Mar 2026 + 56 = Thu 30 Apr; 7 Mar 2026 (Sat) + 56 = Sat 2 May → alert Fri 1 May (Mon 4 May is a holiday).
        Clocks(RulePacks.FcaDispGeneral, "2026-03-07").FinalResponseAlertDate.ShouldBe(D("2026-05-01"));
    }

    [Theory]
    // Fri 31 Jul 2026: Mon 3 Aug is Scotland's summer holiday only.
    [InlineData("ew", "2026-07-31", "2026-08-05")]
    [InlineData("sc", "2026-07-31", "2026-08-06")]
    [InlineData("ni", "2026-07-31", "2026-08-05")]
    // Fri 10 Jul 2026: Mon 13 Jul is the Battle of the Boyne substitute in Northern Ireland only.
    [InlineData("ew", "2026-07-10", "2026-07-15")]
    [InlineData("sc", "2026-07-10", "2026-07-15")]
    [InlineData("ni", "2026-07-10", "2026-07-16")]
    // Fri 27 Nov 2026: Mon 30 Nov is St Andrew's Day in Scotland.
    [InlineData("sc", "2026-11-27", "2026-12-03")]
    [InlineData("ew", "2026-11-27", "2026-12-02")]
    // Thu 2 Apr 2026: Easter Monday is not a Scottish holiday.
    [InlineData("sc", "2026-04-02", "2026-04-08")]
    public void Each_division_uses_its_own_calendar(string division, string receipt, string src) =>
        Clocks(RulePacks.FcaDispGeneral, receipt, division: division).SummaryResolutionBy.ShouldBe(D(src));

    [Fact]
    public void Deemed_receipt_after_close_of_business_starts_the_next_business_day()
    {
        var deemed = RulePacks.FcaDispGeneral with { ReceiptOnNonBusinessDay = ReceiptConvention.DeemedNextBusinessDay };
        Clocks(deemed, "2026-01-05", "18:00").SummaryResolutionBy.ShouldBe(D("2026-01-09"));
        Clocks(deemed, "2026-01-05", "17:29").SummaryResolutionBy.ShouldBe(D("2026-01-08"));
        Clocks(RulePacks.FcaDispGeneral, "2026-01-05", "18:00").SummaryResolutionBy.ShouldBe(D("2026-01-08"));
    }

    [Fact]
    public void Receipt_day_is_the_uk_local_date()
    {
        // 23:30 UTC on 1 June is 00:30 BST on 2 June.
        var clocks = ComplaintClockCalculator.Calculate(RulePacks.FcaDispGeneral, EnglandAndWales, new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero));
        clocks.ReceivedOn.ShouldBe(D("2026-06-02"));
        clocks.FinalResponseDue.ShouldBe(D("2026-07-28"));
    }

    [Fact]
    public void Holding_response_moves_the_payment_services_final_response_to_day_35()
    {
        var clocks = ComplaintClockCalculator.Calculate(RulePacks.PaymentServices, EnglandAndWales, At("2026-01-05"), holdingResponseSent: true);
        clocks.FinalResponseDue.ShouldBe(D("2026-02-23"));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-09-02")]
    [InlineData("2026-08-31", "2027-02-28")]
    public void Ombudsman_window_ends_six_months_after_the_final_response(string sent, string ends) =>
        ComplaintClockCalculator.Calculate(RulePacks.FcaDispGeneral, EnglandAndWales, At("2026-01-05"), finalResponseSentOn: D(sent))
            .OmbudsmanReferralWindowEndsOn.ShouldBe(D(ends));

    [Fact]
    public void Telecoms_and_energy_have_eight_weeks_and_no_summary_route()
    {
        foreach (var pack in new[] { RulePacks.OfcomPack, RulePacks.OfgemPack })
        {
            var clocks = Clocks(pack, "2026-01-05");
            clocks.SummaryResolutionBy.ShouldBeNull();
            clocks.FinalResponseDue.ShouldBe(D("2026-03-02"));
        }
    }

    [Fact]
    public void Every_built_in_pack_has_a_stable_id_and_cited_rules()
    {
        RulePacks.BuiltIn.Select(p => p.Id).ShouldBe(["fca-disp", "fca-payment-services", "ofcom", "ofgem", "organisation"]);
        RulePacks.BuiltIn.SelectMany(p => p.Rules).ShouldAllBe(r => r.Citation.Length > 5);
    }
}
