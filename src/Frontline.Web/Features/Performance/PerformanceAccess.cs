using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Performance;

/// <summary>
/// Who may do what in Performance. Managers design KPIs, validate and publish results and set distribution rules;
/// team leaders and managers plan staffing and see results for their scope (team leaders their team's); agents see
/// their own results. Anything outside a person's scope is reported as not found (404).
/// </summary>
public static class PerformanceAccess
{
    public const string Design = "performance.design";
    public const string Plan = "performance.plan";
    public const string Read = "performance.read";

    /// <summary>Design KPIs and service objectives, validate and publish results, set distribution rules.</summary>
    public static readonly string[] Designers = [Roles.Manager, Roles.Administrator];

    /// <summary>Use the staffing calculator and day plan.</summary>
    public static readonly string[] Planners = [Roles.Manager, Roles.TeamLeader, Roles.Administrator];

    /// <summary>See results (each in their own scope).</summary>
    public static readonly string[] Readers =
        [Roles.Manager, Roles.Administrator, Roles.TeamLeader, Roles.Agent, Roles.QualityAnalyst, Roles.ComplianceOfficer, Roles.Trainer, Roles.ComplaintsHandler];
}
