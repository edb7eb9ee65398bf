using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

/// <summary>Every Quality monitoring page, the inbox and the actions register pass axe-core (WCAG 2.2 A/AA) for the roles that use them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityAccessibilityTests(BrowserFixture browser)
{
    public static readonly TheoryData<string, string[]> Pages = new()
    {
        {
            "QualityAnalyst",
            ["/quality", "/quality/scorecards", "/quality/scorecards/new", "/quality/evaluations", "/quality/calibration", "/quality/sampling",
             "/quality/queue", "/quality/audits", "/quality/feedback", "/quality/dashboard"]
        },
        { "TeamLeader", ["/quality/dashboard", "/quality/evaluations"] },
        { "Agent", ["/quality/evaluations", "/notifications", "/notifications/preferences"] },
        { "Manager", ["/actions", "/actions/new"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_PassAxe(string role, string[] paths)
    {
        var username = $"axe.q.{role.ToLowerInvariant()}";
        await browser.App.EnsureStaffAsync(username, role);
        var page = await browser.SignedInPageAsync(username, FrontlineAppFactory.StaffPassword);
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response!.Status != 200)
            {
                failures.Add($"{path}: HTTP {response.Status}");
                continue;
            }

            failures.AddRange((await page.SeriousAxeViolationsAsync()).Select(v => $"{path}: {v}"));
        }

        await page.Context.CloseAsync();
        failures.ShouldBeEmpty();
    }
}
