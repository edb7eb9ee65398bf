using Frontline.Data;
using Frontline.Domain.Compliance.DataProtection;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>The retention schedule (one rule per scheduled class of data): read by the desk, changed by compliance officers.</summary>
public sealed class RetentionSchedules(FrontlineDbContext db, SubjectAccessDesk desk)
{
    public async Task<List<RetentionRuleView>> ListAsync(CancellationToken cancellationToken)
    {
        desk.RequireDesk();
        var rules = await db.Set<RetentionRule>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. rules.OrderBy(r => r.DataClass, StringComparer.Ordinal).Select(View)];
    }

    public async Task<RetentionRuleView> ChangeAsync(string dataClass, ChangeRetentionRequest request, CancellationToken cancellationToken)
    {
        desk.RequireDesk();
        var rule = await db.Set<RetentionRule>().SingleOrDefaultAsync(r => r.DataClass == dataClass, cancellationToken)
            ?? throw DomainException.NotFound("retention rule");
        ComplianceAccess.CheckVersion("retention rule", rule.Version, request.Version);
        rule.Change(request.Months, request.Basis);
        await db.SaveChangesAsync(cancellationToken);
        return View(rule);
    }

    private static RetentionRuleView View(RetentionRule r) => new(r.DataClass, r.Months, r.StartsFrom, r.Basis, r.Version);
}

/// <summary>
/// The retention job's work: every module erases its restricted records whose retention has ended, in one save.
/// </summary>
public sealed class EraseExpiredRecords(FrontlineDbContext db, IEnumerable<IPersonalDataEraser> erasers, TimeProvider clock)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var erased = 0;
        foreach (var eraser in erasers)
        {
            erased += await eraser.EraseExpiredAsync(today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return erased;
    }
}

/// <summary>The scheduled run of <see cref="EraseExpiredRecords"/> (nightly; one node at a time).</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(EraseExpiredRecords work) : IJob
{
    public const string Name = "data-retention";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await work.ExecuteAsync(cancellationToken);
}
