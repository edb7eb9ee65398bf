namespace Frontline.Bench;

/// <summary>Data-volume scenarios (bulk load, then time the use cases). Each module adds its own.</summary>
public static class Scenarios
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> All = new(StringComparer.Ordinal)
    {
        ["customer-search"] = CustomerSearchScenario.RunAsync,
        ["complaints"] = ComplaintsScenario.RunAsync,
        ["people"] = PeopleScenario.RunAsync,
        ["compliance"] = ComplianceScenario.RunAsync,
        ["performance"] = PerformanceScenario.RunAsync,
        ["quality"] = QualityScenario.RunAsync,
    };

    public static bool TryGet(string name, out Func<string[], Task<int>> scenario) => All.TryGetValue(name, out scenario!);

    public static void Add(string name, Func<string[], Task<int>> scenario) => All[name] = scenario;

    /// <summary>Reads <c>--name value</c> from the arguments.</summary>
    public static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
