using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.People;

/// <summary>
/// The demo centre's people: three teams with their leaders, agents of grades 1–3, quality, complaints,
/// compliance, a trainer and a manager (31 staff with the administrator). Usernames are stable so that
/// the README and tests can name them: <c>manager</c>, <c>tl.billing</c>, <c>agent.billing1</c>, ...
/// </summary>
public sealed class PeopleDemoSeeder(CreateStaffMember createStaff, ManageTeams teams) : IDemoSeeder
{
    public const string StaffIdsKey = "staff-ids";
    public const string TeamIdsKey = "team-ids";

    private static readonly string[] FirstNames =
        ["Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Freya", "Leo", "Grace", "Harry", "Sophie",
         "Jack", "Evie", "Oscar", "Poppy", "Charlie", "Ella", "Alfie", "Rosie", "Thomas", "Lily", "James", "Daisy"];

    private static readonly string[] LastNames =
        ["Patel", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Khan", "Walker",
         "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Lewis", "Scott"];

    public int Order => 10;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var teamIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var nameIndex = 0;

        async Task<StaffMember> Add(string username, string[] roles, Guid? teamId, Guid? lineManager, int grade)
        {
            var first = FirstNames[nameIndex % FirstNames.Length];
            var last = LastNames[(nameIndex * 7) % LastNames.Length];
            nameIndex++;
            var staff = await createStaff.ExecuteAsync(new NewStaffMember(username, $"{first} {last}",
                $"{username}@frontline.example", DemoContext.DemoPassword, roles, teamId, lineManager, grade), cancellationToken);
            ids[username] = staff.Id;
            return staff;
        }

        var manager = await Add("manager", [Roles.Manager], null, null, 6);
        await Add("quality", [Roles.QualityAnalyst], null, manager.Id, 4);
        await Add("quality2", [Roles.QualityAnalyst], null, manager.Id, 4);
        await Add("complaints", [Roles.ComplaintsHandler], null, manager.Id, 4);
        await Add("complaints2", [Roles.ComplaintsHandler], null, manager.Id, 4);
        await Add("compliance", [Roles.ComplianceOfficer], null, manager.Id, 5);
        await Add("trainer", [Roles.Trainer], null, manager.Id, 4);

        foreach (var name in new[] { "Billing", "Cards", "Savings" })
        {
            var key = name.ToLowerInvariant();
            var team = await teams.CreateAsync(new CreateTeamRequest($"{name} team", null), cancellationToken);
            teamIds[key] = team.Id;
            var leader = await Add($"tl.{key}", [Roles.TeamLeader], team.Id, manager.Id, 4);
            await teams.UpdateAsync(team.Id, new UpdateTeamRequest(team.Version, null, leader.Id, null), cancellationToken);
            for (var i = 1; i <= 7; i++)
            {
                // Grades 1–3 so the authority matrix has something to refuse.
                await Add($"agent.{key}{i}", [Roles.Agent], team.Id, leader.Id, 1 + ((i - 1) % 3));
            }
        }

        context.Items[StaffIdsKey] = ids;
        context.Items[TeamIdsKey] = teamIds;
    }
}
