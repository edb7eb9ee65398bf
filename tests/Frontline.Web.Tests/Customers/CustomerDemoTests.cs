using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Customers;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.Platform;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Customers;

/// <summary>The demo customers, and the documented demo secrets that let a demo agent pass ID&amp;V.</summary>
public sealed class CustomerDemoTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task DemoCentre_Has1000Customers_SomeVulnerable_WithValidDetails()
    {
        var customers = await app.WithDbAsync(db => db.Set<Customer>().ToListAsync());
        customers.Count.ShouldBe(CustomersDemoSeeder.Count);
        customers.Select(c => c.Reference).ShouldContain("CUS00000001");
        customers.ShouldAllBe(c => c.Postcode != null && CustomerRules.IsUkPostcode(c.Postcode) && c.Phones.All(CustomerRules.IsPhoneNumber));
        var vulnerable = await app.WithDbAsync(db => db.Set<CustomerVulnerability>().CountAsync());
        vulnerable.ShouldBe(50);
        (await app.WithDbAsync(db => db.Set<AuthorisedThirdParty>().CountAsync())).ShouldBe(20);
    }

    [Fact]
    public async Task DemoAgent_PassesHighVerification_WithTheDocumentedSecrets()
    {
        using var agent = app.Anonymous();
        agent.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenForAsync("agent.billing1", DemoContext.DemoPassword));
        var found = await (await agent.GetAsync("/api/v1/customers?query=CUS00000001")).ReadJsonAsync(HttpStatusCode.OK);
        var customer = found.GetProperty("items")[0];
        var id = customer.GetProperty("id").GetGuid();
        var started = await (await agent.PostAsJsonAsync($"/api/v1/customers/{id}/verifications", new { channel = "phone" })).ReadJsonAsync(HttpStatusCode.Created);
        var answers = started.GetProperty("challenge").EnumerateArray().Select(c => new
        {
            factor = c.GetProperty("factor").GetString(),
            value = c.GetProperty("factor").GetString() == "passcode-characters"
                ? string.Concat(c.GetProperty("positions").EnumerateArray().Select(p => CustomersDemoSeeder.DemoPasscode[p.GetInt32() - 1]))
                : customer.GetProperty("dateOfBirth").GetString(),
        }).ToArray();
        var result = await (await agent.PostAsJsonAsync($"/api/v1/verifications/{started.GetProperty("verificationId").GetGuid()}/answers", new { answers }))
            .ReadJsonAsync(HttpStatusCode.OK);
        result.GetProperty("outcome").GetString().ShouldBe("passed");
        result.GetProperty("level").GetString().ShouldBe("high");
    }
}
