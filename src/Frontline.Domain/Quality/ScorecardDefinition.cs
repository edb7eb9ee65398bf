using Frontline.Domain.Cases;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality;

/// <summary>What a scorecard version says, before it is saved: the API and the editor page build one and the domain validates it.</summary>
public sealed record ScorecardDefinition(string Name, IReadOnlyList<string> Channels, ScoreBands? Bands, IReadOnlyList<SectionDefinition> Sections)
{
    /// <summary>Refuses the whole definition at its first problem, naming the field (e.g. <c>sections[1].criteria[0].weight</c>).</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw Invalid("name", "Give the scorecard a name.");
        }

        if (Name.Trim().Length > Scorecard.MaxNameLength)
        {
            throw Invalid("name", $"The name is longer than {Scorecard.MaxNameLength} characters.");
        }

        if (Channels.Count == 0)
        {
            throw Invalid("channels", "Choose at least one channel the scorecard applies to.");
        }

        if (Channels.FirstOrDefault(c => !ContactChannels.IsKnown(c)) is { } unknown)
        {
            throw Invalid("channels", $"'{unknown}' is not a channel ({string.Join(", ", ContactChannels.All)}).");
        }

        if (Bands is { } b && !(b.Excellent <= 100 && b.Excellent > b.Good && b.Good > b.NeedsImprovement && b.NeedsImprovement > 0))
        {
            throw Invalid("bands", "Band thresholds must fall from excellent to needs improvement, each between 0 and 100.");
        }

        if (Sections.Count == 0 || Sections.All(s => s.Criteria.Count == 0))
        {
            throw Invalid("sections", "A scorecard needs at least one section with at least one criterion.");
        }

        for (var s = 0; s < Sections.Count; s++)
        {
            var section = Sections[s];
            var at = $"sections[{s}]";
            if (string.IsNullOrWhiteSpace(section.Name))
            {
                throw Invalid($"{at}.name", $"Section {s + 1} needs a name.");
            }

            if (section.Weight <= 0)
            {
                throw Invalid($"{at}.weight", $"Section '{section.Name}' needs a weight above 0.");
            }

            if (section.Criteria.Count == 0)
            {
                throw Invalid($"{at}.criteria", $"Section '{section.Name}' has no criteria.");
            }

            for (var c = 0; c < section.Criteria.Count; c++)
            {
                ValidateCriterion(section.Criteria[c], $"{at}.criteria[{c}]", $"criterion {c + 1} of '{section.Name}'");
            }
        }
    }

    private static void ValidateCriterion(CriterionDefinition criterion, string at, string which)
    {
        if (string.IsNullOrWhiteSpace(criterion.Text))
        {
            throw Invalid($"{at}.text", $"Give {which} its text.");
        }

        if (criterion.Text.Trim().Length > ScorecardCriterion.MaxTextLength)
        {
            throw Invalid($"{at}.text", $"The text of {which} is longer than {ScorecardCriterion.MaxTextLength} characters.");
        }

        if (criterion.Guidance?.Length > ScorecardCriterion.MaxGuidanceLength)
        {
            throw Invalid($"{at}.guidance", $"The guidance of {which} is longer than {ScorecardCriterion.MaxGuidanceLength} characters.");
        }

        if (criterion.Requirement?.Length > ScorecardCriterion.MaxRequirementLength)
        {
            throw Invalid($"{at}.requirement", $"The requirement of {which} is longer than {ScorecardCriterion.MaxRequirementLength} characters.");
        }

        if (criterion.Weight <= 0)
        {
            throw Invalid($"{at}.weight", $"'{criterion.Text}' needs a weight above 0.");
        }

        if (criterion.Kind == CriterionKind.Scale && criterion.MaxPoints is not (>= 1 and <= 100))
        {
            throw Invalid($"{at}.maxPoints", $"'{criterion.Text}' is a scale: give its maximum points (1 to 100).");
        }

        if (criterion.Kind == CriterionKind.YesNo && criterion.MaxPoints is { } points && points != 1)
        {
            throw Invalid($"{at}.maxPoints", $"'{criterion.Text}' is yes/no: it scores 1 or 0, so leave maximum points out.");
        }
    }

    private static DomainException Invalid(string field, string message) => new("scorecard.invalid", message, DomainErrorKind.Invalid, field);
}

public sealed record SectionDefinition(string Name, decimal Weight, IReadOnlyList<CriterionDefinition> Criteria);

/// <summary>A criterion as defined. <paramref name="FromCriterionId"/>: the criterion of the previous version it continues, if any.</summary>
public sealed record CriterionDefinition(
    string Text, string? Guidance, CriterionKind Kind, int? MaxPoints, decimal Weight, bool AllowNa, Criticality? Critical, string? Requirement,
    Guid? FromCriterionId = null);
