using Frontline.Domain.Quality;

namespace Frontline.Domain.Tests.Quality;

/// <summary>Small builders for scorecard versions in tests.</summary>
internal static class ScorecardBuilder
{
    public static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    public static CriterionDefinition YesNo(string text, decimal weight = 1, bool allowNa = false, Criticality? critical = null) =>
        new(text, null, CriterionKind.YesNo, null, weight, allowNa, critical, null);

    public static CriterionDefinition Scale(string text, int max, decimal weight = 1, bool allowNa = false, Criticality? critical = null) =>
        new(text, null, CriterionKind.Scale, max, weight, allowNa, critical, null);

    public static SectionDefinition Section(string name, decimal weight, params CriterionDefinition[] criteria) => new(name, weight, criteria);

    public static ScorecardDefinition Definition(params SectionDefinition[] sections) => new("Test card", ["phone"], null, sections);

    /// <summary>A published version of the sections.</summary>
    public static ScorecardVersion Published(params SectionDefinition[] sections) => Published(Definition(sections));

    public static ScorecardVersion Published(ScorecardDefinition definition)
    {
        var scorecard = Scorecard.Create(definition, Guid.NewGuid(), Now);
        return scorecard.Publish(Guid.NewGuid(), Now);
    }

    /// <summary>The criterion with this text.</summary>
    public static Guid Id(this ScorecardVersion version, string text) => version.Criteria.Single(c => c.Text == text).Id;

    /// <summary>Answers by criterion text: "yes", "no", "na" or points.</summary>
    public static List<CriterionAnswer> Answers(this ScorecardVersion version, params (string Text, string Value)[] answers) =>
        [.. answers.Select(a => new CriterionAnswer(version.Id(a.Text), AnswerValue.Parse(a.Value)!.Value))];
}
