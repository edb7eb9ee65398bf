using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Reads procedures for the signed-in person: reviewers see drafts; everyone else sees approved and superseded versions
/// (a procedure never approved is not found for them).
/// </summary>
public sealed class ProcedureDirectory(FrontlineDbContext db, PolicyDirectory policies, CommsPeople people)
{
    private bool Visible(ProcedureVersion version) => policies.SeesDrafts || version.Status != ProcedureStatus.Draft;

    private IQueryable<Procedure> Query(bool tracked) =>
        (tracked ? db.Set<Procedure>() : db.Set<Procedure>().AsNoTracking())
            .Include(p => p.Versions).ThenInclude(v => v.Steps)
            .Include(p => p.Versions).ThenInclude(v => v.Evaluations).ThenInclude(e => e.Verdicts)
            .AsSplitQuery();

    public async Task<Procedure> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var procedure = await Query(tracked).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return procedure is not null && procedure.Versions.Any(Visible) ? procedure : throw DomainException.NotFound("procedure");
    }

    /// <summary>Every procedure written under the policy, all versions (for the reconciliation).</summary>
    public async Task<List<Procedure>> ForPolicyAsync(Guid policyId, bool tracked, CancellationToken cancellationToken) =>
        await Query(tracked).Where(p => p.PolicyId == policyId).ToListAsync(cancellationToken);

    public static void CheckRevision(Procedure procedure, int? revision)
    {
        if (revision is { } r && r != procedure.Version)
        {
            throw new DomainException("version.stale",
                $"This procedure was changed by someone else (revision {procedure.Version}, yours {r}). Reload and apply your change again.", DomainErrorKind.Conflict,
                "revision");
        }
    }

    public async Task<ProcedureView> GetAsync(Guid id, int? number, CancellationToken cancellationToken) =>
        await ViewAsync(await LoadAsync(id, tracked: false, cancellationToken), number, cancellationToken);

    public async Task<ProcedureView> ViewAsync(Procedure procedure, int? number, CancellationToken cancellationToken)
    {
        var version = number is { } n ? procedure.Versions.SingleOrDefault(v => v.Number == n) : procedure.Versions.Where(Visible).MaxBy(v => v.Number);
        if (version is null || !Visible(version))
        {
            throw DomainException.NotFound("procedure version");
        }

        var policy = await policies.LoadAsync(procedure.PolicyId, tracked: false, cancellationToken);
        var followed = policy.Versions.Single(v => v.Number == version.PolicyVersion);
        var coverage = version.Coverage(followed);
        var numbers = coverage.ToDictionary(c => c.Clause.Key, c => c.Number);
        var names = await people.DisplayNamesAsync([version.OwnerId, version.ApprovedById ?? Guid.Empty, .. version.Evaluations.Select(e => e.EvaluatorId)],
            cancellationToken);
        string Name(Guid? id) => id is { } g && names.TryGetValue(g, out var name) ? name : "—";
        var current = version.CurrentEvaluation;
        var evaluations = version.Evaluations.OrderBy(e => e.At).Select(e => new EvaluationView(e.Id, Name(e.EvaluatorId), QualityText.Instant(e.At), e.PolicyVersion,
            e.Outcome, e.Summary, e == current, [.. e.Verdicts.Select(v => new VerdictView(v.ClauseKey, numbers.TryGetValue(v.ClauseKey, out var cn) ? cn : null,
                v.Verdict, v.Note, v.CoveredBySteps)).OrderBy(v => v.ClauseNumber)])).ToList();
        var steps = version.Ordered.Select((s, i) => new StepView(s.Id, i + 1, s.Text, s.ClauseKeys,
            [.. s.ClauseKeys.Where(numbers.ContainsKey).Select(k => numbers[k]).Order()])).ToList();
        var cited = version.Steps.SelectMany(s => s.ClauseKeys).ToHashSet();
        return new ProcedureView(procedure.Id, version.Number, version.Title, version.Status, version.Mode, version.Channel,
            MediaChannels.Find(version.Channel)?.Name ?? version.Channel, version.Purpose, version.OwnerId, Name(version.OwnerId), version.ReviewOn, policy.Id,
            followed.Title, version.PolicyVersion, policy.Published?.Number, steps,
            [.. coverage.Select(c => new CoverageView(c.Clause.Key, c.Number, c.Clause.Component, PolicyComponents.Name(c.Clause.Component), c.Clause.Text, c.Applies,
                c.Covered, c.CoveredBySteps))],
            [.. coverage.Where(c => c.Clause.Component == PolicyComponent.ServiceObjectives && cited.Contains(c.Clause.Key)).Select(c => c.Clause.Text)],
            evaluations.SingleOrDefault(e => e.Current), evaluations, version.ApprovedById is null ? null : Name(version.ApprovedById),
            QualityText.Instant(version.ApprovedAt),
            [.. procedure.Versions.Where(Visible).OrderBy(v => v.Number).Select(v => new ProcedureVersionSummary(v.Number, v.Status, v.PolicyVersion,
                QualityText.Instant(v.CreatedAt), QualityText.Instant(v.ApprovedAt)))],
            procedure.Version);
    }

    public async Task<PagedResult<ProcedureSummary>> ListAsync(ListQuery list, Guid? policyId, CancellationToken cancellationToken)
    {
        var query = db.Set<Procedure>().AsNoTracking();
        if (policyId is { } p)
        {
            query = query.Where(x => x.PolicyId == p);
        }

        if (list.Q is { } q)
        {
            var pattern = $"%{q.ToLowerInvariant()}%";
            query = query.Where(x => EF.Functions.Like(x.Title.ToLower(), pattern));
        }

        // Procedures are tens per centre: versions are filtered here.
        var all = await query.OrderBy(x => x.Title).Include(x => x.Versions).ThenInclude(v => v.Evaluations).AsSplitQuery().ToListAsync(cancellationToken);
        var visible = all.Select(x => (Procedure: x, Shown: x.Versions.Where(Visible).MaxBy(v => v.Number))).Where(x => x.Shown is not null).ToList();
        var items = visible.Skip(list.Skip).Take(list.PageSize).Select(x => new ProcedureSummary(x.Procedure.Id, x.Shown!.Title, x.Shown.Number, x.Shown.Status,
            x.Shown.Mode, x.Shown.Channel, x.Procedure.PolicyId, x.Shown.PolicyVersion, x.Shown.CurrentEvaluation is not null, x.Shown.ReviewOn)).ToList();
        return new PagedResult<ProcedureSummary>(items, visible.Count, list.Page, list.PageSize);
    }
}
