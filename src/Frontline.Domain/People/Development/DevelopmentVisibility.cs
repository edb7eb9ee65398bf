using System.Linq.Expressions;

namespace Frontline.Domain.People.Development;

/// <summary>Who is looking at someone's development: their id, whether they are a trainer or a manager, the teams they lead.</summary>
public sealed record DevelopmentViewer(Guid StaffId, bool IsTrainer, bool IsManager, IReadOnlySet<Guid> LedTeamIds)
{
    public bool SeesCentre => IsTrainer || IsManager;
}

/// <summary>
/// Who sees a colleague's development needs, plans and coaching records (CC26 3.2): the person, the leader of their team,
/// their line manager, trainers and managers. Anyone else is told the record does not exist (404). Everyone who sees a
/// person's development except the person may plan it.
/// </summary>
public static class DevelopmentVisibility
{
    public static bool Sees(DevelopmentViewer viewer, StaffMember person) =>
        person.Id == viewer.StaffId || Supports(viewer, person);

    /// <summary>May plan, record needs and coach: everyone who sees the person's development apart from the person.</summary>
    public static bool Supports(DevelopmentViewer viewer, StaffMember person) =>
        person.Id != viewer.StaffId
        && (viewer.SeesCentre || person.LineManagerId == viewer.StaffId || (person.TeamId is { } team && viewer.LedTeamIds.Contains(team)));

    /// <summary>The same rule as a filter over staff, for lists.</summary>
    public static Expression<Func<StaffMember, bool>> Filter(DevelopmentViewer viewer)
    {
        if (viewer.SeesCentre)
        {
            return s => true;
        }

        var me = viewer.StaffId;
        var teams = viewer.LedTeamIds.ToList();
        return s => s.Id == me || s.LineManagerId == me || (s.TeamId != null && teams.Contains(s.TeamId.Value));
    }
}
