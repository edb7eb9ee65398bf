using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People;

/// <summary>Creates and edits teams (administrators). A team leader must be an active staff member.</summary>
public sealed class ManageTeams(FrontlineDbContext db)
{
    public async Task<Team> CreateAsync(CreateTeamRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        await CheckNameFreeAsync(name, null, cancellationToken);
        await CheckLeaderAsync(request.TeamLeaderId, cancellationToken);
        var team = new Team { Name = name, TeamLeaderId = request.TeamLeaderId };
        db.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> UpdateAsync(Guid id, UpdateTeamRequest request, CancellationToken cancellationToken)
    {
        var team = await db.Set<Team>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw DomainException.NotFound("team");
        if (request.Version != team.Version)
        {
            throw new DomainException("version.stale", "This team was changed by someone else. Reload and apply your change again.", DomainErrorKind.Conflict);
        }

        if (request.Name is { } name)
        {
            await CheckNameFreeAsync(name.Trim(), id, cancellationToken);
            team.Name = name.Trim();
        }

        if (request.TeamLeaderId is { } leader)
        {
            await CheckLeaderAsync(leader, cancellationToken);
            team.TeamLeaderId = leader;
        }

        team.IsActive = request.IsActive ?? team.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    private async Task CheckNameFreeAsync(string name, Guid? self, CancellationToken cancellationToken)
    {
        if (await db.Set<Team>().AnyAsync(t => t.Name == name && t.Id != self, cancellationToken))
        {
            throw new DomainException("team.name-taken", $"A team called '{name}' already exists.", DomainErrorKind.Conflict, "name");
        }
    }

    private async Task CheckLeaderAsync(Guid? leaderId, CancellationToken cancellationToken)
    {
        if (leaderId is { } id && !await db.Set<StaffMember>().AnyAsync(s => s.Id == id && s.IsActive, cancellationToken))
        {
            throw new DomainException("team.leader-unknown", "The team leader must be an active staff member.", DomainErrorKind.Invalid, "teamLeaderId");
        }
    }
}
