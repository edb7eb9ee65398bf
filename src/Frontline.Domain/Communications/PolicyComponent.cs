namespace Frontline.Domain.Communications;

/// <summary>The standard components of a communication policy (CC26 4.3). All but <see cref="Other"/> are mandatory.</summary>
public enum PolicyComponent
{
    PurposeAndScope,
    ServiceObjectives,
    Channels,
    ChannelStandards,
    Accessibility,
    RegulatoryRequirements,
    RecordKeeping,
    RolesAndResponsibilities,
    MonitoringAndReview,
    Other,
}

public static class PolicyComponents
{
    public static readonly IReadOnlyList<PolicyComponent> Mandatory =
    [
        PolicyComponent.PurposeAndScope, PolicyComponent.ServiceObjectives, PolicyComponent.Channels, PolicyComponent.ChannelStandards,
        PolicyComponent.Accessibility, PolicyComponent.RegulatoryRequirements, PolicyComponent.RecordKeeping, PolicyComponent.RolesAndResponsibilities,
        PolicyComponent.MonitoringAndReview,
    ];

    public static string Name(PolicyComponent component) => component switch
    {
        PolicyComponent.PurposeAndScope => "Purpose and scope",
        PolicyComponent.ServiceObjectives => "Service objectives it serves",
        PolicyComponent.Channels => "Channels offered and when each is used",
        PolicyComponent.ChannelStandards => "Standards per channel (response times, tone, plain language, greeting and closing)",
        PolicyComponent.Accessibility => "Accessibility and adjustments for customers with support needs",
        PolicyComponent.RegulatoryRequirements => "Regulatory requirements",
        PolicyComponent.RecordKeeping => "Record keeping and confidentiality",
        PolicyComponent.RolesAndResponsibilities => "Roles and responsibilities",
        PolicyComponent.MonitoringAndReview => "Monitoring and review cycle",
        PolicyComponent.Other => "Other",
    };

    /// <summary>The mandatory components with no clause that has text: empty means the policy is complete.</summary>
    public static IReadOnlyList<PolicyComponent> Missing(IEnumerable<(PolicyComponent Component, string Text)> clauses)
    {
        var present = clauses.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => c.Component).ToHashSet();
        return [.. Mandatory.Where(c => !present.Contains(c))];
    }
}
