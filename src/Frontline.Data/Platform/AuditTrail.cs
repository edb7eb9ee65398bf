using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Frontline.Data.Platform;

/// <summary>
/// Turns tracked changes into hash-chained <see cref="AuditEntry"/> rows inside the saving transaction.
/// </summary>
/// <remarks>
/// The chain must not fork, so appends are serialised: on PostgreSQL with a transaction-scoped advisory
/// lock (safe across app nodes), on SQLite with a process-wide lock (SQLite is single-node).
/// Personal data is masked and secrets (password and token hashes) are left out, so the trail itself
/// never becomes a copy of what it protects.
/// </remarks>
internal static class AuditTrail
{
    private const long PostgresLockKey = 0x46524F4E54; // "FRONT"
    private const string Masked = "***";
    private static readonly SemaphoreSlim ProcessLock = new(1, 1);
    private static readonly ConcurrentDictionary<(Type, string), PropertyKind> Kinds = new();
    private static readonly HashSet<string> IdentitySecrets = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    private enum PropertyKind
    {
        Plain,
        Personal,
        Secret,
    }

    /// <summary>SQLite: waits for this process's writer lock; returns true when the caller must release it.</summary>
    public static async Task<bool> EnterProcessLockAsync(FrontlineDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            return false;
        }

        await ProcessLock.WaitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Reads the chain's head (last sequence and hash) inside the saving transaction; on PostgreSQL first takes the
    /// chain's advisory lock for the rest of the transaction (any process, any node), in the same round trip.
    /// </summary>
    /// <remarks>
    /// Plain ADO.NET rather than a LINQ query, and on PostgreSQL one round trip for the lock and the head: this runs
    /// while every other writer waits.
    /// </remarks>
    private static async Task<(long Sequence, string Hash)> ReadChainHeadAsync(FrontlineDbContext db, CancellationToken cancellationToken)
    {
        await using var command = CommandInSavingTransaction(db);
        command.CommandText = AuditTable.Of(db).ChainHead;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), reader.GetString(1))
            : (0, AuditChain.Genesis);
    }

    private static System.Data.Common.DbCommand CommandInSavingTransaction(FrontlineDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public static void ReleaseProcessLock() => ProcessLock.Release();

    /// <summary>One change as the trail will record it, described before the chain lock is taken.</summary>
    public sealed record Change(string Action, string EntityType, string EntityId, string Changes);

    /// <summary>
    /// Describes the changes (field by field, or one summary per type for bulk imports). Done before the chain lock:
    /// it needs no chain position, and every write in the centre waits while the lock is held.
    /// </summary>
    public static List<Change> Describe(IReadOnlyList<EntityEntry> changed, bool eachRecord)
    {
        if (!eachRecord)
        {
            return [.. changed.GroupBy(e => (e.Metadata.ClrType.Name, e.State)).Select(group => new Change(ActionOf(group.Key.State) + "-bulk",
                group.Key.Name, "*", string.Create(CultureInfo.InvariantCulture, $"{{\"count\":{group.Count()}}}")))];
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        var changes = new List<Change>(changed.Count);
        foreach (var entry in changed)
        {
            buffer.ResetWrittenCount();
            WriteChanges(entry, buffer);
            changes.Add(new Change(ActionOf(entry.State), entry.Metadata.ClrType.Name, KeyOf(entry), Encoding.UTF8.GetString(buffer.WrittenSpan)));
        }

        return changes;
    }

    /// <summary>
    /// Links the described changes onto the chain's head and inserts them, inside the saving transaction and after the
    /// records themselves were written, so that on PostgreSQL the chain lock covers only these rows and the commit.
    /// </summary>
    public static async Task AppendAsync(FrontlineDbContext db, IReadOnlyList<Change> changes, IAuditActor actor, CancellationToken cancellationToken)
    {
        var (sequence, previousHash) = await ReadChainHeadAsync(db, cancellationToken);
        // Whole milliseconds: PostgreSQL keeps microseconds and SQLite text keeps ticks, and the hash must
        // survive the round trip on both.
        var now = DateTime.UtcNow;
        var at = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var entries = new List<AuditEntry>(changes.Count);
        foreach (var change in changes)
        {
            sequence++;
            var hash = AuditEntry.ComputeHash(sequence, at, actor.ActorId, actor.ActorName, change.Action, change.EntityType, change.EntityId,
                change.Changes, previousHash);
            entries.Add(new AuditEntry
            {
                Sequence = sequence,
                At = at,
                ActorId = actor.ActorId,
                ActorName = actor.ActorName,
                Action = change.Action,
                EntityType = change.EntityType,
                EntityId = change.EntityId,
                Changes = change.Changes,
                PreviousHash = previousHash,
                Hash = hash,
            });
            previousHash = hash;
        }

        await InsertAsync(db, entries, cancellationToken);
    }

    /// <summary>
    /// Multi-row INSERTs built from the model (table, columns and each column's type mapping, value converters
    /// included), so the rows are stored exactly as EF would store them, without tracking them in the context.
    /// </summary>
    private static async Task InsertAsync(FrontlineDbContext db, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        const int rowsPerCommand = 500; // well inside both engines' limits on parameters per statement
        var table = AuditTable.Of(db);
        foreach (var chunk in entries.Chunk(rowsPerCommand))
        {
            await using var command = CommandInSavingTransaction(db);
            var text = new StringBuilder(table.InsertHead);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < table.Columns.Count; column++)
                {
                    var (property, mapping, getter) = table.Columns[column];
                    var name = string.Create(CultureInfo.InvariantCulture, $"@a{row}_{column}");
                    command.Parameters.Add(mapping.CreateParameter(command, name, getter.GetClrValueUsingContainingEntity(chunk[row]), property.IsNullable));
                    text.Append(column == 0 ? name : ", " + name);
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => "updated",
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join('|', key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    private static void WriteChanges(EntityEntry entry, IBufferWriter<byte> buffer)
    {
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            var kind = KindOf(entry.Metadata.ClrType, property.Metadata);
            if (kind == PropertyKind.Secret)
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : StoredForm(property.Metadata, property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : StoredForm(property.Metadata, property.CurrentValue);
            if (entry.State == EntityState.Modified && Equals(before, after))
            {
                continue;
            }

            json.WritePropertyName(property.Metadata.Name);
            json.WriteStartObject();
            if (entry.State != EntityState.Added)
            {
                WriteValue(json, "before", before, kind);
            }

            if (entry.State != EntityState.Deleted)
            {
                WriteValue(json, "after", after, kind);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Lists and other converted values are written as the database stores them (e.g. JSON text): their own
    /// ToString() would say only the type name, and two equal lists would look changed.
    /// </summary>
    private static object? StoredForm(IProperty property, object? value) =>
        value is System.Collections.IEnumerable and not string && property.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(value)
            : value;

    private static void WriteValue(Utf8JsonWriter json, string name, object? value, PropertyKind kind)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else if (kind == PropertyKind.Personal)
        {
            json.WriteString(name, Masked);
        }
        else if (value is bool b)
        {
            json.WriteBoolean(name, b);
        }
        else if (value is int or long or short or decimal or double)
        {
            json.WriteNumber(name, Convert.ToDecimal(value, CultureInfo.InvariantCulture));
        }
        else if (value is string text)
        {
            // Values stored before every save was scrubbed (a "before") may still hold a card number.
            json.WriteString(name, CardNumberScrubber.RedactStored(text));
        }
        else
        {
            json.WriteString(name, Format(value));
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static PropertyKind KindOf(Type clrType, IProperty property) =>
        Kinds.GetOrAdd((clrType, property.Name), _ =>
        {
            if (IdentitySecrets.Contains(property.Name) || property.PropertyInfo?.GetCustomAttribute<SecretAttribute>() is not null)
            {
                return PropertyKind.Secret;
            }

            // Both Frontline's and ASP.NET Core Identity's [PersonalData] attributes count.
            var personal = property.PropertyInfo?.GetCustomAttributes(inherit: true)
                .Any(a => a.GetType().Name is "PersonalDataAttribute" or "ProtectedPersonalDataAttribute") == true
                || property.Name is "NormalizedEmail" or "NormalizedUserName";
            return personal ? PropertyKind.Personal : PropertyKind.Plain;
        });

    /// <summary>The audit table as the model maps it (names, columns, type mappings), worked out once per model.</summary>
    private sealed record AuditTable(string ChainHead, string InsertHead, IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)> Columns)
    {
        private static readonly ConditionalWeakTable<IModel, AuditTable> ByModel = new();

        public static AuditTable Of(FrontlineDbContext db)
        {
            if (!ByModel.TryGetValue(db.Model, out var table))
            {
                table = Build(db);
                ByModel.AddOrUpdate(db.Model, table);
            }

            return table;
        }

        private static AuditTable Build(FrontlineDbContext db)
        {
            var entityType = db.Model.FindEntityType(typeof(AuditEntry))!;
            var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            string Column(string property) => sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(store)!);
            var name = sql.DelimitIdentifier(store.Name, store.Schema);
            var head = $"SELECT {Column(nameof(AuditEntry.Sequence))}, {Column(nameof(AuditEntry.Hash))} FROM {name} " +
                $"ORDER BY {Column(nameof(AuditEntry.Sequence))} DESC LIMIT 1";
            var columns = entityType.GetProperties()
                .Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter: p.GetGetter()))
                .ToList();
            return new AuditTable(
                db.Provider == DatabaseProvider.Postgres ? FormattableString.Invariant($"SELECT pg_advisory_xact_lock({PostgresLockKey}); {head}") : head,
                $"INSERT INTO {name} ({string.Join(", ", columns.Select(c => Column(c.Property.Name)))}) VALUES ",
                columns);
        }
    }
}
