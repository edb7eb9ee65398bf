using System.Net;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Frontline.Web.Tests.Platform;

/// <summary>The demo centre seeded on first start, and the audit-verify command over it.</summary>
public sealed class DemoCentreTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task DemoCentre_HasThreeTeamsWithLeaders_AndStaffInEveryRole()
    {
        var teams = await app.WithDbAsync(db => db.Set<Team>().ToListAsync());
        teams.Count.ShouldBe(3);
        teams.ShouldAllBe(t => t.TeamLeaderId != null);

        var staff = await app.WithDbAsync(db => db.Set<StaffMember>().ToListAsync());
        staff.Count.ShouldBeInRange(28, 34);
        foreach (var role in Roles.All)
        {
            staff.ShouldContain(s => s.HasRole(role), $"someone should hold {role}");
        }

        staff.Where(s => s.HasRole(Roles.Agent)).Select(s => s.Grade).Distinct().Count().ShouldBeGreaterThan(1);
        staff.Where(s => s.HasRole(Roles.Agent)).ShouldAllBe(s => s.TeamId != null && s.LineManagerId != null);
    }

    [Fact]
    public async Task DemoStaff_CanSignIn_WithTheDemoPassword()
    {
        var token = await app.TokenForAsync("tl.billing", Frontline.Web.Features.Platform.DemoContext.DemoPassword);
        token.ShouldStartWith("flt_");
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var staff = await (await client.GetAsync("/api/v1/staff")).ReadJsonAsync(HttpStatusCode.OK);
        // A team leader sees their own team: themselves and seven agents.
        staff.GetArrayLength().ShouldBe(8);
    }

    [Fact]
    public async Task DemoCentre_IsDeterministic_SameNamesEveryTime()
    {
        // The seed is fixed: every fresh start gives the same people in the same places.
        var name = await app.WithDbAsync(db => db.Set<StaffMember>().Where(s => s.Username == "agent.cards3").Select(s => s.DisplayName).SingleAsync());
        name.ShouldBe("Ella Evans");
    }

    [Fact]
    public async Task AuditVerifyCommand_ExitsZeroWhenIntact_AndOneWhenTampered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = app.Provider,
            ["ConnectionStrings:Frontline"] = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString())),
        }).Build();
        (await Frontline.Web.Cli.VerifyAuditAsync(configuration)).ShouldBe(0);

        var sequence = await app.WithDbAsync(async db =>
        {
            var last = await db.AuditEntries.MaxAsync(e => e.Sequence);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Changes\" = '[]' WHERE \"Sequence\" = {0}", last);
            return last;
        });
        (await Frontline.Web.Cli.VerifyAuditAsync(configuration)).ShouldBe(1);
        sequence.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task DemoCentre_CustomersHoldProducts_AndTheCallLogGaveContacts()
    {
        var customers = await app.WithDbAsync(db => db.Set<Frontline.Domain.Customers.Customer>().AsNoTracking().ToListAsync());
        customers.Count.ShouldBe(1000);
        var products = await app.WithDbAsync(db => db.Set<Frontline.Domain.Catalogue.Product>().Select(p => p.Id).ToListAsync());
        customers.ShouldAllBe(c => c.ProductIds.Count >= 1 && c.ProductIds.All(products.Contains));
        (await app.WithDbAsync(db => db.Set<Frontline.Domain.Cases.Contact>().CountAsync())).ShouldBeGreaterThan(4000);
    }
}
