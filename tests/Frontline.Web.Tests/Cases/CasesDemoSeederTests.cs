using Frontline.Domain.Cases;
using Frontline.Domain.Customers;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Case = Frontline.Domain.Cases.Case;

namespace Frontline.Web.Tests.Cases;

public sealed class CasesDemoSeederTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Seed_AfterPeopleAndCustomers_LoadsTheCallLogAsRecentContacts_AndOpenCasesWithReferrals()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Frontline.Data.FrontlineDbContext>();
        var context = new DemoContext(db, FrontlineAppFactory.SeedDataDirectory);
        await services.GetServices<IDemoSeeder>().OfType<PeopleDemoSeeder>().Single().SeedAsync(context, CancellationToken.None);
        var customers = Enumerable.Range(1, 30).Select(i => new Customer { Reference = $"DEMO{i:000}", FirstName = "Demo", LastName = $"Customer {i}" }).ToList();
        db.AddRange(customers);
        await db.SaveChangesAsync();
        context.Items[CasesDemoSeeder.CustomerIdsKey] = customers.Select(c => c.Id).ToList();

        await services.GetServices<IDemoSeeder>().OfType<CasesDemoSeeder>().Single().SeedAsync(context, CancellationToken.None);

        var contacts = await db.Set<Contact>().AsNoTracking().ToListAsync();
        contacts.Count.ShouldBeGreaterThan(4000);
        contacts.ShouldAllBe(c => c.OfferedAt > DateTime.UtcNow.AddDays(-40) && c.OfferedAt < DateTime.UtcNow);
        // Every call the log says an agent served (a few "AGENT" rows name no server) is answered by a demo agent, in their team.
        contacts.Count(c => c.AgentId != null).ShouldBeGreaterThan(3000);
        contacts.Where(c => c.AgentId != null).ShouldAllBe(c => c.TeamId != null && c.Outcome == "served");
        contacts.Count(c => c.CustomerId != null).ShouldBeGreaterThan(1000);
        (await db.Set<Case>().CountAsync()).ShouldBe(45);
        (await db.Set<Case>().CountAsync(c => c.Status == CaseStatus.AwaitingCustomer)).ShouldBeGreaterThan(0);
        (await db.Set<Referral>().CountAsync(r => r.Status == ReferralStatus.Pending)).ShouldBeGreaterThan(0);
    }
}
