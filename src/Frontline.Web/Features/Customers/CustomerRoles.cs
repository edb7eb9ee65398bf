using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Who may do what with customers. Personal data is shown in full to the roles that serve customers or
/// investigate for them; trainers and quality analysts get masked records (see README.md).
/// </summary>
public static class CustomerRoles
{
    /// <summary>Serve customers: create and edit records, verify identity, record vulnerability and third parties.</summary>
    public static readonly string[] FrontLine = [Roles.Agent, Roles.TeamLeader, Roles.ComplaintsHandler, Roles.Manager, Roles.Administrator];

    /// <summary>See personal data unmasked.</summary>
    public static readonly string[] FullPersonalData = [.. FrontLine, Roles.ComplianceOfficer];

    /// <summary>See verification lockout alerts and release locks.</summary>
    public static readonly string[] Supervisors = [Roles.TeamLeader, Roles.Manager, Roles.Administrator];

    /// <summary>Administer the ID&amp;V policy.</summary>
    public static readonly string[] PolicyAdministrators = [Roles.Manager, Roles.Administrator];

    /// <summary>May set secrets without a verification in the contact (back office, e.g. from a signed form).</summary>
    public static readonly string[] BackOffice = [Roles.Manager, Roles.Administrator];
}
