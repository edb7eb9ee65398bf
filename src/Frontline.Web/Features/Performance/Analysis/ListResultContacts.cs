using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Analysis;

/// <summary>
/// The contacts behind one figure (a KPI, a period, a level and its subject): the same contacts the figure is computed over
/// (the period version's filters, one copy per external reference), in the reader's scope (outside it: 404), paged or whole
/// for export.
/// </summary>
public sealed class ListResultContacts(FrontlineDbContext db, KpiDirectory kpis, IContactMeasures contacts, PerformanceScope scopes)
{
    public const int MaxExportRows = 100_000;

    public async Task<ResultContacts> ExecuteAsync(Guid kpiId, DateOnly periodStart, KpiLevel level, Guid? subject, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var kpi = await kpis.LoadAsync(kpiId, cancellationToken);
        await CheckScopeAsync(level, subject, cancellationToken);
        var frequency = kpi.Definition.Frequency;
        var start = KpiPeriods.StartOf(periodStart, frequency);
        var end = KpiPeriods.NextStart(start, frequency).AddDays(-1);
        var (fromUtc, toUtc) = KpiCalculator.Instants(start, end);
        var filters = kpi.VersionOn(start).Definition.Filters;
        var filter = KpiCalculator.ToFilter(filters) with
        {
            TeamId = level == KpiLevel.Team ? subject : filters.TeamId,
            AgentId = level == KpiLevel.Individual ? subject : null,
        };
        var rows = new List<ContactTiming>();
        var references = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var c in contacts.TimingsAsync(fromUtc, toUtc, filter, cancellationToken))
        {
            if (c.ExternalReference is not { } reference || references.Add(reference))
            {
                rows.Add(c);
            }

            if (rows.Count > MaxExportRows)
            {
                throw new DomainException("drill-down.too-many", $"More than {MaxExportRows:N0} contacts: narrow the level or the period.", DomainErrorKind.Invalid, "level");
            }
        }

        var ordered = rows.OrderBy(c => c.OfferedAt ?? c.CreatedAt).ThenBy(c => c.Id).ToList();
        var shown = ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var agentIds = shown.Select(c => c.AgentId).OfType<Guid>().Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => agentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return new ResultContacts(kpi.Id, kpi.Name, start, end, level, subject,
            [.. shown.Select(c => View(c, c.AgentId is { } a ? names.GetValueOrDefault(a) : null))], ordered.Count, page, pageSize);
    }

    /// <summary>The same scope as the results: the centre's figures for those who see the centre, a team's or agent's for those whose scope holds it.</summary>
    public async Task CheckScopeAsync(KpiLevel level, Guid? subject, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var visible = level switch
        {
            KpiLevel.Centre => scope.MaySee(level),
            KpiLevel.Team => subject is { } team && scope.IncludesTeam(team),
            KpiLevel.Individual => subject is { } agent
                && scope.IncludesAgent(agent, await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == agent).Select(s => s.TeamId).SingleOrDefaultAsync(cancellationToken)),
        };
        if (!visible)
        {
            throw DomainException.NotFound("result");
        }
    }

    private static ResultContact View(ContactTiming c, string? agentName) => new(c.Id, c.ExternalReference, c.AgentId, agentName, c.TeamId, c.Channel, c.Queue,
        At(c.OfferedAt), At(c.QueuedAt), At(c.AnsweredAt), At(c.EndedAt),
        c.QueuedAt is { } q ? Math.Max(0, ((c.AnsweredAt ?? c.EndedAt ?? q) - q).TotalSeconds) : null,
        c.AnsweredAt is { } a && (c.WrapEndedAt ?? c.EndedAt) is { } e ? (e - a).TotalSeconds : null, c.Outcome);

    private static DateTimeOffset? At(DateTime? utc) => utc is { } u ? new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Utc)) : null;
}

/// <summary>The contacts behind a figure as CSV or XLSX (times in UTC, ISO 8601; seconds as numbers).</summary>
public static class ResultContactExports
{
    private static readonly string[] Columns =
        ["contact_id", "external_reference", "agent", "channel", "queue", "offered_at", "queued_at", "answered_at", "ended_at", "wait_seconds", "handle_seconds", "outcome"];

    private static readonly HashSet<int> Numeric = [9, 10];

    private static IEnumerable<string[]> Rows(ResultContacts result) => result.Items.Select(c => new[]
    {
        c.Id.ToString(), c.ExternalReference ?? "", c.AgentName ?? "", c.Channel, c.Queue ?? "", T(c.OfferedAt), T(c.QueuedAt), T(c.AnsweredAt), T(c.EndedAt),
        N(c.WaitSeconds), N(c.HandleSeconds), c.Outcome ?? "",
    }).Prepend(Columns);

    private static string T(DateTimeOffset? at) => at?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string N(double? value) => value?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static byte[] Csv(ResultContacts result) => TableExport.Csv(Rows(result));

    public static byte[] Xlsx(ResultContacts result) => TableExport.Xlsx(Rows(result), Numeric, "Contacts");
}
