using System.Data.Common;
using System.Globalization;
using System.Text;
using Frontline.Data;
using Frontline.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Counts <see cref="ContactTotals"/> in the database, grouped by team or agent, in one statement per call: the same
/// contacts <see cref="ContactMeasures.TimingsAsync"/> streams (offered in the range, or recorded in it with no offered
/// time; one copy per external reference) and the same per-contact rules as <see cref="ContactObservation"/>.
/// </summary>
/// <remarks>
/// Hand-written SQL, because EF Core cannot translate a difference of instants into seconds on SQLite. Differences are
/// rounded to the millisecond before comparing with the threshold, so a wait of exactly T counts as within T on both engines.
/// </remarks>
public static class ContactTotalsQuery
{
    public static async Task<IReadOnlyList<ContactGroupTotals>> RunAsync(FrontlineDbContext db, DateTime fromUtc, DateTime toUtc, ContactMeasureFilter filter,
        ContactGrouping grouping, int thresholdSeconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Sql(sqlite, filter, grouping);
            Add(command, "from", fromUtc);
            Add(command, "to", toUtc);
            Add(command, "t", (double)thresholdSeconds);
            if (filter.Channel is { } channel)
            {
                Add(command, "channel", channel);
            }

            if (filter.Queue is { } queue)
            {
                Add(command, "queue", queue);
            }

            if (filter.TeamId is { } team)
            {
                Add(command, "team", sqlite ? team.ToString().ToUpperInvariant() : team);
            }

            if (filter.AgentId is { } agent)
            {
                Add(command, "agent", sqlite ? agent.ToString().ToUpperInvariant() : agent);
            }

            var rows = new List<ContactGroupTotals>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Guid? Key(int i) => reader.IsDBNull(i) ? null : Guid.Parse(reader.GetValue(i).ToString()!, CultureInfo.InvariantCulture);
                long L(int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
                double D(int i) => reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
                rows.Add(new ContactGroupTotals(Key(0), Key(1), L(2),
                    new ContactTotals(L(3), L(4), L(5), L(6), D(7), L(8), D(9))));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    /// <summary>The statement for one engine: only the seconds between two instants and "at least 0" differ.</summary>
    public static string Sql(bool sqlite, ContactMeasureFilter filter, ContactGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string Diff(string a, string b) => sqlite
            ? $"(unixepoch(\"{a}\", 'subsec') - unixepoch(\"{b}\", 'subsec'))"
            : $"EXTRACT(EPOCH FROM (\"{a}\" - \"{b}\"))";
        string AtLeast0(string x) => sqlite ? $"MAX({x}, 0)" : $"GREATEST({x}, 0)";
        var (keys, present) = grouping switch
        {
            ContactGrouping.Team => ("NULL, \"TeamId\"", " AND \"TeamId\" IS NOT NULL"),
            ContactGrouping.Agent => ("\"AgentId\", \"TeamId\"", " AND \"AgentId\" IS NOT NULL"),
            _ => ("NULL, NULL", ""),
        };
        var where = new StringBuilder("((\"OfferedAt\" >= @from AND \"OfferedAt\" < @to) OR (\"OfferedAt\" IS NULL AND \"CreatedAt\" >= @from AND \"CreatedAt\" < @to))");
        where.Append(filter.Channel is null ? "" : " AND \"Channel\" = @channel")
            .Append(filter.Queue is null ? "" : " AND \"Queue\" = @queue")
            .Append(filter.TeamId is null ? "" : " AND \"TeamId\" = @team")
            .Append(filter.AgentId is null ? "" : " AND \"AgentId\" = @agent");
        const string answered = "\"QueuedAt\" IS NOT NULL AND \"AnsweredAt\" IS NOT NULL";
        const string handled = "\"AnsweredAt\" IS NOT NULL AND \"EndedAt\" IS NOT NULL";
        var groupBy = grouping == ContactGrouping.None ? "" : grouping == ContactGrouping.Team ? " GROUP BY \"TeamId\"" : " GROUP BY \"AgentId\", \"TeamId\"";
        return $"""
            WITH c AS (
                SELECT "AgentId", "TeamId", "QueuedAt", "AnsweredAt", "EndedAt", "WrapEndedAt", "ExternalReference",
                       ROW_NUMBER() OVER (PARTITION BY "ExternalReference" ORDER BY "Id") AS copy
                FROM "Contacts" WHERE {where})
            SELECT {keys}, COUNT(*),
                SUM(CASE WHEN "QueuedAt" IS NOT NULL THEN 1 ELSE 0 END),
                SUM(CASE WHEN {answered} THEN 1 ELSE 0 END),
                SUM(CASE WHEN {answered} AND ROUND({Diff("AnsweredAt", "QueuedAt")}, 3) <= @t THEN 1 ELSE 0 END),
                SUM(CASE WHEN "QueuedAt" IS NOT NULL AND "AnsweredAt" IS NULL AND "EndedAt" IS NOT NULL AND ROUND({Diff("EndedAt", "QueuedAt")}, 3) > @t THEN 1 ELSE 0 END),
                SUM(CASE WHEN {answered} THEN {AtLeast0(Diff("AnsweredAt", "QueuedAt"))} ELSE 0 END),
                SUM(CASE WHEN {handled} THEN 1 ELSE 0 END),
                SUM(CASE WHEN {handled} THEN {AtLeast0(Diff("EndedAt", "AnsweredAt"))}
                    + CASE WHEN "WrapEndedAt" > "EndedAt" THEN {Diff("WrapEndedAt", "EndedAt")} ELSE 0 END ELSE 0 END)
            FROM c WHERE ("ExternalReference" IS NULL OR copy = 1){present}{groupBy}
            """;
    }
}

/// <summary>How <see cref="IContactMeasures.TotalsAsync"/> groups: one row, one per team, or one per agent and team.</summary>
public enum ContactGrouping
{
    None,
    Team,
    Agent,
}

/// <summary>Totals for one group: the agent (agent grouping), the team, how many contacts, and the measures' sums.</summary>
public sealed record ContactGroupTotals(Guid? AgentId, Guid? TeamId, long Contacts, ContactTotals Totals);
