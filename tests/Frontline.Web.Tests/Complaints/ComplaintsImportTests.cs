using System.Net;
using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Complaints;

public sealed class ComplaintsImportTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Theory]
    [InlineData("Credit card or prepaid card", "credit-cards")]
    [InlineData("Mortgage", "home-finance")]
    [InlineData("Checking or savings account", "current-accounts")]
    [InlineData("Timeshare", null)]
    public void Products_MapToFcaProductGroups(string product, string? group) => CfpbImport.MapProduct(product).ShouldBe(group);

    [Theory]
    [InlineData("Attempts to collect debt not owed", "arrears-related")]
    [InlineData("Fees or interest", "terms-disputed-sums-charges")]
    [InlineData("Incorrect information on your report", "general-admin-customer-service")]
    [InlineData("Getting a credit card", "advising-selling-arranging")]
    [InlineData("Something entirely new", null)]
    public void Issues_MapToCauseGroups(string issue, string? cause) => CfpbImport.MapIssue(issue).ShouldBe(cause);

    [Fact]
    public async Task CfpbImport_RunsInBackground_ReportsProgressAndUnmappedRows()
    {
        app.Clock.Set(ComplaintTestData.Now);
        await app.CreateStaffAsync("import.manager", ["Manager"], grade: 6);
        await app.CreateStaffAsync("import.handler", ["ComplaintsHandler"]);
        using var manager = await app.ClientForAsync("import.manager");
        using var handler = await app.ClientForAsync("import.handler");
        await (await handler.PostAsync("/api/v1/complaints/imports/cfpb?limit=10", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var started = await (await manager.PostAsync("/api/v1/complaints/imports/cfpb?limit=300", null)).ReadJsonAsync(HttpStatusCode.Accepted);
        var id = started.GetProperty("id").GetGuid();
        System.Text.Json.JsonElement progress = default;
        for (var i = 0; i < 120; i++)
        {
            progress = await (await manager.GetAsync($"/api/v1/complaints/imports/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            if (progress.GetProperty("finished").GetBoolean())
            {
                break;
            }

            await Task.Delay(500);
        }

        progress.GetProperty("finished").GetBoolean().ShouldBeTrue();
        progress.GetProperty("error").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var imported = progress.GetProperty("imported").GetInt32();
        imported.ShouldBeGreaterThan(250);
        (imported + progress.GetProperty("unmapped").GetArrayLength()).ShouldBe(300);
        progress.GetProperty("percent").GetInt32().ShouldBe(100);

        var stored = await app.WithDbAsync(db => db.Set<Complaint>().Where(c => c.AboutDetail!.StartsWith("CFPB")).ToListAsync());
        stored.Count.ShouldBe(imported);
        stored.ShouldContain(c => c.Outcome == ComplaintOutcome.NotUpheld && c.Status == ComplaintStatus.FinalResponseIssued);
        stored.ShouldContain(c => c.Outcome == ComplaintOutcome.PartiallyUpheld);
        stored.ShouldAllBe(c => c.ProductGroup != null && c.CauseCategory != null);

        await (await manager.GetAsync($"/api/v1/complaints/imports/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DemoSeeder_CreatesComplaintsInSeveralStates_FromTheCustomersSeedersIds()
    {
        var customerId = await app.CustomerAsync("C-demo");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<ComplaintsDemoSeeder>().Single();
        seeder.Order.ShouldBe(40);
        var context = new DemoContext(db, FrontlineAppFactory.SeedDataDirectory);
        await seeder.SeedAsync(context, CancellationToken.None); // no customer ids: nothing
        (await db.Set<Complaint>().CountAsync(c => c.CustomerId == customerId)).ShouldBe(0);

        context.Items["customer-ids"] = new List<Guid> { customerId };
        await seeder.SeedAsync(context, CancellationToken.None);
        var seeded = await db.Set<Complaint>().Where(c => c.CustomerId == customerId).ToListAsync();
        seeded.Count.ShouldBe(24);
        seeded.Select(c => c.Status).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
    }
}
