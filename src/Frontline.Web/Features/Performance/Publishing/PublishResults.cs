using System.Globalization;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Publishing;

/// <summary>
/// Publishes a validated period: the results at every level, computed without the excluded records and judged by the
/// version in effect, are stored once; then each of the KPI's distribution rules tells exactly the people it names, with
/// its reason, through notifications (in the same save: a message exists if and only if the publication does), and the
/// distribution log records who was told what.
/// </summary>
public sealed class PublishResults(FrontlineDbContext db, ValidationDirectory runs, KpiDirectory kpis, KpiCalculator calculator, INotifications notifications,
    IDevelopmentNeeds development, CurrentStaff me, TimeProvider clock)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public async Task<PublicationView> ExecuteAsync(Guid runId, int? revision, CancellationToken cancellationToken)
    {
        var run = await runs.LoadAsync(runId, cancellationToken);
        ReviewData.CheckRevision(run, revision);
        if (await db.Set<Publication>().AnyAsync(p => p.KpiId == run.KpiId && p.PeriodStart == run.PeriodStart, cancellationToken))
        {
            throw new DomainException("publication.exists", $"The results from {run.PeriodStart:yyyy-MM-dd} are already published.", DomainErrorKind.Conflict);
        }

        run.MarkPublished();
        var kpi = await kpis.LoadAsync(run.KpiId, cancellationToken);
        var version = kpi.VersionOn(run.PeriodStart);
        var excluded = run.Exclusions.Select(e => e.ContactId).ToHashSet();
        var computed = new List<(KpiLevel Level, ComputedResult Result)>();
        foreach (var level in Enum.GetValues<KpiLevel>())
        {
            computed.AddRange((await calculator.ComputeAsync(kpi, run.PeriodStart, run.PeriodEnd, level, excluded, cancellationToken)).Select(r => (level, r)));
        }

        var teams = await db.Set<Team>().AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var staff = await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken);
        var names = staff.ToDictionary(s => s.Id, s => s.DisplayName);
        string? Name(KpiLevel level, Guid? subject) => subject is not { } id ? null
            : level == KpiLevel.Team ? teams.GetValueOrDefault(id)?.Name : names.GetValueOrDefault(id);

        var at = clock.GetUtcNow().UtcDateTime;
        var publication = new Publication
        {
            KpiId = kpi.Id, PeriodStart = run.PeriodStart, PeriodEnd = run.PeriodEnd, RunId = run.Id, KpiVersion = version.Number,
            Results = [.. computed.Select(c => new PublishedResult(c.Level, c.Result.Subject, Name(c.Level, c.Result.Subject), c.Result.Value, c.Result.Band, c.Result.Count,
                c.Result.Target?.Target, c.Result.Reliable))],
            Excluded = excluded.Count, Comment = run.Comment, PublishedById = me.Id, PublishedAt = at,
        };
        db.Add(publication);

        var managers = staff.Where(s => s.HasRole(Roles.Manager)).Select(s => s.Id).ToList();
        var leaders = teams.Values.Select(t => t.TeamLeaderId).OfType<Guid>().Distinct().ToList();
        var sent = new HashSet<(Guid Recipient, KpiLevel Level, Guid? Subject)>();
        var unit = version.Definition.MeasureInfo().Unit;
        var period = $"{run.PeriodStart.ToString("d MMM yyyy", Uk)}{(run.PeriodEnd != run.PeriodStart ? " to " + run.PeriodEnd.ToString("d MMM yyyy", Uk) : "")}";
        foreach (var rule in version.Definition.Distribution ?? [])
        {
            foreach (var (level, result) in computed.Where(c => c.Level == rule.Level))
            {
                IEnumerable<Guid> recipients = (rule.Level, rule.Audience) switch
                {
                    (KpiLevel.Individual, Audience.Person) => [result.Subject!.Value],
                    (KpiLevel.Individual, Audience.TeamLeader) => result.SubjectTeam is { } t && teams.GetValueOrDefault(t)?.TeamLeaderId is { } l ? [l] : [],
                    (KpiLevel.Team, Audience.TeamMembers) => staff.Where(s => s.TeamId == result.Subject).Select(s => s.Id),
                    (KpiLevel.Team, Audience.TeamLeader) => teams.GetValueOrDefault(result.Subject!.Value)?.TeamLeaderId is { } l ? [l] : [],
                    (_, Audience.Managers) => managers,
                    (KpiLevel.Centre, Audience.TeamLeader) => leaders,
                    _ => [],
                };
                var subjectName = Name(level, result.Subject);
                var what = $"{kpi.Name}, {period}{(subjectName is null ? " (centre)" : $" ({subjectName})")}: {Format(result.Value, unit)}"
                    + (result.Band is { } b ? $", {b.ToString().ToLowerInvariant()} against a target of {Format(result.Target!.Target, unit)}" : "")
                    + (result.Reliable ? "" : $" — from {result.Count} contacts, not reliable");
                foreach (var recipient in recipients.Where(r => names.ContainsKey(r)))
                {
                    if (!sent.Add((recipient, level, result.Subject)))
                    {
                        continue;
                    }

                    var distribution = new Distribution
                    {
                        PublicationId = publication.Id, KpiId = kpi.Id, RecipientId = recipient, Level = level, Subject = result.Subject, What = what, Reason = rule.Reason,
                        SentAt = at,
                    };
                    db.Add(distribution);
                    notifications.Queue(new NotificationRequest(recipient, "kpi-result", $"{kpi.Name}: results for {period}",
                        $"{what}. Please read and acknowledge it.", $"/performance/my-results#d-{distribution.Id}", rule.Reason));
                }
            }
        }

        // A reliable individual result in red is a development need of that person (People links KPIs to skills), saved with the publication.
        foreach (var (_, result) in computed.Where(c => c.Level == KpiLevel.Individual && c.Result is { Band: Band.Red, Reliable: true, Subject: not null }))
        {
            await development.RaiseAsync(new DevelopmentNeedSignal(result.Subject!.Value, NeedSource.Kpi, publication.Id,
                $"{kpi.Name}, {period}: {Format(result.Value, unit)}, red against a target of {Format(result.Target!.Target, unit)}",
                $"/performance/kpis/{kpi.Id}", Kpi: version.Definition.Measure, RaisedById: me.Id), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return PublicationDirectory.View(publication, kpi.Name, sent.Count);
    }

    public static string Format(double value, MeasureUnit unit) => unit switch
    {
        MeasureUnit.Fraction => (value * 100).ToString("0.0", Uk) + "%",
        MeasureUnit.Seconds => value.ToString("0.0", Uk) + " s",
        _ => value.ToString("0.##", Uk),
    };
}
