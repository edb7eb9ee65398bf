using System.Net;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Complaints;

/// <summary>The CFPB import's progress lives in the process that runs it: after a restart its page must not poll for ever.</summary>
public sealed class CfpbImportRestartTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task CfpbImport_AfterARestart_PageAndApiSayItsProgressIsLost_InsteadOfPolling()
    {
        await app.CreateStaffAsync("import.restart", ["Manager"], grade: 6);
        using (var before = await app.ClientForAsync("import.restart"))
        {
            var started = await (await before.PostAsync("/api/v1/complaints/imports/cfpb?limit=5", null)).ReadJsonAsync(HttpStatusCode.Accepted);
            var id = started.GetProperty("id").GetGuid();

            await using var restarted = new RestartedAppFactory(app);
            using var manager = await restarted.ClientForAsync("import.restart");
            var problem = await (await manager.GetAsync($"/api/v1/complaints/imports/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            problem.GetProperty("detail").GetString().ShouldBe(CfpbImport.UnknownImport);

            var fragment = await manager.GetAsync($"/ui/complaints/imports/{id}");
            fragment.StatusCode.ShouldBe(HttpStatusCode.OK); // htmx swaps it in: the panel stops polling
            var panel = await fragment.Content.ReadAsStringAsync();
            panel.ShouldContain(System.Net.WebUtility.HtmlEncode(CfpbImport.UnknownImport));
            panel.ShouldNotContain("hx-get");

            var page = await (await manager.GetAsync($"/complaints/import?id={id}")).Content.ReadAsStringAsync();
            page.ShouldContain("data-testid=\"import-unknown\"");
            page.ShouldNotContain("hx-get");

            // The first process's import carries on (its own page still polls it until done).
            for (var i = 0; i < 100 && !(await (await before.GetAsync($"/api/v1/complaints/imports/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("finished").GetBoolean(); i++)
            {
                await Task.Delay(100);
            }
        }
    }
}
