namespace Frontline.Domain.Quality;

/// <summary>A skill an evaluation can name as a development area (People turns these into development needs).</summary>
public sealed record QualitySkill(string Code, string Name);

/// <summary>The skill list for development areas; accepted by code or by name.</summary>
public static class QualitySkills
{
    public static readonly IReadOnlyList<QualitySkill> All =
    [
        new("written-english", "Written English"),
        new("listening", "Listening"),
        new("questioning", "Questioning"),
        new("rapport-empathy", "Rapport and empathy"),
        new("clarity", "Clarity"),
        new("tone", "Tone"),
        new("vulnerable-customers", "Vulnerable customers"),
        new("idv-security", "ID&V and security"),
        new("product-knowledge", "Product knowledge"),
        new("regulatory-knowledge", "Regulatory knowledge"),
        new("complaint-recognition", "Complaint recognition"),
    ];

    /// <summary>The code of a skill given by code or name (case-insensitive), or null when it is not on the list.</summary>
    public static string? Resolve(string? codeOrName) => string.IsNullOrWhiteSpace(codeOrName)
        ? null
        : All.FirstOrDefault(s => string.Equals(s.Code, codeOrName.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Name, codeOrName.Trim(), StringComparison.OrdinalIgnoreCase))?.Code;

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code)?.Name ?? code;
}
