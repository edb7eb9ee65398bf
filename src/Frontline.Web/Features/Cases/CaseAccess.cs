using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Cases;

/// <summary>Who may do what in the Cases module (record-level scope is checked by the use cases: out of scope is 404).</summary>
public static class CaseAccess
{
    /// <summary>People who handle contacts and work cases.</summary>
    public static readonly string[] Workers = [Roles.Agent, Roles.TeamLeader, Roles.ComplaintsHandler, Roles.Manager, Roles.Administrator];

    /// <summary>Workers plus the roles that review the work (read only).</summary>
    public static readonly string[] Readers = [.. Workers, Roles.QualityAnalyst, Roles.ComplianceOfficer];

    /// <summary>Telephony/CTI integrations and bulk loads run under these roles.</summary>
    public static readonly string[] Integrations = [Roles.Administrator, Roles.Manager];

    public static readonly string[] Importers = [Roles.Administrator, Roles.Manager, Roles.TeamLeader];

    public static readonly string[] MatrixEditors = [Roles.Manager, Roles.Administrator];

    /// <summary>Roles a referral may be addressed to.</summary>
    public static readonly string[] ReferralRoles = [Roles.TeamLeader, Roles.ComplaintsHandler, Roles.Manager, Roles.ComplianceOfficer];

    public static DomainException Stale(string what, int current, int? yours) =>
        new("version.stale", $"This {what} was changed by someone else (version {current}, yours {yours}). Reload and apply your change again.",
            DomainErrorKind.Conflict, "version");

    public static void CheckVersion(string what, int current, int? yours)
    {
        if (current != yours)
        {
            throw Stale(what, current, yours);
        }
    }

    public static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;

    public static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? Instant(DateTime? utc) => utc is { } u ? Instant(u) : null;
}
