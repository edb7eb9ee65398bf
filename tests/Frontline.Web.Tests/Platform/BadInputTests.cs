using System.Net;
using System.Net.Http.Json;
using System.Text;
using Frontline.Web.Tests.Catalogue;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Platform;

/// <summary>No 5xx from bad input: each case found by fuzzing answers a 400 problem (or, for a page, a safe redirect).</summary>
public sealed class BadInputTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task NumberBeyondInt_WhereRangeIsInt_OnALongOrDecimal_Answers400()
    {
        using var admin = await app.AdminAsync();
        await (await admin.PutAsync("/api/v1/complaints/settings",
            Json("""{"defaultRulePack":"fca-disp","expectedBasis":"customers","expectedRatePerThousand":3000000000,"tolerancePercent":1}""")))
            .ShouldBeValidationProblemAsync("expectedRatePerThousand");
        var product = CatalogueTestData.ProductBody("BIG-FEE", monthlyFeePence: 5_000_000_000);
        await (await admin.PostAsJsonAsync("/api/v1/products", product)).ShouldBeValidationProblemAsync("fees[0].amountPence");
    }

    [Fact]
    public async Task NullListElements_Answer400_NamingTheElement()
    {
        using var admin = await app.AdminAsync();
        await (await admin.PostAsync("/api/v1/contacts/batch", Json("""{"contacts":[null]}"""))).ShouldBeValidationProblemAsync("contacts[0]");
        await (await admin.PutAsync("/api/v1/authority-matrix", Json("""{"version":0,"rules":[null]}"""))).ShouldBeValidationProblemAsync("rules[0]");
        await (await admin.PutAsync("/api/v1/idv-policy", Json("""{"version":0,"requirements":[null],"rules":[],"maxFailures":3,"lockoutMinutes":30,"passcodeCharactersAsked":2}""")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ClocksOfAComplaintReceivedOn9999_12_31_Answers400()
    {
        using var admin = await app.AdminAsync();
        await (await admin.GetAsync("/api/v1/rule-packs/fca-disp/clocks?receivedAt=9999-12-31T10:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignIn_WithATabInTheReturnUrl_GoesHome_NotA500()
    {
        await app.CreateStaffAsync("tab.user", ["Agent"]);
        using var client = app.Anonymous();
        var form = await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = CookieSessions.AntiforgeryToken(form),
            ["username"] = "tab.user",
            ["password"] = FrontlineAppFactory.StaffPassword,
            ["returnUrl"] = "/\t/evil.example",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }
}
