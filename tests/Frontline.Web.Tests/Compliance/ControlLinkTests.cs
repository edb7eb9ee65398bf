using System.Net;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Compliance;

/// <summary>Each control in the starter register opens the thing it names, for the compliance officer who follows it.</summary>
public sealed class ControlLinkTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task ControlLinks_EveryStarterControl_OpensThePageItNames()
    {
        await app.CreateStaffAsync("comp.links.co", ["ComplianceOfficer"]);
        using var api = await app.ClientForAsync("comp.links.co");
        var register = await (await api.GetAsync("/api/v1/compliance/requirements")).ReadJsonAsync(HttpStatusCode.OK);
        var links = new HashSet<string>(StringComparer.Ordinal);
        var manualWithoutLink = new List<string>();
        foreach (var item in register.GetProperty("items").EnumerateArray())
        {
            var requirement = await (await api.GetAsync($"/api/v1/compliance/requirements/{item.GetProperty("id").GetGuid()}")).ReadJsonAsync(HttpStatusCode.OK);
            foreach (var control in requirement.GetProperty("controls").EnumerateArray())
            {
                if (control.GetProperty("link").GetString() is { } link)
                {
                    links.Add(link);
                }
                else
                {
                    manualWithoutLink.Add(control.GetProperty("label").GetString()!);
                }
            }
        }

        links.ShouldContain("/data-protection");
        links.ShouldContain("/complaints/settings");
        links.ShouldContain("/customers/idv-policy");
        manualWithoutLink.ShouldNotContain("Data-protection desk");
        using var officer = await app.SignInAsync("comp.links.co", FrontlineAppFactory.StaffPassword);
        foreach (var link in links)
        {
            var response = await officer.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, link);
            response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(link, $"{link} redirected (not allowed for the officer?)");
        }
    }
}
