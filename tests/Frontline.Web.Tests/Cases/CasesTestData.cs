using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Customers;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Cases;

/// <summary>Set-up shared by the Cases tests: customers inserted directly (the Customers module owns their API), cases via the API.</summary>
public static class CasesTestData
{
    public static Task<Guid> CustomerAsync(this FrontlineAppFactory app, string lastName = "Customer") =>
        app.WithDbAsync(async db =>
        {
            var customer = new Customer { Reference = "C" + Guid.NewGuid().ToString("N")[..10], FirstName = "Test", LastName = lastName };
            db.Add(customer);
            await db.SaveChangesAsync();
            return customer.Id;
        });

    public static async Task<(Guid Id, int Version)> OpenCaseAsync(this HttpClient client, Guid customerId, string priority = "normal", string category = "billing",
        string summary = "Customer charged twice for October")
    {
        var response = await client.PostAsJsonAsync("/api/v1/cases", new { customerId, category, summary, priority });
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (json.GetProperty("id").GetGuid(), json.GetProperty("version").GetInt32());
    }

    /// <summary>A team with a leader and agents; usernames prefixed so that test classes sharing a host do not collide.</summary>
    public static async Task<(Guid TeamId, Guid LeaderId, Guid AgentId)> TeamAsync(this FrontlineAppFactory app, string prefix, int agentGrade = 1)
    {
        var leader = await app.CreateStaffAsync($"{prefix}.tl", ["TeamLeader"], null, 4);
        var team = await app.CreateTeamAsync($"{prefix} team", leader);
        using (var admin = await app.AdminAsync())
        {
            var current = await (await admin.GetAsync($"/api/v1/staff/{leader}")).ReadJsonAsync(HttpStatusCode.OK);
            (await admin.PatchAsJsonAsync($"/api/v1/staff/{leader}", new { version = current.GetProperty("version").GetInt32(), teamId = team }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var agent = await app.CreateStaffAsync($"{prefix}.agent", ["Agent"], team, agentGrade, leader);
        return (team, leader, agent);
    }
}
