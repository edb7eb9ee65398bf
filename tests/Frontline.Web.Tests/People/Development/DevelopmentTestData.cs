using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.People.Development;

/// <summary>Set-up for the development tests; every username starts with <c>pdev.</c> (browser tests share one app).</summary>
public static class DevelopmentTestData
{
    /// <summary>
    /// Team A (leader, agent) and team B (leader, agent); a line manager (team leader of no team) of a second agent of team A;
    /// a trainer, a manager, a quality analyst and an administrator-free outsider agent of team B.
    /// </summary>
    public sealed record Cast(Guid TeamA, Guid LeaderA, Guid AgentA, Guid TeamB, Guid LeaderB, Guid AgentB, Guid LineManager, Guid Managed,
        Guid Trainer, Guid Manager, Guid Analyst, string P);

    public static async Task<Cast> CastAsync(this FrontlineAppFactory app, string tag)
    {
        var p = $"pdev.{tag}";
        var (teamA, leaderA, agentA) = await app.TeamAsync($"{p}a");
        var (teamB, leaderB, agentB) = await app.TeamAsync($"{p}b");
        var lm = await app.CreateStaffAsync($"{p}.lm", ["TeamLeader"], null, 4);
        var managed = await app.CreateStaffAsync($"{p}.managed", ["Agent"], teamA, 1, lm);
        var trainer = await app.CreateStaffAsync($"{p}.trainer", ["Trainer"], null, 4);
        var manager = await app.CreateStaffAsync($"{p}.manager", ["Manager"], null, 6);
        var analyst = await app.CreateStaffAsync($"{p}.qa", ["QualityAnalyst"], null, 4);
        return new Cast(teamA, leaderA, agentA, teamB, leaderB, agentB, lm, managed, trainer, manager, analyst, p);
    }

    public static object Plan(Guid ownerId, string method = "coaching-session", string startsOn = "2026-12-01", string? endsOn = "2026-12-31") => new
    {
        title = "Rapport and listening",
        objectives = new object[]
        {
            "Build rapport with distressed customers",
            new { text = "Raise rapport scores", policyObjective = "Customers feel listened to", measure = "QA: rapport criteria", skill = "rapport-empathy", targetChange = 10 },
        },
        activities = new object[]
        {
            new { method, title = "Weekly coaching on rapport", ownerId, startsOn, endsOn },
            new { method = "side-by-side-listening", title = "Sit with a senior agent", ownerId, startsOn = "2026-12-02", endsOn = "2026-12-02" },
        },
    };
}
