using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Frontline.Web.Features.Cases;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Complaints;

/// <summary>Redress and options asked of the authority matrix (a stand-in for the Cases module's implementation).</summary>
public sealed class ComplaintAuthorityTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private sealed class FiftyPoundLimit : IAuthorityCheck
    {
        public Task<AuthorityDecision> CheckAsync(Guid staffId, string action, long amountPence, CancellationToken cancellationToken) =>
            Task.FromResult(amountPence <= 5000
                ? new AuthorityDecision(true, "Within your limit.", 4, null, 5000)
                : new AuthorityDecision(false, "Above your £50.00 limit.", 4, 5, 5000));
    }

    [Fact]
    public async Task RedressAboveAuthority_IsRecordedWithAReferral_NotBlocked_AndTheChainShowsInAnalysis()
    {
        await app.CreateStaffAsync("h.authority", ["ComplaintsHandler"], grade: 4);
        await app.CreateStaffAsync("m.authority", ["Manager"], grade: 6);
        var customerId = await app.CustomerAsync("C-authority");
        using var limited = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddScoped<IAuthorityCheck, FiftyPoundLimit>()));
        using var handler = limited.CreateClient();
        handler.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenForAsync("h.authority"));

        var c = await handler.CreateComplaintAsync(customerId);
        var url = $"/api/v1/complaints/{c.Str("id")}";
        c = await (await handler.PostAsJsonAsync($"{url}/options", new { version = c.Version(), description = "Full refund", costPence = 10_000 })).ReadJsonAsync(HttpStatusCode.Created);
        c.GetProperty("options")[0].GetProperty("withinAuthority").GetBoolean().ShouldBeFalse();
        c = await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "goodwill", amountPence = 2_000, currency = "GBP" })).ReadJsonAsync(HttpStatusCode.Created);
        c.GetProperty("redress")[0].Str("authority").ShouldBe("within-authority");
        c.GetProperty("referrals").GetArrayLength().ShouldBe(0);

        c = await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "financial-loss", amountPence = 10_000, currency = "GBP" })).ReadJsonAsync(HttpStatusCode.Created);
        c.GetProperty("redress")[1].Str("authority").ShouldBe("referred-above-authority");
        c.GetProperty("redressTotalPence").GetInt64().ShouldBe(12_000);
        var referral = c.GetProperty("referrals")[0];
        referral.Str("referredTo").ShouldBe("Grade 5 or above");
        referral.Str("reason").ShouldContain("Above your £50.00 limit");

        app.Clock.Advance(TimeSpan.FromHours(3));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}/referrals/{referral.Str("id")}/respond");
        request.Headers.TryAddWithoutValidation("If-Match", c.Version().ToString(System.Globalization.CultureInfo.InvariantCulture));
        c = await (await handler.SendAsync(request)).ReadJsonAsync(HttpStatusCode.OK);
        c.GetProperty("referrals")[0].Str("respondedAt").ShouldNotBeEmpty();
        app.Clock.Set(ComplaintTestData.Now);

        using var manager = await app.ClientForAsync("m.authority");
        var figures = await (await manager.GetAsync("/api/v1/complaints/analysis?from=2026-03-01&to=2026-03-31")).ReadJsonAsync(HttpStatusCode.OK);
        var chain = figures.GetProperty("referralChains")[0];
        chain.Str("referredTo").ShouldBe("Grade 5 or above");
        chain.GetProperty("responded").GetInt32().ShouldBe(1);
        chain.GetProperty("averageHoursToRespond").GetDecimal().ShouldBe(3.0m);
    }
}
