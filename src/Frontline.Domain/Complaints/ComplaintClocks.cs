using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Complaints;

/// <summary>The dates a complaint must be answered by (regulatory-facts.md §8.4 outputs).</summary>
public sealed record ComplaintClocks(
    DateOnly ReceivedOn,
    DateOnly? SummaryResolutionBy,
    DateOnly FinalResponseDue,
    DateOnly FinalResponseAlertDate,
    DateOnly? PaymentServicesDay15,
    DateOnly? PaymentServicesDay35,
    DateOnly? OmbudsmanReferralWindowEndsOn);

/// <summary>
/// Computes the clocks of a complaint from its pack and the calendar of its division. Receipt day is day 0 and
/// never counted; 8 weeks is the receipt date + 56 calendar days, not moved off weekends or holidays (the alert
/// date is the last business day on or before it).
/// </summary>
public static class ComplaintClockCalculator
{
    public static ComplaintClocks Calculate(RulePack pack, BusinessCalendar calendar, DateTimeOffset receivedAt,
        bool holdingResponseSent = false, DateOnly? finalResponseSentOn = null)
    {
        var local = UkTime.ToLocal(receivedAt);
        var receivedOn = DateOnly.FromDateTime(local.ToDateTimeUnspecified());
        var dayZero = DayZero(pack, calendar, receivedOn, TimeOnly.FromDateTime(local.ToDateTimeUnspecified()));

        DateOnly? src = pack.SummaryResolutionBusinessDays is { } srcDays ? calendar.AddBusinessDays(dayZero, srcDays) : null;
        DateOnly? day15 = pack.PaymentServicesBusinessDays is { } d15 ? calendar.AddBusinessDays(dayZero, d15) : null;
        DateOnly? day35 = pack.PaymentServicesExtendedBusinessDays is { } d35 ? calendar.AddBusinessDays(dayZero, d35) : null;

        var due = pack.FinalResponseCalendarDays is { } days
            ? receivedOn.AddDays(days)
            : (holdingResponseSent ? day35 : day15) ?? throw new InvalidOperationException($"Rule pack {pack.Id} sets no final-response period.");

        DateOnly? windowEnds = finalResponseSentOn?.AddMonths(pack.ReferralWindowMonths);
        return new ComplaintClocks(receivedOn, src, due, calendar.OnOrBefore(due), day15, day35, windowEnds);
    }

    /// <summary>The day business-day counts start from under the pack's receipt convention.</summary>
    public static DateOnly DayZero(RulePack pack, BusinessCalendar calendar, DateOnly receivedOn, TimeOnly receivedTime)
    {
        if (pack.ReceiptOnNonBusinessDay == ReceiptConvention.Strict)
        {
            return receivedOn;
        }

        return calendar.IsBusinessDay(receivedOn) && receivedTime < pack.CloseOfBusiness
            ? receivedOn
            : calendar.NextBusinessDay(receivedOn);
    }

    /// <summary>The instant the summary-resolution window closes (close of business, UK time, on its last day).</summary>
    public static DateTimeOffset? SummaryResolutionDeadline(RulePack pack, ComplaintClocks clocks) =>
        clocks.SummaryResolutionBy is { } day ? UkTime.ToInstant(day, pack.CloseOfBusiness) : null;
}
