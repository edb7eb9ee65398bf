using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Frontline.Domain.Compliance;

namespace Frontline.Data.Compliance;

/// <summary>
/// The INSERTs that put the starter register (and its first dated risk assessment) into a new database, written for
/// the engine's own literals (SQLite keeps GUIDs as upper-case text, as EF Core writes them).
/// </summary>
public static class StarterRegisterSql
{
    /// <summary>When the starter register was assessed (the migration's date).</summary>
    public static readonly DateTime AssessedAt = new(2026, 12, 8, 0, 0, 0, DateTimeKind.Utc);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Guid RiskChangeIdOf(int index) => new($"0c0e0001-0000-7000-8000-{index + 1:D12}");

    public static string Inserts(DatabaseProvider provider)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < StarterRegister.Entries.Count; i++)
        {
            var e = StarterRegister.Entries[i];
            var id = StarterRegister.IdOf(i);
            sql.Append(CultureInfo.InvariantCulture,
                $"""
                INSERT INTO "ComplianceRequirements" ("Id", "Title", "Type", "Source", "Citation", "Summary", "CustomerEffect", "ColleagueEffect", "Channels", "Products", "Processes", "Teams", "OwnerId", "ReviewOn", "Status", "Controls", "Measures", "Implications", "InherentLikelihood", "InherentImpact", "ResidualLikelihood", "ResidualImpact", "RiskReasoning", "RiskAssessedAt", "IsStarter", "CreatedAt", "UpdatedAt", "Version") VALUES ({G(id, provider)}, {S(e.Title)}, {S(e.Type.ToString())}, {S(e.Source)}, {S(e.Citation)}, {S(e.Summary)}, {S(e.CustomerEffect)}, {S(e.ColleagueEffect)}, {S(e.Channels)}, NULL, {S(e.Processes)}, NULL, NULL, '2027-06-30', 'Active', {S(JsonSerializer.Serialize(e.Controls.ToList(), Json))}, {S(JsonSerializer.Serialize(e.Measures.ToList(), Json))}, {S(e.Implications)}, {e.Inherent.L}, {e.Inherent.I}, {e.Residual.L}, {e.Residual.I}, {S(e.Reasoning)}, {T(provider)}, {B(provider)}, {T(provider)}, {T(provider)}, 0);
                INSERT INTO "ComplianceRiskChanges" ("Id", "RequirementId", "AssessedAt", "AssessedById", "InherentLikelihood", "InherentImpact", "ResidualLikelihood", "ResidualImpact", "Implications", "Reasoning") VALUES ({G(RiskChangeIdOf(i), provider)}, {G(id, provider)}, {T(provider)}, NULL, {e.Inherent.L}, {e.Inherent.I}, {e.Residual.L}, {e.Residual.I}, {S(e.Implications)}, {S(e.Reasoning)});

                """);
        }

        return sql.ToString();
    }

    private static string S(string? value) => value is null ? "NULL" : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string G(Guid id, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'";

    private static string T(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? "'2026-12-08 00:00:00'" : "'2026-12-08 00:00:00+00'";

    private static string B(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "1" : "true";
}
