using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.People;

public sealed class StaffApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CreateStaff_AsAdministrator_Returns201WithId_AndAppearsInList()
    {
        var teamId = await app.CreateTeamAsync("Create team");
        using var admin = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "new.agent", displayName = "New Agent", email = "new.agent@example.test", password = "Strong-pass-123",
            roles = new[] { "Agent" }, teamId, lineManagerId = (Guid?)null, grade = 2,
        });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/staff/{id}");
        created.GetProperty("grade").GetInt32().ShouldBe(2);

        var list = await (await admin.GetAsync("/api/v1/staff")).ReadJsonAsync(HttpStatusCode.OK);
        list.EnumerateArray().Select(s => s.GetProperty("username").GetString()).ShouldContain("new.agent");
    }

    [Fact]
    public async Task CreateStaff_AsAgent_Answers403()
    {
        await app.CreateStaffAsync("plain.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("plain.agent");
        var response = await agent.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "sneaky", displayName = "S", email = "s@example.test", password = "Strong-pass-123", roles = new[] { "Administrator" }, grade = 1,
        });
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TeamLeader_SeesOwnTeam_AndOtherTeamsStaffAre404()
    {
        var leaderId = await app.CreateStaffAsync("tl.north", ["TeamLeader"]);
        var north = await app.CreateTeamAsync("North", leaderId);
        var south = await app.CreateTeamAsync("South");
        var northAgent = await app.CreateStaffAsync("agent.north", ["Agent"], north);
        var southAgent = await app.CreateStaffAsync("agent.south", ["Agent"], south);

        using var leader = await app.ClientForAsync("tl.north");
        var visible = (await (await leader.GetAsync("/api/v1/staff")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        visible.ShouldContain(northAgent);
        visible.ShouldNotContain(southAgent);

        (await leader.GetAsync($"/api/v1/staff/{northAgent}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await leader.GetAsync($"/api/v1/staff/{southAgent}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // The manager sees the centre.
        await app.CreateStaffAsync("centre.manager", ["Manager"]);
        using var manager = await app.ClientForAsync("centre.manager");
        (await manager.GetAsync($"/api/v1/staff/{southAgent}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreateStaff_DuplicateUsername_Answers409NamingUsername()
    {
        await app.CreateStaffAsync("twice", ["Agent"]);
        using var admin = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "twice", displayName = "Again", email = "t@example.test", password = "Strong-pass-123", roles = new[] { "Agent" }, grade = 1,
        });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("errors").GetProperty("username").ToString().ShouldContain("already taken");
    }

    [Theory]
    [InlineData("short", "password")]
    [InlineData("alllowercase-no-digit", "password")]
    public async Task CreateStaff_WeakPassword_Answers400(string password, string field)
    {
        using var admin = await app.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "weak." + password.Length, displayName = "Weak", email = "w@example.test", password, roles = new[] { "Agent" }, grade = 1,
        });
        await response.ShouldBeValidationProblemAsync(field);
        (await app.WithDbAsync(db => Task.FromResult(db.Set<Frontline.Domain.People.StaffMember>().Any(s => s.Username == "weak." + password.Length))))
            .ShouldBeFalse("nothing half-saved");
    }

    [Fact]
    public async Task CreateStaff_BadFields_AnswerValidationProblems()
    {
        using var admin = await app.AdminAsync();
        await (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = new string('a', 65), displayName = "x", email = "x@example.test", password = "Strong-pass-123", roles = new[] { "Agent" }, grade = 1,
        })).ShouldBeValidationProblemAsync("username");
        await (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "bademail", displayName = "x", email = "not-an-email", password = "Strong-pass-123", roles = new[] { "Agent" }, grade = 1,
        })).ShouldBeValidationProblemAsync("email");
        await (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "badrole", displayName = "x", email = "x@example.test", password = "Strong-pass-123", roles = new[] { "Wizard" }, grade = 1,
        })).ShouldBeValidationProblemAsync("roles");
        await (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "badgrade", displayName = "x", email = "x@example.test", password = "Strong-pass-123", roles = new[] { "Agent" }, grade = 42,
        })).ShouldBeValidationProblemAsync("grade");
        await (await admin.PostAsJsonAsync("/api/v1/staff", new
        {
            username = "badteam", displayName = "x", email = "x@example.test", password = "Strong-pass-123", roles = new[] { "Agent" }, grade = 1, teamId = Guid.NewGuid(),
        })).ShouldBeValidationProblemAsync("teamId");
    }

    [Fact]
    public async Task UpdateStaff_StaleVersion_Answers409_AndCurrentVersionSucceeds()
    {
        var id = await app.CreateStaffAsync("to.edit", ["Agent"]);
        using var admin = await app.AdminAsync();
        var current = await (await admin.GetAsync($"/api/v1/staff/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var version = current.GetProperty("version").GetInt32();

        var first = await admin.PatchAsJsonAsync($"/api/v1/staff/{id}", new { version, displayName = "First edit" });
        (await first.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(version + 1);

        var stale = await admin.PatchAsJsonAsync($"/api/v1/staff/{id}", new { version, displayName = "Lost edit" });
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var after = await (await admin.GetAsync($"/api/v1/staff/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        after.GetProperty("displayName").GetString().ShouldBe("First edit");
    }

    [Fact]
    public async Task DeactivateStaff_RevokesTheirTokens()
    {
        var id = await app.CreateStaffAsync("leaver", ["Agent"]);
        using var leaver = await app.ClientForAsync("leaver");
        (await leaver.GetAsync("/api/v1/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await app.AdminAsync();
        var version = (await (await admin.GetAsync($"/api/v1/staff/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        (await admin.PatchAsJsonAsync($"/api/v1/staff/{id}", new { version, isActive = false })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await leaver.GetAsync("/api/v1/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Teams_CreateAndList_DuplicateNameIs409()
    {
        var leader = await app.CreateStaffAsync("tl.east", ["TeamLeader"]);
        var id = await app.CreateTeamAsync("East", leader);
        using var admin = await app.AdminAsync();
        var teams = await (await admin.GetAsync("/api/v1/teams")).ReadJsonAsync(HttpStatusCode.OK);
        var east = teams.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == id);
        east.GetProperty("teamLeaderId").GetGuid().ShouldBe(leader);
        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "East" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "" })).ShouldBeValidationProblemAsync("name");
    }
}
