using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Performance;
using Frontline.Web.Features.Actions;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Performance.Analysis;

/// <summary>The reviews of a KPI's results in the reader's scope, newest first, with the state of the actions raised from them.</summary>
public sealed class ReviewDirectory(FrontlineDbContext db, PerformanceScope scopes, IImprovementActions actions)
{
    public async Task<List<ReviewView>> ForKpiAsync(Guid kpiId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var all = await db.Set<KpiReview>().AsNoTracking().Where(r => r.KpiId == kpiId).ToListAsync(cancellationToken);
        var agentTeams = await AgentTeamsAsync(all.Where(r => r.Level == KpiLevel.Individual).Select(r => r.Subject), cancellationToken);
        var visible = all.Where(r => r.Level switch
        {
            KpiLevel.Centre => scope.MaySee(KpiLevel.Centre),
            KpiLevel.Team => scope.IncludesTeam(r.Subject!.Value),
            KpiLevel.Individual => scope.IncludesAgent(r.Subject!.Value, agentTeams.GetValueOrDefault(r.Subject!.Value)),
        });
        return await ViewsAsync(visible.OrderByDescending(r => r.ReviewedAt), cancellationToken);
    }

    public async Task<List<ReviewView>> ViewsAsync(IEnumerable<KpiReview> reviews, CancellationToken cancellationToken)
    {
        var list = reviews.ToList();
        var people = list.Select(r => r.ReviewedById).Concat(list.Where(r => r.Level == KpiLevel.Individual).Select(r => r.Subject!.Value)).Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => people.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var teamIds = list.Where(r => r.Level == KpiLevel.Team).Select(r => r.Subject!.Value).Distinct().ToList();
        var teams = await db.Set<Team>().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var views = new List<ReviewView>();
        foreach (var r in list)
        {
            var action = r.ActionId is null ? null : (await actions.ForSourceAsync("kpi-review", r.Id.ToString(), cancellationToken)).FirstOrDefault();
            var subject = r.Subject is { } s ? r.Level == KpiLevel.Team ? teams.GetValueOrDefault(s) : names.GetValueOrDefault(s) : null;
            views.Add(new ReviewView(r.Id, r.KpiId, r.PeriodStart, r.Level, r.Subject, subject, r.Value, r.Band, r.Comment, r.ReviewedById,
                names.GetValueOrDefault(r.ReviewedById) ?? "", new DateTimeOffset(DateTime.SpecifyKind(r.ReviewedAt, DateTimeKind.Utc)), r.ActionId, action?.Title,
                action?.Status));
        }

        return views;
    }

    private async Task<Dictionary<Guid, Guid?>> AgentTeamsAsync(IEnumerable<Guid?> agents, CancellationToken cancellationToken)
    {
        var ids = agents.OfType<Guid>().Distinct().ToList();
        return await db.Set<StaffMember>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.TeamId, cancellationToken);
    }
}
