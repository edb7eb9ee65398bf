using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>Whether a skill is about how a colleague communicates or what they know.</summary>
public enum SkillArea
{
    Communication,
    Knowledge,
}

/// <summary>
/// A skill of the centre's framework (CC26 3.1): listening, questioning, written English, product knowledge, ... Editable
/// by trainers and managers; seeded by the migration. <see cref="LinkedCriteria"/> names the scorecard criteria that show
/// the skill (a criterion key or its text) and <see cref="LinkedKpis"/> the KPI codes: a low score on a linked criterion
/// or a red result on a linked KPI becomes evidence of a need in this skill, and effectiveness reads those measures.
/// </summary>
public sealed class Skill : IVersioned
{
    public const int MaxCodeLength = 60;
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 1000;

    /// <summary>The code of the catch-all skill, for evidence that names no skill of the framework.</summary>
    public const string GeneralCode = "general";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable code (kebab-case); Quality's development areas use the same codes.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public SkillArea Area { get; set; }

    public List<string> LinkedCriteria { get; set; } = [];

    public List<string> LinkedKpis { get; set; } = [];

    public bool IsActive { get; set; } = true;

    public int Version { get; set; }

    /// <summary>Whether a scorecard criterion (by key or text, case-insensitive) shows this skill.</summary>
    public bool ShownByCriterion(Guid key, string text) =>
        LinkedCriteria.Exists(c => string.Equals(c.Trim(), key.ToString(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool ShownByKpi(string kpi) => LinkedKpis.Exists(k => string.Equals(k.Trim(), kpi.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A code made from a name: lower case, words joined by dashes.</summary>
    public static string CodeFrom(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        var code = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return code.Length > MaxCodeLength ? code[..MaxCodeLength] : code;
    }
}
