using Frontline.Domain.Platform;

namespace Frontline.Web.Components.Shared;

/// <summary>A place in the navigation: a module page and the roles that use it.</summary>
public sealed record ModuleLink(string Name, string Href, string Description, bool Built, params string[] Roles)
{
    /// <summary>Comma-separated roles for <c>AuthorizeView</c>; null means every signed-in person.</summary>
    public string? RolesCsv => Roles.Length == 0 ? null : string.Join(',', Roles);
}

/// <summary>The ten modules of PRODUCT.md as the navigation shows them.</summary>
public static class FrontlineModules
{
    public static readonly IReadOnlyList<ModuleLink> All =
    [
        new("Home", "/", "Your work today.", true),
        new("Agent workspace", "/workspace", "Handle a live contact in one screen.", true, Roles.Agent, Roles.TeamLeader, Roles.Manager),
        new("Customers", "/customers", "Customer records, identity checks and vulnerability needs.", true),
        new("Catalogue & knowledge", "/catalogue", "Products, approved wording, disclosures and knowledge articles.", true),
        new("Contacts & cases", "/cases", "Contacts, cases, the authority matrix and referrals.", true),
        new("Complaints", "/complaints", "Regulated complaint handling with business-day clocks.", true),
        new("Quality monitoring", "/quality", "Scorecards, spot checks, evaluations and audits.", true),
        new("Improvement actions", "/actions", "Actions from evaluations, audits, breaches, complaints and reviews, tracked to done.", true),
        new("Compliance", "/compliance", "Requirements, breaches and regulatory change.", false),
        new("Performance", "/performance", "KPIs with tolerance bands and Erlang C staffing.", true),
        new("Communications", "/communications", "Channels, communication policies and sign-off.", false),
        new("People", "/people/staff", "Staff, teams, line managers and grades.", true, Roles.Administrator, Roles.Manager, Roles.TeamLeader),
        new("Teams", "/people/teams", "Teams and their leaders.", true, Roles.Administrator, Roles.Manager, Roles.TeamLeader),
        new("Audit trail", "/admin/audit", "Every change, hash-chained.", true, Roles.Administrator, Roles.Manager, Roles.ComplianceOfficer),
        new("Business calendar", "/admin/calendar", "Bank holidays and office closures.", true),
        new("API documentation", "/api-docs", "The REST API for integrations.", true),
    ];
}
