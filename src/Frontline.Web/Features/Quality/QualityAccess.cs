using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// Who may do what in Quality. Record scope for evaluations: quality analysts and managers see the centre; a team
/// leader sees their team's; an agent sees only their own; an evaluator sees what they wrote. Anything else is
/// reported as not found (404).
/// </summary>
public static class QualityAccess
{
    public const string EditScorecards = "quality.scorecards.edit";
    public const string Evaluate = "quality.evaluate";
    public const string Calibrate = "quality.calibrate";

    /// <summary>See and maintain scorecards.</summary>
    public static readonly string[] ScorecardEditors = [Roles.QualityAnalyst, Roles.Manager];

    /// <summary>Evaluate work (in their scope: team leaders their team's).</summary>
    public static readonly string[] Evaluators = [Roles.QualityAnalyst, Roles.TeamLeader, Roles.Manager];

    /// <summary>Roles that see every evaluation in the centre; quality analysts and managers also act as lead analysts (arbitrate, run calibration).</summary>
    public static readonly string[] CentreWide = [Roles.QualityAnalyst, Roles.Manager];
}

/// <summary>
/// The evaluations the signed-in person may see, as a filter for queries and a check for one record. A draft is seen only
/// by its evaluator and the centre-wide roles: it is shared with the agent (and their team leader) when submitted.
/// </summary>
public sealed record EvaluationScope(Guid StaffId, bool All, bool LeadsTeams, IReadOnlySet<Guid> TeamIds)
{
    public bool Includes(Evaluation e) =>
        All || e.EvaluatorId == StaffId
        || (e.Status != EvaluationStatus.Draft && (e.AgentId == StaffId || (LeadsTeams && e.TeamId is { } t && TeamIds.Contains(t))));

    public IQueryable<Evaluation> Filter(IQueryable<Evaluation> query)
    {
        if (All)
        {
            return query;
        }

        var me = StaffId;
        if (!LeadsTeams)
        {
            return query.Where(e => e.EvaluatorId == me || (e.Status != EvaluationStatus.Draft && e.AgentId == me));
        }

        var teams = TeamIds.ToList();
        return query.Where(e => e.EvaluatorId == me
            || (e.Status != EvaluationStatus.Draft && (e.AgentId == me || (e.TeamId != null && teams.Contains(e.TeamId.Value)))));
    }
}

/// <summary>Works out the caller's <see cref="EvaluationScope"/> once per request.</summary>
public sealed class QualityScope(CurrentStaff me, FrontlineDbContext db)
{
    private EvaluationScope? _scope;

    public Guid StaffId => me.Id;

    public bool IsLeadAnalyst => me.IsInAnyRole(QualityAccess.CentreWide);

    public async Task<EvaluationScope> GetAsync(CancellationToken cancellationToken)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        if (me.IsInAnyRole(QualityAccess.CentreWide))
        {
            return _scope = new EvaluationScope(me.Id, true, false, new HashSet<Guid>());
        }

        if (me.IsInRole(Roles.TeamLeader))
        {
            var led = await db.Set<Team>().AsNoTracking().Where(t => t.TeamLeaderId == me.Id).Select(t => t.Id).ToListAsync(cancellationToken);
            return _scope = new EvaluationScope(me.Id, false, true, led.ToHashSet());
        }

        return _scope = new EvaluationScope(me.Id, false, false, new HashSet<Guid>());
    }

    /// <summary>May the caller arbitrate a dispute on this evaluation: the agent's team leader or a lead analyst, never the evaluator.</summary>
    public async Task<bool> MayArbitrateAsync(Evaluation evaluation, CancellationToken cancellationToken)
    {
        if (me.Id == evaluation.EvaluatorId || me.Id == evaluation.AgentId)
        {
            return false;
        }

        if (IsLeadAnalyst)
        {
            return true;
        }

        var scope = await GetAsync(cancellationToken);
        return scope.LeadsTeams && evaluation.TeamId is { } team && scope.TeamIds.Contains(team);
    }
}
