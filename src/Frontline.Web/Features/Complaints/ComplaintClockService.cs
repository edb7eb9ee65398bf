using Frontline.Domain.Complaints;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Complaints;

/// <summary>Recomputes a complaint's clocks after something that moves them (holding response, final response).</summary>
public sealed class ComplaintClockService(ComplaintReferenceData reference, BusinessCalendars calendars)
{
    public async Task<RulePack> PackOfAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        var config = await reference.GetAsync(cancellationToken);
        var pack = config.RequirePack(complaint.RulePackId);
        return CalendarDivisions.TryParse(complaint.Division, out var division) ? pack with { Division = division } : pack;
    }

    public async Task<ComplaintClocks> RecalculateAsync(Complaint complaint, DateOnly? responseSentOn, CancellationToken cancellationToken)
    {
        var pack = await PackOfAsync(complaint, cancellationToken);
        var calendar = await calendars.GetAsync(pack.Division, cancellationToken);
        var clocks = ComplaintClockCalculator.Calculate(pack, calendar, new DateTimeOffset(complaint.ReceivedAt, TimeSpan.Zero),
            complaint.HoldingResponseAt is not null, responseSentOn);
        if (responseSentOn is null)
        {
            // Only a final response or summary resolution starts (or restarts) the referral window.
            clocks = clocks with { OmbudsmanReferralWindowEndsOn = complaint.OmbudsmanReferralWindowEndsOn };
        }

        complaint.ApplyClocks(clocks, ComplaintClockCalculator.SummaryResolutionDeadline(pack, clocks));
        return clocks;
    }

    /// <summary>The clocks of a hypothetical complaint (for telling a customer when to expect an answer).</summary>
    public async Task<ComplaintClocksView> PreviewAsync(string packId, DateTimeOffset receivedAt, string? division, string? convention,
        CancellationToken cancellationToken)
    {
        var config = await reference.GetAsync(cancellationToken);
        var pack = config.FindPack(packId) ?? throw Frontline.Domain.Platform.DomainException.NotFound("rule pack");
        if (division is not null)
        {
            pack = CalendarDivisions.TryParse(division, out var d) ? pack with { Division = d }
                : throw new Frontline.Domain.Platform.DomainException("clocks.division-unknown", "Use england-and-wales, scotland or northern-ireland.",
                    Frontline.Domain.Platform.DomainErrorKind.Invalid, "division");
        }

        if (convention is not null)
        {
            pack = RulePacks.TryParseConvention(convention, out var c) ? pack with { ReceiptOnNonBusinessDay = c }
                : throw new Frontline.Domain.Platform.DomainException("clocks.convention-unknown", "Use strict or deemed.",
                    Frontline.Domain.Platform.DomainErrorKind.Invalid, "receiptOnNonBusinessDay");
        }

        var calendar = await calendars.GetAsync(pack.Division, cancellationToken);
        var clocks = ComplaintClockCalculator.Calculate(pack, calendar, receivedAt);
        return new ComplaintClocksView(clocks.ReceivedOn, clocks.SummaryResolutionBy, clocks.FinalResponseDue, clocks.FinalResponseAlertDate,
            clocks.PaymentServicesDay15, clocks.PaymentServicesDay35, clocks.OmbudsmanReferralWindowEndsOn, pack.Id, pack.Division.Slug(),
            pack.ReceiptOnNonBusinessDay.Slug());
    }

    public static RulePackView ToView(RulePack p) => new(p.Id, p.Name, p.Rules,
        new RulePackSettingsView(p.ReceiptOnNonBusinessDay.Slug(), p.CloseOfBusiness.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), p.Division.Slug()),
        p.OmbudsmanName, p.OmbudsmanWebsite, p.SummaryResolutionBusinessDays, p.FinalResponseCalendarDays, p.PaymentServicesBusinessDays,
        p.PaymentServicesExtendedBusinessDays, p.ReferralWindowMonths);
}
