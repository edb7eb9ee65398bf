using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Analysis;

/// <summary>
/// A person's or a team's KPIs at a glance: for every KPI in use with a target at that level, the latest period with data
/// (value, target, band, reliability) and the period before it, over the last few periods of the KPI's frequency. Only
/// in the reader's scope (outside it: 404).
/// </summary>
public sealed class GetScorecard(FrontlineDbContext db, KpiCalculator calculator, ListResultContacts drillDown, TimeProvider clock)
{
    public async Task<Scorecard> ExecuteAsync(KpiLevel level, Guid subject, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (level == KpiLevel.Centre)
        {
            throw new DomainException("scorecard.level", "Scorecards are per person or per team.", DomainErrorKind.Invalid, "level");
        }

        await drillDown.CheckScopeAsync(level, subject, cancellationToken);
        var name = level == KpiLevel.Team
            ? await db.Set<Team>().AsNoTracking().Where(t => t.Id == subject).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
            : await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == subject).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            throw DomainException.NotFound(level == KpiLevel.Team ? "team" : "staff");
        }

        var to = asOf ?? clock.Today();
        var kpis = await db.Set<Kpi>().AsNoTracking().Include(k => k.Versions).Where(k => !k.IsRetired).ToListAsync(cancellationToken);
        var lines = new List<ScorecardLine>();
        foreach (var kpi in kpis.Where(k => k.Definition.TargetFor(level) is not null).OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            var d = kpi.Definition;
            var results = (await calculator.ComputeAsync(kpi, Lookback(d.Frequency, to), to, level, null, cancellationToken, subject))
                .Where(r => r.Subject == subject).OrderByDescending(r => r.PeriodStart).Take(2).ToList();
            var latest = results.FirstOrDefault();
            lines.Add(new ScorecardLine(kpi.Id, kpi.Name, d.Purpose, d.MeasureInfo().Unit, d.Direction, latest?.PeriodStart, latest?.Value,
                latest?.Target?.Target ?? d.TargetFor(level)?.Target, latest?.Band, latest?.Count ?? 0, latest?.Reliable ?? false, results.Skip(1).FirstOrDefault()?.Value));
        }

        return new Scorecard(level, subject, name, to, lines);
    }

    /// <summary>Enough periods back for a latest figure and the one before: two weeks of days, eight weeks, three months.</summary>
    public static DateOnly Lookback(KpiFrequency frequency, DateOnly to) => frequency switch
    {
        KpiFrequency.Daily => to.AddDays(-13),
        KpiFrequency.Weekly => KpiPeriods.StartOf(to, frequency).AddDays(-49),
        KpiFrequency.Monthly => KpiPeriods.StartOf(to, frequency).AddMonths(-2),
    };
}
