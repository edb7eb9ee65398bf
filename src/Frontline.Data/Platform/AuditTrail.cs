using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>PostgreSQL: takes the chain's advisory lock for the rest of the transaction (any process, any node).</summary>
    public static async Task LockChainAsync(FrontlineDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }
    }

    public static void ReleaseProcessLock() => ProcessLock.Release();

    public static async Task AppendAsync(FrontlineDbContext db, IReadOnlyList<EntityEntry> changed, IAuditActor actor,
        bool eachRecord, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditChain.Genesis;
        // Whole milliseconds: PostgreSQL keeps microseconds and SQLite text keeps ticks, and the hash must
        // survive the round trip on both.
        var now = DateTime.UtcNow;
        var at = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var buffer = new ArrayBufferWriter<byte>(512);

        void Append(string action, string entityType, string entityId, string changes)
        {
            sequence++;
            var hash = AuditEntry.ComputeHash(sequence, at, actor.ActorId, actor.ActorName, action, entityType, entityId, changes, previousHash);
            db.AuditEntries.Add(new AuditEntry
            {
                Sequence = sequence,
                At = at,
                ActorId = actor.ActorId,
                ActorName = actor.ActorName,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                Changes = changes,
                PreviousHash = previousHash,
                Hash = hash,
            });
            previousHash = hash;
        }

        if (!eachRecord)
        {
            foreach (var group in changed.GroupBy(e => (e.Metadata.ClrType.Name, e.State)))
            {
                Append(ActionOf(group.Key.State) + "-bulk", group.Key.Name, "*",
                    string.Create(CultureInfo.InvariantCulture, $"{{\"count\":{group.Count()}}}"));
            }

            return;
        }

        foreach (var entry in changed)
        {
            buffer.ResetWrittenCount();
            WriteChanges(entry, buffer);
            Append(ActionOf(entry.State), entry.Metadata.ClrType.Name, KeyOf(entry), Encoding.UTF8.GetString(buffer.WrittenSpan));
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
}
