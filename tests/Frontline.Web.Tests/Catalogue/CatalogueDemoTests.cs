using System.Net;
using Frontline.Web.Features.Platform;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Catalogue;

/// <summary>The demo centre's catalogue: products, articles in every state and acknowledgement gaps.</summary>
public sealed class CatalogueDemoTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task DemoCatalogue_HasBankingProductsWithDisclosures_AndArticlesInEveryState()
    {
        using var agent = await app.ClientForAsync("agent.billing1", DemoContext.DemoPassword);
        var products = await (await agent.GetAsync("/api/v1/products")).ReadJsonAsync(HttpStatusCode.OK);
        var codes = products.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        codes.ShouldBe(["CREDIT-CARD", "CURRENT-ACCOUNT", "PERSONAL-LOAN", "PACKAGED-PLUS", "INSTANT-SAVER"], ignoreOrder: true);
        foreach (var product in products.EnumerateArray())
        {
            var full = await (await agent.GetAsync($"/api/v1/products/{product.GetProperty("id").GetGuid()}")).ReadJsonAsync(HttpStatusCode.OK);
            full.GetProperty("features").GetArrayLength().ShouldBeGreaterThan(0);
            full.GetProperty("disclosures").GetArrayLength().ShouldBeGreaterThan(0);
            full.GetProperty("comparisons").GetArrayLength().ShouldBeGreaterThan(0);
            full.GetProperty("fees").GetArrayLength().ShouldBeGreaterThan(0);
        }

        using var manager = await app.ClientForAsync("manager", DemoContext.DemoPassword);
        var statuses = (await (await manager.GetAsync("/api/v1/knowledge/articles")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(a => a.GetProperty("status").GetString()).Distinct().ToList();
        statuses.ShouldBe(["draft", "in-review", "published", "archived"], ignoreOrder: true);
        var card = products.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "CREDIT-CARD");
        card.GetProperty("materialRevision").GetInt32().ShouldBe(2);

        var gaps = await (await manager.GetAsync("/api/v1/knowledge/acknowledgements/outstanding")).ReadJsonAsync(HttpStatusCode.OK);
        gaps.GetArrayLength().ShouldBeGreaterThan(0);
        (await (await manager.GetAsync("/api/v1/knowledge/articles/due-for-review")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Select(a => a.GetProperty("title").GetString()).ShouldContain("Supporting customers in vulnerable circumstances");
    }
}
