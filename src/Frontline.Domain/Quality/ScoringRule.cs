using System.Globalization;
using System.Numerics;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality;

/// <summary>An answer to one criterion: n/a, or points (yes = 1, no = 0 on a yes/no criterion).</summary>
public readonly record struct AnswerValue(bool NotApplicable, int Points)
{
    public static readonly AnswerValue Na = new(true, 0);

    /// <summary>Reads <c>yes</c>, <c>no</c>, <c>na</c> (also <c>n/a</c>) or a whole number of points.</summary>
    public static AnswerValue? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" => new AnswerValue(false, 1),
        "no" or "n" => new AnswerValue(false, 0),
        "na" or "n/a" => Na,
        { } t when int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => new AnswerValue(false, p),
        _ => null,
    };

    /// <summary>How the answer reads for a criterion of <paramref name="kind"/>: yes/no/na or the points.</summary>
    public string Text(CriterionKind kind) =>
        NotApplicable ? "na" : kind == CriterionKind.YesNo ? (Points == 1 ? "yes" : "no") : Points.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An answer to a criterion, by id, as given.</summary>
public sealed record CriterionAnswer(Guid CriterionId, AnswerValue Value, string? Comment = null, string? Evidence = null);

/// <summary>What an evaluation scores. <see cref="ScoreBeforeCritical"/> and <see cref="Score"/> are out of 100, 2 decimals.</summary>
public sealed record ScoreResult(decimal Score, decimal ScoreBeforeCritical, string Band, IReadOnlyList<Guid> CriticalFailed, bool ComplianceCriticalFailed,
    IReadOnlyDictionary<Guid, decimal?> SectionScores);

/// <summary>
/// The scoring rule (issue 8, exact): a criterion scores points ÷ maxPoints; a section Σ(weight × score) ÷ Σ(weight) over
/// its criteria not answered n/a; the evaluation Σ(section weight × section score) ÷ Σ(section weight) over sections with
/// at least one criterion not n/a, × 100, rounded half away from zero to 2 decimals. A critical criterion answered no
/// (0 points) makes the score 0 and the band <c>fail</c>.
/// </summary>
/// <remarks>Computed in exact fractions, so a score that is exactly half a hundredth rounds up as the rule says, with no
/// binary or 28-digit rounding on the way.</remarks>
public static class ScoringRule
{
    /// <summary>Checks every answer against the version (unknown criteria, points above the maximum, n/a not allowed).</summary>
    public static void CheckAnswers(ScorecardVersion version, IReadOnlyList<CriterionAnswer> answers)
    {
        var criteria = version.Criteria.ToDictionary(c => c.Id);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var at = $"answers[{i}]";
            if (!criteria.TryGetValue(answer.CriterionId, out var criterion))
            {
                throw Invalid($"{at}.criterionId", $"Answer {i + 1} is for a criterion that is not on version {version.Number} of '{version.Name}'.");
            }

            if (!seen.Add(answer.CriterionId))
            {
                throw Invalid($"{at}.criterionId", $"'{criterion.Text}' is answered twice.");
            }

            if (answer.Value.NotApplicable)
            {
                if (!criterion.AllowNa)
                {
                    throw Invalid($"{at}.value", $"'{criterion.Text}' cannot be answered n/a.");
                }
            }
            else if (answer.Value.Points < 0 || answer.Value.Points > criterion.MaxPoints)
            {
                throw Invalid($"{at}.value", criterion.Kind == CriterionKind.YesNo
                    ? $"'{criterion.Text}' is answered yes or no{(criterion.AllowNa ? " (or n/a)" : "")}."
                    : $"'{criterion.Text}' scores 0 to {criterion.MaxPoints} points; {answer.Value.Points} is outside that.");
            }

            if (answer.Comment?.Length > EvaluationAnswer.MaxCommentLength)
            {
                throw Invalid($"{at}.comment", $"The comment on '{criterion.Text}' is longer than {EvaluationAnswer.MaxCommentLength} characters.");
            }

            if (answer.Evidence?.Length > EvaluationAnswer.MaxEvidenceLength)
            {
                throw Invalid($"{at}.evidence", $"The evidence on '{criterion.Text}' is longer than {EvaluationAnswer.MaxEvidenceLength} characters.");
            }
        }
    }

    /// <summary>Scores a complete set of answers (every criterion answered; checked first).</summary>
    public static ScoreResult Score(ScorecardVersion version, IReadOnlyList<CriterionAnswer> answers)
    {
        CheckAnswers(version, answers);
        var byCriterion = answers.ToDictionary(a => a.CriterionId, a => a.Value);
        if (version.Criteria.FirstOrDefault(c => !byCriterion.ContainsKey(c.Id)) is { } missing)
        {
            throw Invalid("answers", $"'{missing.Text}' is not answered: answer every criterion (n/a where allowed) before scoring.");
        }

        var total = Fraction.Zero;
        var totalWeight = Fraction.Zero;
        var sectionScores = new Dictionary<Guid, decimal?>();
        foreach (var section in version.Sections.OrderBy(s => s.Position))
        {
            var sum = Fraction.Zero;
            var weights = Fraction.Zero;
            foreach (var criterion in section.Criteria.Where(c => !byCriterion[c.Id].NotApplicable))
            {
                var weight = Fraction.Of(criterion.Weight);
                sum += weight * new Fraction(byCriterion[criterion.Id].Points, criterion.MaxPoints);
                weights += weight;
            }

            if (weights.IsZero)
            {
                // Every criterion n/a: the section takes no part in the score.
                sectionScores[section.Id] = null;
                continue;
            }

            var sectionScore = sum / weights;
            sectionScores[section.Id] = (sectionScore * 100).Round2();
            total += Fraction.Of(section.Weight) * sectionScore;
            totalWeight += Fraction.Of(section.Weight);
        }

        if (totalWeight.IsZero)
        {
            throw Invalid("answers", "Every criterion is answered n/a: there is nothing to score.");
        }

        var before = (total / totalWeight * 100).Round2();
        var failed = version.Criteria.Where(c => c.Critical is not null && byCriterion[c.Id] is { NotApplicable: false, Points: 0 }).ToList();
        var score = failed.Count > 0 ? 0m : before;
        return new ScoreResult(score, before, version.Bands.BandOf(score, failed.Count > 0), [.. failed.Select(c => c.Id)],
            failed.Any(c => c.Critical == Criticality.Compliance), sectionScores);
    }

    private static DomainException Invalid(string field, string message) => new("evaluation.invalid-answer", message, DomainErrorKind.Invalid, field);

    /// <summary>An exact non-negative fraction (weights are decimals, points whole numbers).</summary>
    private readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
    {
        public static readonly Fraction Zero = new(0, 1);

        public bool IsZero => Numerator.IsZero;

        public static Fraction Of(decimal value)
        {
            var bits = decimal.GetBits(value);
            var scale = (bits[3] >> 16) & 0xFF;
            var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
            return new Fraction(value < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
        }

        public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

        public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static Fraction operator *(Fraction a, int b) => new(a.Numerator * b, a.Denominator);

        public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

        /// <summary>Rounded half away from zero to 2 decimals (values here are never negative).</summary>
        public decimal Round2()
        {
            var hundredths = BigInteger.DivRem(Numerator * 200 + Denominator, Denominator * 2, out _);
            return (decimal)hundredths / 100m;
        }
    }
}
