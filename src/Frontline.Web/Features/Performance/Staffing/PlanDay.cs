using System.Globalization;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Performance.Results;

namespace Frontline.Web.Features.Performance.Staffing;

/// <summary>
/// A day's staffing plan: volumes per interval typed in, or from the centre's own history (the average of the same
/// weekday over the last N weeks, counting contacts that reached the queue, by the UK local time they were offered);
/// AHT typed in or from the same history (answer to end plus wrap-up); Erlang C per interval.
/// </summary>
public sealed class PlanDay(IContactMeasures contacts)
{
    public const string Typed = "typed";
    public const string History = "history";

    public async Task<DayPlanResponse> ExecuteAsync(DayPlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var date = request.Date ?? throw new DomainException("day-plan.date", "Give the date to plan.", DomainErrorKind.Invalid, "date");
        if (!DayPlan.IntervalMinutes.Contains(request.IntervalMinutes))
        {
            throw new DomainException("day-plan.interval", "Intervals are 15, 30 or 60 minutes.", DomainErrorKind.Invalid, "intervalMinutes");
        }

        var perDay = 24 * 60 / request.IntervalMinutes;
        double[] volumes;
        double? historyAht = null;
        int? weeks = null;
        switch (request.Source)
        {
            case Typed:
                if (request.Volumes is not { Count: > 0 } typed)
                {
                    throw new DomainException("day-plan.volumes", "Type a volume for each interval (or take them from history).", DomainErrorKind.Invalid, "volumes");
                }

                var first = ParseStart(request.Start, request.IntervalMinutes);
                if (first + typed.Count > perDay)
                {
                    throw new DomainException("day-plan.volumes", $"{typed.Count} intervals from {request.Start} run past midnight.", DomainErrorKind.Invalid, "volumes");
                }

                volumes = new double[perDay];
                for (var i = 0; i < typed.Count; i++)
                {
                    volumes[first + i] = typed[i];
                }

                break;
            case History:
                if (request.Weeks is < 1 or > 26)
                {
                    throw new DomainException("day-plan.weeks", "Average over 1 to 26 weeks.", DomainErrorKind.Invalid, "weeks");
                }

                weeks = request.Weeks;
                (volumes, historyAht) = await FromHistoryAsync(date, request.Weeks, request.IntervalMinutes, request.Queue, request.Channel, cancellationToken);
                break;
            default:
                throw new DomainException("day-plan.source", "The volumes come from 'typed' or 'history'.", DomainErrorKind.Invalid, "source");
        }

        var aht = request.AhtSeconds ?? historyAht
            ?? throw new DomainException("day-plan.aht", "No answered contacts in the history to take the AHT from: type it in.", DomainErrorKind.Invalid, "ahtSeconds");
        var intervals = volumes.Select((v, i) => new DayPlanInterval(TimeOnly.MinValue.AddMinutes(i * request.IntervalMinutes), v, aht)).ToList();
        var lines = DayPlan.Compute(request.IntervalMinutes, intervals, request.TargetAnswerSeconds, request.TargetServiceLevel, request.MaxOccupancy,
            request.Shrinkage);
        var rows = lines.Select(l => new DayPlanRow(l.Start.ToString("HH:mm", CultureInfo.InvariantCulture), Math.Round(l.Calls, 2), l.TrafficErlangs, l.Agents,
            l.AgentsAfterShrinkage, l.ServiceLevel, l.AsaSeconds, l.Occupancy)).ToList();
        return new DayPlanResponse(date, request.IntervalMinutes, request.Source, aht, weeks, rows, rows.Max(r => r.AgentsAfterShrinkage),
            rows.Sum(r => r.AgentsAfterShrinkage) * request.IntervalMinutes / 60.0);
    }

    private static int ParseStart(string? start, int intervalMinutes)
    {
        if (string.IsNullOrWhiteSpace(start))
        {
            return 0;
        }

        if (!TimeOnly.TryParseExact(start, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            || (time.Hour * 60 + time.Minute) % intervalMinutes != 0)
        {
            throw new DomainException("day-plan.start", $"The first interval starts at a time like 08:00 on a {intervalMinutes}-minute boundary.", DomainErrorKind.Invalid,
                "start");
        }

        return (time.Hour * 60 + time.Minute) / intervalMinutes;
    }

    private async Task<(double[] Volumes, double? Aht)> FromHistoryAsync(DateOnly date, int weeks, int intervalMinutes, string? queue, string? channel,
        CancellationToken cancellationToken)
    {
        var volumes = new double[24 * 60 / intervalMinutes];
        double handled = 0;
        var answered = 0;
        for (var w = 1; w <= weeks; w++)
        {
            var day = date.AddDays(-7 * w);
            var (from, to) = KpiCalculator.Instants(day, day);
            await foreach (var c in contacts.TimingsAsync(from, to, new ContactMeasureFilter(channel, queue), cancellationToken))
            {
                var observed = KpiCalculator.Observe(c);
                if (observed.QueuedAt is null && c.AnsweredAt is null)
                {
                    continue;
                }

                var local = UkTime.ToLocal(new DateTimeOffset(c.OfferedAt ?? c.CreatedAt, TimeSpan.Zero));
                volumes[(local.Hour * 60 + local.Minute) / intervalMinutes] += 1.0 / weeks;
                if (observed.HandlingSeconds is { } seconds)
                {
                    handled += seconds;
                    answered++;
                }
            }
        }

        return (volumes, answered == 0 ? null : Math.Round(handled / answered, 1));
    }
}
