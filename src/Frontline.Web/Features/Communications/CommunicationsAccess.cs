using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Who may do what in Communications. Everyone signed in reads published policies and acknowledges them; reviewers also
/// see drafts and comment on clauses; authors (managers and compliance officers) draft, answer comments and submit;
/// managers agree or reject and publish. A draft asked for by someone who may not see drafts is reported as not found.
/// </summary>
public static class CommunicationsAccess
{
    public const string Draft = "comms.policies.draft";
    public const string Review = "comms.policies.review";
    public const string Agree = "comms.policies.agree";

    public static readonly string[] Authors = [Roles.Manager, Roles.ComplianceOfficer];

    public static readonly string[] Reviewers = [Roles.Manager, Roles.ComplianceOfficer, Roles.TeamLeader, Roles.QualityAnalyst, Roles.Trainer];

    public static readonly string[] Agreers = [Roles.Manager];

    public const string AuthorsCsv = Roles.Manager + "," + Roles.ComplianceOfficer;

    public const string ReviewersCsv = Roles.Manager + "," + Roles.ComplianceOfficer + "," + Roles.TeamLeader + "," + Roles.QualityAnalyst + "," + Roles.Trainer;
}
