using System.Text.RegularExpressions;

namespace Frontline.Domain.Tests.Platform;

/// <summary>docs/criteria.md must stay true: all 64 criteria listed, and every test it names exists.</summary>
public sealed partial class CriteriaDocumentTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    [Fact]
    public void CriteriaDocument_ListsAllSixtyFourCriteria()
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "docs", "criteria.md")).Where(l => CriterionRow().IsMatch(l)).ToList();
        rows.Count.ShouldBe(64);
    }

    [Fact]
    public void CriteriaDocument_EveryNamedTestExists()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
        var missing = new List<string>();
        foreach (var row in File.ReadAllLines(Path.Combine(Root, "docs", "criteria.md")).Where(l => CriterionRow().IsMatch(l)))
        {
            var testsColumn = row.Split('|', StringSplitOptions.TrimEntries)[^2];
            foreach (Match name in TestName().Matches(testsColumn))
            {
                var parts = name.Groups[1].Value.Split('.');
                var file = sources.FirstOrDefault(s => Regex.IsMatch(s.Value, $@"\bclass {Regex.Escape(parts[0])}\b"));
                if (file.Key is null || (parts.Length > 1 && !file.Value.Contains(parts[1] + "(", StringComparison.Ordinal)))
                {
                    missing.Add(name.Groups[1].Value);
                }
            }
        }

        missing.ShouldBeEmpty();
    }

    [GeneratedRegex(@"^\| \d\.\d \|")]
    private static partial Regex CriterionRow();

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]+(?:\.[A-Za-z0-9_]+)?)`")]
    private static partial Regex TestName();
}
