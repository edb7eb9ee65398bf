using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Actions;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>Reads the audit programme, checklists and audits (audits are centre-wide records: no team scope).</summary>
public sealed class AuditDirectory(FrontlineDbContext db, TimeProvider clock, IServiceProvider services)
{
    public async Task<List<PlannedAuditView>> ProgrammeAsync(bool overdueOnly, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var query = db.Set<PlannedAudit>().AsNoTracking();
        if (overdueOnly)
        {
            query = query.Where(PlannedAudit.OverdueOn(today));
        }

        var lines = await query.OrderBy(p => p.NextDueOn).ThenBy(p => p.Title).Take(1000).ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, lines.Select(l => l.LeadAuditorId), cancellationToken);
        return lines.Select(p => View(p, names, today)).ToList();
    }

    public async Task<PlannedAuditView> PlannedAsync(Guid id, CancellationToken cancellationToken)
    {
        var p = await db.Set<PlannedAudit>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw DomainException.NotFound("planned audit");
        return View(p, await QualityOpsAccess.NamesAsync(db, [p.LeadAuditorId], cancellationToken), clock.Today());
    }

    public PlannedAuditView View(PlannedAudit p, IReadOnlyDictionary<Guid, string> names, DateOnly today) =>
        new(p.Id, p.Title, p.Practice, AuditPractices.NameOf(p.Practice), p.Scope, p.Frequency, p.LeadAuditorId, names.GetValueOrDefault(p.LeadAuditorId, "Unknown"),
            p.Requirements, p.ChecklistId, p.NextDueOn, p.LastCompletedOn, p.IsOverdue(today), p.IsActive, p.Version);

    public async Task<List<ChecklistView>> ChecklistsAsync(CancellationToken cancellationToken) =>
        (await db.Set<AuditChecklist>().AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name).ToListAsync(cancellationToken)).Select(View).ToList();

    public static ChecklistView View(AuditChecklist c) => new(c.Id, c.Name, c.Practice, AuditPractices.NameOf(c.Practice), c.Items, c.Version);

    public async Task<List<AuditSummary>> AuditsAsync(AuditStatus? status, int limit, CancellationToken cancellationToken)
    {
        var query = db.Set<Audit>().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        var rows = await query.OrderByDescending(a => a.StartedAt).Take(Math.Clamp(limit, 1, 1000))
            .Select(a => new
            {
                a.Id, a.Title, a.Practice, a.AuditorId, a.StartedAt, a.Status, a.ClosedAt,
                Minor = a.Items.Count(i => i.Finding == AuditFinding.Minor),
                Major = a.Items.Count(i => i.Finding == AuditFinding.Major),
            })
            .ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, rows.Select(r => r.AuditorId), cancellationToken);
        return rows.Select(r => new AuditSummary(r.Id, r.Title, AuditPractices.NameOf(r.Practice), names.GetValueOrDefault(r.AuditorId, "Unknown"),
            QualityOpsAccess.Instant(r.StartedAt), r.Status, QualityOpsAccess.Instant(r.ClosedAt), r.Minor, r.Major)).ToList();
    }

    public async Task<AuditView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var audit = await db.Set<Audit>().AsNoTracking().Include(a => a.Items).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("audit");
        return await ViewAsync(audit, cancellationToken);
    }

    public async Task<AuditView> ViewAsync(Audit audit, CancellationToken cancellationToken)
    {
        var names = await QualityOpsAccess.NamesAsync(db, [audit.AuditorId], cancellationToken);
        // The register is the platform's; read each finding's action back from it when it is there.
        var register = services.GetService<IImprovementActions>();
        var items = new List<AuditItemView>();
        foreach (var i in audit.Items.OrderBy(i => i.Position))
        {
            ImprovementActionSummary? action = null;
            if (i.ActionId is { } actionId && register is not null)
            {
                action = (await register.ForSourceAsync("audit-finding", i.Id.ToString(), cancellationToken)).FirstOrDefault(a => a.Id == actionId);
            }

            items.Add(new AuditItemView(i.Id, i.Position, i.Text, i.Guidance, i.Evidence, i.Finding, i.ActionId, action));
        }

        var findings = audit.FindingCounts().ToDictionary(f => f.Key.ToString().ToLowerInvariant(), f => f.Value, StringComparer.Ordinal);
        return new AuditView(audit.Id, audit.Title, audit.Practice, AuditPractices.NameOf(audit.Practice), audit.Scope, audit.PlannedAuditId, audit.ChecklistId,
            audit.AuditorId, names.GetValueOrDefault(audit.AuditorId, "Unknown"), QualityOpsAccess.Instant(audit.StartedAt), audit.Status, audit.Report,
            QualityOpsAccess.Instant(audit.ClosedAt), items, findings, audit.Version);
    }
}
