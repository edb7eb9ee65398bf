using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>Reads development needs within the visibility rule: one person's, a team's most common, the overview of people in sight.</summary>
public sealed class NeedsDirectory(FrontlineDbContext db, DevelopmentScope scope)
{
    public async Task<NeedList> ForPersonAsync(Guid staffId, bool includeClosed, CancellationToken cancellationToken)
    {
        var person = await scope.PersonAsync(staffId, cancellationToken);
        var needs = await db.Set<DevelopmentNeed>().AsNoTracking().Where(n => n.StaffId == staffId && (includeClosed || n.Status != NeedStatus.Closed))
            .ToListAsync(cancellationToken);
        var skills = await SkillsAsync(cancellationToken);
        var items = needs.OrderByDescending(n => n.Evidence.Count).ThenByDescending(n => n.LastEvidenceAt)
            .Select(n => View(n, skills[n.SkillId])).ToList();
        return new NeedList(person.Id, person.DisplayName, items);
    }

    public static NeedView View(DevelopmentNeed n, Skill skill) => new(n.Id, skill.Code, skill.Name, n.Status, n.RaisedAt, n.LastEvidenceAt,
        [.. n.Evidence.OrderByDescending(e => e.At).Select(e => new NeedSourceView(e.Kind, e.RecordId, e.Summary, e.Link, e.At))], n.Version);

    /// <summary>The team's most common current needs: people per skill, then evidence. Its leader, trainers and managers only.</summary>
    public async Task<TeamNeedsView> ForTeamAsync(Guid teamId, CancellationToken cancellationToken)
    {
        var viewer = await scope.ViewerAsync(cancellationToken);
        var team = await db.Set<Team>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null || !(viewer.SeesCentre || viewer.LedTeamIds.Contains(teamId)))
        {
            throw DomainException.NotFound("team");
        }

        var members = await db.Set<StaffMember>().AsNoTracking().Where(s => s.TeamId == teamId && s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken);
        var needs = await db.Set<DevelopmentNeed>().AsNoTracking().Where(n => members.Contains(n.StaffId) && n.Status != NeedStatus.Closed)
            .ToListAsync(cancellationToken);
        var skills = await SkillsAsync(cancellationToken);
        var items = needs.GroupBy(n => n.SkillId)
            .Select(g => new CommonNeedView(skills[g.Key].Code, skills[g.Key].Name, g.Select(n => n.StaffId).Distinct().Count(), g.Sum(n => n.Evidence.Count)))
            .OrderByDescending(c => c.People).ThenByDescending(c => c.Evidence).ThenBy(c => c.SkillName, StringComparer.Ordinal).ToList();
        return new TeamNeedsView(team.Id, team.Name, members.Count, items);
    }

    /// <summary>People whose development the caller sees, with counts of current needs and active plans.</summary>
    public async Task<List<DevelopmentPersonRow>> PeopleAsync(Guid? teamId, CancellationToken cancellationToken)
    {
        var staff = (await scope.VisibleStaffAsync(cancellationToken)).Where(s => s.IsActive);
        if (teamId is { } t)
        {
            staff = staff.Where(s => s.TeamId == t);
        }

        var people = await staff.OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName, s.TeamId }).Take(500).ToListAsync(cancellationToken);
        var ids = people.ConvertAll(p => p.Id);
        var needs = await db.Set<DevelopmentNeed>().AsNoTracking().Where(n => ids.Contains(n.StaffId) && n.Status != NeedStatus.Closed)
            .GroupBy(n => n.StaffId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Where(p => ids.Contains(p.StaffId) && p.Status == PlanStatus.Active)
            .GroupBy(p => p.StaffId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var teams = await db.Set<Team>().AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, cancellationToken);
        return people.ConvertAll(p => new DevelopmentPersonRow(p.Id, p.DisplayName, p.TeamId, p.TeamId is { } tid ? teams.GetValueOrDefault(tid) : null,
            needs.GetValueOrDefault(p.Id), plans.GetValueOrDefault(p.Id)));
    }

    private async Task<Dictionary<Guid, Skill>> SkillsAsync(CancellationToken cancellationToken) =>
        await db.Set<Skill>().AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
}
