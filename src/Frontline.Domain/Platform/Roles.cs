namespace Frontline.Domain.Platform;

/// <summary>The roles of a contact centre. A person may hold several.</summary>
public static class Roles
{
    public const string Agent = "Agent";
    public const string TeamLeader = "TeamLeader";
    public const string QualityAnalyst = "QualityAnalyst";
    public const string ComplaintsHandler = "ComplaintsHandler";
    public const string ComplianceOfficer = "ComplianceOfficer";
    public const string Trainer = "Trainer";
    public const string Manager = "Manager";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [Agent, TeamLeader, QualityAnalyst, ComplaintsHandler, ComplianceOfficer, Trainer, Manager, Administrator];

    /// <summary>Roles that see the whole centre rather than one team.</summary>
    public static readonly IReadOnlyList<string> CentreWide = [Manager, Administrator, ComplianceOfficer, QualityAnalyst];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static string DisplayName(string role) => role switch
    {
        TeamLeader => "Team leader",
        QualityAnalyst => "Quality analyst",
        ComplaintsHandler => "Complaints handler",
        ComplianceOfficer => "Compliance officer",
        _ => role,
    };
}
