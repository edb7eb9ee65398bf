using Frontline.Domain.Platform;
using Frontline.Domain.Quality;

namespace Frontline.Web.Features.Quality;

/// <summary>Turns request answers and development areas into domain values, naming the field of the first problem.</summary>
public static class EvaluationInput
{
    public static List<CriterionAnswer> Answers(IReadOnlyList<AnswerRequest>? answers, string field = "answers")
    {
        var result = new List<CriterionAnswer>();
        for (var i = 0; i < (answers?.Count ?? 0); i++)
        {
            var a = answers![i];
            if (a.CriterionId is not { } id)
            {
                throw new DomainException("evaluation.invalid-answer", $"Answer {i + 1} has no criterionId.", DomainErrorKind.Invalid, $"{field}[{i}].criterionId");
            }

            var value = QualityText.ParseValue(a.Value) ?? throw new DomainException("evaluation.invalid-answer",
                $"Answer {i + 1}: the value is \"yes\", \"no\", \"na\" or a whole number of points.", DomainErrorKind.Invalid, $"{field}[{i}].value");
            result.Add(new CriterionAnswer(id, value, a.Comment, a.Evidence));
        }

        return result;
    }

    /// <summary>Skill codes from codes or names; an unknown skill is refused.</summary>
    public static List<string> DevelopmentAreas(IReadOnlyList<string>? areas)
    {
        var codes = new List<string>();
        foreach (var area in areas ?? [])
        {
            var code = QualitySkills.Resolve(area) ?? throw new DomainException("evaluation.skill-unknown",
                $"'{area}' is not on the skill list ({string.Join(", ", QualitySkills.All.Select(s => s.Code))}).", DomainErrorKind.Invalid, "developmentAreas");
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    public static string? Text(string? text, string field)
    {
        if (text?.Length > Evaluation.MaxTextLength)
        {
            throw new DomainException("evaluation.too-long", $"At most {Evaluation.MaxTextLength} characters.", DomainErrorKind.Invalid, field);
        }

        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public static void CheckVersion(int current, int? yours)
    {
        if (yours is { } v && v != current)
        {
            throw new DomainException("version.stale", $"This evaluation was changed by someone else (version {current}, yours {v}). Reload and apply your change again.",
                DomainErrorKind.Conflict, "version");
        }
    }
}
