using Frontline.Domain.Performance;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Performance;

/// <summary>
/// The demo centre's KPIs — service level 80/20, ASA, abandonment, AHT and first-contact resolution, over the demo call
/// log, each with targets, bands, review actions and distribution rules — and its service charter: an aim, objectives
/// measured by the KPIs, and the three service offers of issue 10. Complaints in 8 weeks, QA score and CSAT are not
/// seeded: their data is not yet offered to Performance (the measure catalogue says so).
/// </summary>
public sealed class PerformanceDemoSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 60;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var staff = context.Items.GetValueOrDefault(PeopleDemoSeeder.StaffIdsKey) as IReadOnlyDictionary<string, Guid> ?? new Dictionary<string, Guid>();
        var manager = staff.GetValueOrDefault("manager");
        var now = clock.GetUtcNow().UtcDateTime;
        var from = new DateOnly(2026, 1, 1);
        DistributionRule[] distribution =
        [
            new(KpiLevel.Individual, Audience.Person, "You see your own figure so you can act on it."),
            new(KpiLevel.Individual, Audience.TeamLeader, "You lead this colleague and coach them on it."),
            new(KpiLevel.Team, Audience.TeamLeader, "You are accountable for your team's figure."),
            new(KpiLevel.Centre, Audience.Managers, "Managers review the centre's performance against its charter."),
        ];
        Kpi Add(string name, string purpose, string measure, MeasureParameters parameters, KpiDirection direction, double centre, double team, double individual,
            double tolerance, string redAction)
        {
            var definition = new KpiDefinition(name, purpose, measure, parameters, new KpiFilters(Channel: "phone"), direction, KpiFrequency.Daily,
                [new(KpiLevel.Centre, centre, tolerance), new(KpiLevel.Team, team, tolerance), new(KpiLevel.Individual, individual, tolerance * 2)],
                [new(Band.Red, redAction, "Team leader"), new(Band.Amber, "Watch the next period; talk it through at the team huddle.", "Team leader")],
                manager == Guid.Empty ? null : manager, distribution);
            var kpi = Kpi.Create(definition, from, manager, now);
            context.Db.Add(kpi);
            return kpi;
        }

        var sl = Add("Service level 80/20", "Callers who wait long give up, call again or complain: answering promptly is the first thing a caller notices.",
            MeasureCatalogue.ServiceLevel, new MeasureParameters(20, ServiceLevelDenominator.Offered, 7), KpiDirection.HigherIsBetter, 0.8, 0.8, 0.8, 0.05,
            "Compare the day plan with actual volumes and staffing; move breaks out of the peak.");
        var asa = Add("Average speed of answer", "How long callers wait on average once queued: the wait customers feel.", MeasureCatalogue.AverageSpeedOfAnswer,
            new MeasureParameters(20, ServiceLevelDenominator.Offered, 7), KpiDirection.LowerIsBetter, 20, 20, 20, 10, "Check staffing against the day plan.");
        var abandon = Add("Abandonment rate", "Every abandoned call is a customer we did not help, and often a repeat call later.", MeasureCatalogue.AbandonmentRate,
            new MeasureParameters(20, ServiceLevelDenominator.Offered, 7), KpiDirection.LowerIsBetter, 0.05, 0.05, 0.05, 0.03,
            "Look at when callers hang up; add a callback option at peaks.");
        Add("Average handling time", "Handling time drives staffing; a sudden change often means a process or knowledge gap.", MeasureCatalogue.AverageHandlingTime,
            new MeasureParameters(20, ServiceLevelDenominator.Offered, 7), KpiDirection.LowerIsBetter, 300, 300, 300, 60,
            "Listen to the longest calls with the agent; look for a knowledge gap before asking for speed.");
        var fcr = Add("First-contact resolution", "Customers want it sorted the first time; repeat contacts cost them time and us capacity.",
            MeasureCatalogue.FirstContactResolution, new MeasureParameters(20, ServiceLevelDenominator.Offered, 7), KpiDirection.HigherIsBetter, 0.75, 0.75, 0.75, 0.05,
            "Review repeat contacts with the agent: what was missing the first time?");

        CharterEntry Line(CharterKind kind, string title, string statement, params Kpi[] kpis)
        {
            var entry = CharterEntry.Create(new CharterDefinition(kind, title, statement, [.. kpis.Select(k => k.Id)], null), manager, now);
            context.Db.Add(entry);
            return entry;
        }

        Line(CharterKind.Aim, "Easy to reach, right first time", "Customers reach us quickly on the channel they choose and get their need met at the first contact.");
        Line(CharterKind.Objective, "Answer promptly", "Answer 80 % of calls within 20 seconds, and keep abandoned calls under 5 %.", sl, abandon, asa);
        Line(CharterKind.Objective, "Resolve at first contact", "Resolve at least 75 % of contacts with no further contact needed within 7 days.", fcr);
        Line(CharterKind.Offer, "Calls", "We answer 80 % of calls within 20 seconds.", sl);
        Line(CharterKind.Offer, "E-mails", "We reply to e-mails within one business day.");
        Line(CharterKind.Offer, "Complaints", "We resolve complaints within 8 weeks, and tell you where you stand at every step.");
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}
