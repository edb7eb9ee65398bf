using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Infrastructure;

/// <summary>
/// axe-core scans in the real browser: WCAG 2.0, 2.1 and 2.2 A and AA rules, failing on any serious or critical
/// violation (the bar every page is held to), with each violation's rule, help text and the elements it found.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    };

    /// <summary>The serious and critical violations on the page as it is now, one line each (empty when none).</summary>
    public static async Task<IReadOnlyList<string>> SeriousAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}")
            .ToList();
    }

    /// <summary>Fails the test when axe finds a serious or critical WCAG A/AA violation on the page.</summary>
    public static async Task ShouldPassAxeAsync(this IPage page)
    {
        var violations = await page.SeriousAxeViolationsAsync();
        if (violations.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"axe-core found {violations.Count} serious or critical violation(s) on {page.Url}:\n" + string.Join("\n", violations));
        }
    }
}
