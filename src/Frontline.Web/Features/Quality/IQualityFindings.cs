namespace Frontline.Web.Features.Quality;

/// <summary>
/// Where Quality reports a failed compliance-critical criterion, so the Compliance module can raise a suspected breach
/// from it (back-office.md: "Quality → Compliance: critical item failed, linked to a requirement"). Quality calls every
/// registered implementation when such an evaluation is submitted, and again when an upheld dispute changes the
/// failure; an implementation adds its records to the caller's unit of work (saved with the evaluation). None is
/// registered until Compliance exists: the failure is still flagged on the evaluation
/// (<c>complianceCriticalFailed</c>) and listed by <c>GET /api/v1/quality/evaluations?complianceFailed=true</c>.
/// </summary>
public interface IQualityFindings
{
    void ComplianceCriticalFailed(QualityFinding finding);
}

/// <summary>
/// A compliance-critical failure: the evaluation, the work and agent, and each failed criterion with the requirement it
/// protects (free text today; a Compliance requirement id once the register exists). <paramref name="Cleared"/> is true
/// when an upheld dispute removed the failure.
/// </summary>
public sealed record QualityFinding(Guid EvaluationId, Guid AgentId, Guid? ContactId, Guid? CaseId, Guid? ComplaintId, DateTimeOffset At,
    IReadOnlyList<FailedCriterion> Criteria, bool Cleared, string Link);

public sealed record FailedCriterion(Guid CriterionId, string Text, string? Requirement);
