using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>Named policies and role lists of the development area.</summary>
public static class DevelopmentAccess
{
    /// <summary>Edit the skills framework.</summary>
    public const string EditSkills = "people.skills.edit";

    /// <summary>Write knowledge checks and read their answer keys (the same roles as the skills framework).</summary>
    public const string WriteKnowledgeChecks = "people.knowledge-checks.write";

    public static readonly string[] SkillEditors = [Roles.Trainer, Roles.Manager];

    /// <summary>Roles that see every colleague's development.</summary>
    public static readonly string[] CentreWide = [Roles.Trainer, Roles.Manager];
}

/// <summary>
/// The signed-in person as a <see cref="DevelopmentViewer"/>, and the people whose development they may see. A person
/// outside the rule is reported as not found (404), the same as a person who does not exist.
/// </summary>
public sealed class DevelopmentScope(CurrentStaff me, FrontlineDbContext db)
{
    private DevelopmentViewer? _viewer;

    public Guid StaffId => me.Id;

    public async Task<DevelopmentViewer> ViewerAsync(CancellationToken cancellationToken)
    {
        if (_viewer is not null)
        {
            return _viewer;
        }

        var led = me.IsInRole(Roles.TeamLeader)
            ? await db.Set<Team>().AsNoTracking().Where(t => t.TeamLeaderId == me.Id).Select(t => t.Id).ToListAsync(cancellationToken)
            : [];
        return _viewer = new DevelopmentViewer(me.Id, me.IsInRole(Roles.Trainer), me.IsInRole(Roles.Manager), led.ToHashSet());
    }

    /// <summary>The person, when the caller may see their development; otherwise 404.</summary>
    public async Task<StaffMember> PersonAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var viewer = await ViewerAsync(cancellationToken);
        var person = await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        return person is not null && DevelopmentVisibility.Sees(viewer, person) ? person : throw DomainException.NotFound("person");
    }

    /// <summary>The person, when the caller may plan their development (404 outside sight, 403 for the person themselves).</summary>
    public async Task<StaffMember> SupportedPersonAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(staffId, cancellationToken);
        return DevelopmentVisibility.Supports(await ViewerAsync(cancellationToken), person)
            ? person
            : throw new DomainException("development.own", "Your team leader, line manager or a trainer plans your development.", DomainErrorKind.Forbidden);
    }

    /// <summary>Staff whose development the caller sees.</summary>
    public async Task<IQueryable<StaffMember>> VisibleStaffAsync(CancellationToken cancellationToken) =>
        db.Set<StaffMember>().AsNoTracking().Where(DevelopmentVisibility.Filter(await ViewerAsync(cancellationToken)));
}
