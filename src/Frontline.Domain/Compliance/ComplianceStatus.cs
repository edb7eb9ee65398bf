namespace Frontline.Domain.Compliance;

/// <summary>How well a requirement is met in a period, from its measures.</summary>
public enum ComplianceStatus
{
    Compliant,
    AtRisk,
    NonCompliant,

    /// <summary>No measure has data for the period (or the requirement has no measure).</summary>
    NotMeasured,
}

/// <summary>The rule that turns measured rates into a status.</summary>
public static class ComplianceRating
{
    /// <summary>Rate (percent) at or above the threshold: compliant; at or above the at-risk floor: at risk; else non-compliant.
    /// No records counted: not measured.</summary>
    public static ComplianceStatus Of(RequirementMeasure measure, int met, int total)
    {
        if (total == 0)
        {
            return ComplianceStatus.NotMeasured;
        }

        var rate = Rate(met, total);
        return rate >= measure.Threshold ? ComplianceStatus.Compliant : rate >= measure.AtRiskFloor ? ComplianceStatus.AtRisk : ComplianceStatus.NonCompliant;
    }

    public static decimal Rate(int met, int total) => total == 0 ? 0 : Math.Round(100m * met / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>The requirement's status: the worst of its measured measures.</summary>
    public static ComplianceStatus Overall(IEnumerable<ComplianceStatus> measures)
    {
        var measured = measures.Where(s => s != ComplianceStatus.NotMeasured).ToList();
        return measured.Count == 0 ? ComplianceStatus.NotMeasured
            : measured.Contains(ComplianceStatus.NonCompliant) ? ComplianceStatus.NonCompliant
            : measured.Contains(ComplianceStatus.AtRisk) ? ComplianceStatus.AtRisk
            : ComplianceStatus.Compliant;
    }
}
