using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.Quality.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// The channel catalogue with each channel's figures for a period, computed from the centre's own data through the seams
/// of the modules that hold it (Cases: contacts, handling, resolution; Complaints: complaints received; Quality: CSAT;
/// Customers: who has support needs), and the channel evaluations recorded.
/// </summary>
public sealed class ChannelDirectory(FrontlineDbContext db, IChannelContacts contacts, IComplaintsByChannel complaints, ISatisfactionScores satisfaction,
    ICustomerSupportNeeds supportNeeds, CommsPeople people)
{
    /// <summary>First-contact resolution: no further contact from the customer within this many days (as Performance's default).</summary>
    public const int RepeatDays = 7;

    public const int MaxPeriodDays = 731;

    /// <summary>The UTC instants of the inclusive date range (from midnight on <paramref name="from"/> to midnight after <paramref name="to"/>).</summary>
    public static (DateTime From, DateTime To) Period(DateOnly? from, DateOnly? to)
    {
        if (from is not { } f || to is not { } t)
        {
            throw new DomainException("channels.period", "Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD.", DomainErrorKind.Invalid, from is null ? "from" : "to");
        }

        if (t < f || t.DayNumber - f.DayNumber >= MaxPeriodDays)
        {
            throw new DomainException("channels.period", $"The period ends on or after it starts and covers at most {MaxPeriodDays} days.", DomainErrorKind.Invalid, "to");
        }

        return (f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    public async Task<ChannelFiguresView> FiguresAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (start, end) = Period(from, to);
        var settings = await db.Set<ChannelSettings>().AsNoTracking().ToDictionaryAsync(s => s.Channel, cancellationToken);
        var totals = (await contacts.TotalsAsync(start, end, RepeatDays, cancellationToken)).ToDictionary(t => t.Channel, StringComparer.Ordinal);
        var complaintCounts = await complaints.CountsAsync(start, end, cancellationToken);
        var scores = await satisfaction.ForContactsAsync(start, end, cancellationToken);
        var scoredChannels = await contacts.ChannelsOfAsync([.. scores.Select(s => s.ContactId)], cancellationToken);
        var customers = totals.Values.SelectMany(t => t.ContactsPerCustomer.Keys).ToHashSet();
        var withNeeds = await supportNeeds.WithSupportNeedsAsync(customers, cancellationToken);
        var months = ChannelFigures.Months(from!.Value, to!.Value);
        var items = MediaChannels.All.Select(channel =>
        {
            var t = totals.GetValueOrDefault(channel.Key);
            var csat = scores.Where(s => scoredChannels.GetValueOrDefault(s.ContactId) == channel.Key).ToList();
            var activity = new ChannelActivity(channel.Key, t?.Contacts ?? 0, t?.HandlingSeconds ?? 0, t?.FirstContactResolved ?? 0, t?.FirstContactBase ?? 0,
                complaintCounts.GetValueOrDefault(channel.Key), csat.Count(s => s.Csat >= 4), csat.Count,
                t?.ContactsPerCustomer.Where(c => withNeeds.Contains(c.Key)).Sum(c => (long)c.Value) ?? 0);
            var s = settings.GetValueOrDefault(channel.Key);
            var f = ChannelFigures.For(channel, s, activity, months);
            return new ChannelFigureView(channel.Key, channel.Name, channel.Mode, f.Offered, f.Contacts, f.AverageHandlingSeconds, f.CostPerContactPence, f.CostFormula,
                f.FirstContactResolution, f.ComplaintsPer1000, f.Csat, f.CsatResponses, f.SupportNeedsShare, f.Costs.StaffPencePerHour, f.Costs.TechnologyPencePerMonth,
                f.Costs.TechnologyPencePerContact, f.Costs.PostagePencePerContact, channel.Strengths, channel.Weaknesses, channel.Reach, channel.Regulatory,
                s?.Version ?? 0);
        }).ToList();
        return new ChannelFiguresView(from.Value, to.Value, Math.Round(months, 2), items);
    }

    public async Task<IReadOnlyList<ChannelEvaluationView>> EvaluationsAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ChannelEvaluation>().AsNoTracking().Include(e => e.Entries).OrderByDescending(e => e.CreatedAt).Take(take).ToListAsync(cancellationToken);
        var names = await people.DisplayNamesAsync(rows.Select(r => r.EvaluatorId), cancellationToken);
        return [.. rows.Select(e => View(e, names.GetValueOrDefault(e.EvaluatorId, "—")))];
    }

    public static ChannelEvaluationView View(ChannelEvaluation e, string evaluatorName) => new(e.Id, e.Title, e.EvaluatedOn, evaluatorName, e.PeriodFrom, e.PeriodTo,
        new EvaluationWeights(e.CostWeight, e.PreferenceWeight, e.AccessibilityWeight, e.ResolutionWeight, e.RiskWeight),
        [.. e.Entries.OrderByDescending(x => x.Score).ThenBy(x => x.Channel).Select(x => new ChannelScoreView(x.Channel, MediaChannels.Find(x.Channel)?.Name ?? x.Channel,
            x.Cost, x.Preference, x.Accessibility, x.Resolution, x.Risk, x.Score, x.Recommendation, x.Reasons))]);
}
