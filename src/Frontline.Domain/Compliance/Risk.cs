using Frontline.Domain.Platform;

namespace Frontline.Domain.Compliance;

/// <summary>A risk rating from a likelihood × impact score (1–25).</summary>
public enum RiskRating
{
    Low,
    Medium,
    High,
    Severe,
}

/// <summary>
/// Risk of non-compliance (CC32 4.2, CC33 3.2): likelihood and impact on 1–5 scales, before controls (inherent) and
/// after (residual), with the reasoning. Score = likelihood × impact.
/// </summary>
/// <remarks>Bands (a common 5×5 matrix): 1–4 low, 5–9 medium, 10–16 high, 20–25 severe.</remarks>
public sealed record RiskAssessment(
    string Implications, int InherentLikelihood, int InherentImpact, int ResidualLikelihood, int ResidualImpact, string Reasoning)
{
    public int InherentScore => InherentLikelihood * InherentImpact;

    public int ResidualScore => ResidualLikelihood * ResidualImpact;

    public void Validate()
    {
        Scale(InherentLikelihood, "inherentLikelihood");
        Scale(InherentImpact, "inherentImpact");
        Scale(ResidualLikelihood, "residualLikelihood");
        Scale(ResidualImpact, "residualImpact");
        if (string.IsNullOrWhiteSpace(Implications))
        {
            throw new DomainException("risk.implications-required",
                "Describe the implications of non-compliance (customer harm, regulatory action, redress, reputation, colleagues).", DomainErrorKind.Invalid,
                "implications");
        }

        if (string.IsNullOrWhiteSpace(Reasoning))
        {
            throw new DomainException("risk.reasoning-required", "Give the reasoning behind the scores.", DomainErrorKind.Invalid, "reasoning");
        }

        if (Implications.Length > Requirement.MaxTextLength || Reasoning.Length > Requirement.MaxTextLength)
        {
            throw new DomainException("risk.too-long", "Keep the implications and reasoning to 4,000 characters each.", DomainErrorKind.Invalid, "reasoning");
        }

        if (ResidualScore > InherentScore)
        {
            throw new DomainException("risk.residual-above-inherent", "Residual risk (after controls) cannot be higher than inherent risk (before controls).",
                DomainErrorKind.Invalid, "residualLikelihood");
        }
    }

    public static RiskRating Rate(int score) => score switch
    {
        <= 4 => RiskRating.Low,
        <= 9 => RiskRating.Medium,
        <= 16 => RiskRating.High,
        _ => RiskRating.Severe,
    };

    private static void Scale(int value, string field)
    {
        if (value is < 1 or > 5)
        {
            throw new DomainException("risk.scale", "Likelihood and impact are scored from 1 to 5.", DomainErrorKind.Invalid, field);
        }
    }
}

/// <summary>One dated risk assessment of a requirement, kept when the risk changes.</summary>
public sealed class RiskChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequirementId { get; init; }

    public DateTime AssessedAt { get; init; }

    public Guid? AssessedById { get; init; }

    public int InherentLikelihood { get; init; }

    public int InherentImpact { get; init; }

    public int ResidualLikelihood { get; init; }

    public int ResidualImpact { get; init; }

    public required string Implications { get; init; }

    public required string Reasoning { get; init; }
}
