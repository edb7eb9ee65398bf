using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// People's implementation of <see cref="IDevelopmentNeeds"/>: resolves the skill, merges the evidence into the person's
/// current need in that skill (tracked in the caller's context, including needs added earlier in the same unit of work)
/// and leaves saving to the caller.
/// </summary>
public sealed class RaiseDevelopmentNeed(FrontlineDbContext db, SkillsFramework skills, TimeProvider clock) : IDevelopmentNeeds
{
    public async Task RaiseAsync(DevelopmentNeedSignal signal, CancellationToken cancellationToken) =>
        await RaiseAndReturnAsync(signal, cancellationToken);

    /// <summary>As <see cref="RaiseAsync"/>, returning the need holding the evidence (null when the signal named no skill and is ignored).</summary>
    public async Task<DevelopmentNeed?> RaiseAndReturnAsync(DevelopmentNeedSignal signal, CancellationToken cancellationToken)
    {
        var skill = await SkillOfAsync(signal, cancellationToken);
        if (skill is null)
        {
            return null;
        }

        if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == signal.StaffId, cancellationToken))
        {
            return null;
        }

        var summary = signal.Summary.Trim();
        if (summary.Length > DevelopmentNeed.MaxSummaryLength)
        {
            summary = summary[..DevelopmentNeed.MaxSummaryLength];
        }

        var evidence = new NeedEvidence(signal.Source, signal.RecordId, summary, signal.Link, clock.GetUtcNow().UtcDateTime, signal.RaisedById);
        var local = db.Set<DevelopmentNeed>().Local.Where(n => n.StaffId == signal.StaffId && n.SkillId == skill.Id).ToList();
        var stored = await db.Set<DevelopmentNeed>()
            .Where(n => n.StaffId == signal.StaffId && n.SkillId == skill.Id && n.Status != NeedStatus.Closed).ToListAsync(cancellationToken);
        var (need, created) = DevelopmentNeed.Merge(local.Union(stored), signal.StaffId, skill.Id, evidence);
        if (created)
        {
            db.Add(need);
        }

        return need;
    }

    private async Task<Skill?> SkillOfAsync(DevelopmentNeedSignal signal, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(signal.Skill) && await skills.FindAsync(signal.Skill, cancellationToken) is { } named)
        {
            return named;
        }

        if (!string.IsNullOrWhiteSpace(signal.Kpi) && await skills.ForKpiAsync(signal.Kpi, cancellationToken) is { } byKpi)
        {
            return byKpi;
        }

        if (signal.Criterion is { } criterion)
        {
            var byCriterion = await skills.ForCriterionAsync(criterion.Key, criterion.Text, cancellationToken);
            if (byCriterion is not null || (string.IsNullOrWhiteSpace(signal.Skill) && string.IsNullOrWhiteSpace(signal.Kpi)))
            {
                return byCriterion;
            }
        }

        return await skills.GeneralAsync(cancellationToken);
    }
}
