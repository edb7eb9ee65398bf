using System.Net;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Complaints;

/// <summary>Every complaints page renders for the roles that use it (the Chromium journey covers the forms).</summary>
public sealed class ComplaintPagesTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Theory]
    [InlineData(1, "/complaints", "Complaints")]
    [InlineData(2, "/complaints?due=overdue", "Complaints")]
    [InlineData(3, "/complaints/new", "Record a complaint")]
    [InlineData(4, "/complaints/dashboard?from=2026-01-01&to=2026-03-31&figure=received", "Complaints behind")]
    [InlineData(5, "/complaints/settings?template=holding", "Template: holding")]
    [InlineData(6, "/complaints/import", "Import historical complaints")]
    public async Task Page_RendersForAManager(int n, string url, string text)
    {
        var username = $"pages.manager{n}";
        await app.CustomerAsync("C-" + username);
        await app.CreateStaffAsync(username, ["Manager"], grade: 6);
        using var manager = await app.ClientForAsync(username);
        var response = await manager.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(text);
    }

    [Fact]
    public async Task SettingsAndImport_AreNotForHandlers()
    {
        await app.CreateStaffAsync("pages.handler", ["ComplaintsHandler"]);
        using var handler = await app.ClientForAsync("pages.handler");
        (await handler.GetAsync("/complaints/settings")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await handler.GetAsync("/complaints")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
