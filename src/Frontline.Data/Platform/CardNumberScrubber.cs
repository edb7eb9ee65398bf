using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Frontline.Data.Platform;

/// <summary>
/// The one place card numbers are kept out of the database (PCI DSS 3.3/3.4): before every save, each text value
/// written — every string property of every added or modified record, and every string inside a JSON column — is passed
/// through <see cref="CardNumberRedactor"/>. A new column is covered without anyone remembering to.
/// </summary>
/// <remarks>
/// Left alone, by an explicit list: keys and foreign keys (identifiers, not typed text), <see cref="SecretAttribute"/>
/// properties (hashes, token hashes), <see cref="SystemGeneratedAttribute"/> properties (references the system builds), Identity's own hash and stamp columns, and the audit trail (built afterwards from
/// the scrubbed values, and masked again by <see cref="AuditTrail"/> for values written before this pass existed).
/// </remarks>
public static class CardNumberScrubber
{
    private static readonly HashSet<string> IdentityStamps = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    private static readonly ConcurrentDictionary<IEntityType, TextProperty[]> ByEntityType = new();

    /// <summary>How a property's text is reached: directly, or as the JSON its converter stores.</summary>
    public sealed record TextProperty(IProperty Property, ValueConverter? Json);

    /// <summary>Masks card numbers in the values <paramref name="changed"/> is about to write.</summary>
    public static void Scrub(IEnumerable<EntityEntry> changed)
    {
        foreach (var entry in changed)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Entity is AuditEntry)
            {
                continue;
            }

            foreach (var text in TextPropertiesOf(entry.Metadata))
            {
                var property = entry.Property(text.Property);
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }

                var value = property.CurrentValue;
                if (value is null)
                {
                    continue;
                }

                if (text.Json is null)
                {
                    var before = (string)value;
                    var after = CardNumberRedactor.Redact(before);
                    if (!string.Equals(before, after, StringComparison.Ordinal))
                    {
                        property.CurrentValue = after;
                    }
                }
                else if (text.Json.ConvertToProvider(value) is string json && CardNumberRedactor.MayContainCardNumber(json)
                    && RedactJsonStrings(json) is { } redacted)
                {
                    property.CurrentValue = text.Json.ConvertFromProvider(redacted);
                }
            }
        }
    }

    /// <summary>
    /// The text columns of <paramref name="entityType"/> the scrubber covers (also read by the test that writes a card
    /// number into every one of them).
    /// </summary>
    public static TextProperty[] TextPropertiesOf(IEntityType entityType) =>
        ByEntityType.GetOrAdd(entityType, type => [.. type.GetProperties()
            .Where(p => !IsExcluded(p))
            .Select(p => p.ClrType == typeof(string)
                ? new TextProperty(p, null)
                : p.GetValueConverter() is { ProviderClrType: var provider } converter && provider == typeof(string)
                    && !p.ClrType.IsEnum && Nullable.GetUnderlyingType(p.ClrType)?.IsEnum != true
                    ? new TextProperty(p, converter)
                    : null)
            .OfType<TextProperty>()]);

    /// <summary>Why a string property is not scrubbed, or null when it is.</summary>
    public static string? ExclusionOf(IProperty property) =>
        property.IsKey() ? "key"
        : property.IsForeignKey() ? "foreign key"
        : IdentityStamps.Contains(property.Name) && typeof(Microsoft.AspNetCore.Identity.IdentityUser<Guid>).IsAssignableFrom(property.DeclaringType.ClrType)
            ? "Identity hash or stamp"
        : property.PropertyInfo?.GetCustomAttribute<SecretAttribute>() is not null ? "secret"
        : property.PropertyInfo?.GetCustomAttribute<SystemGeneratedAttribute>() is not null ? "made by the system"
        : null;

    private static bool IsExcluded(IProperty property) => ExclusionOf(property) is not null;

    /// <summary>
    /// Masks card numbers in a value as stored: a JSON document value by value (so digits of neighbouring values are
    /// never read as one number), other text as a whole.
    /// </summary>
    public static string RedactStored(string text) =>
        text.StartsWith('[') || text.StartsWith('{')
            ? RedactJsonStrings(text) ?? text
            : CardNumberRedactor.Redact(text)!;

    /// <summary>Masks card numbers in every string value of a JSON document, each on its own (never across values); null when none.</summary>
    private static string? RedactJsonStrings(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            var plain = CardNumberRedactor.Redact(json);
            return string.Equals(plain, json, StringComparison.Ordinal) ? null : plain;
        }

        return root is not null && Redact(root) ? root.ToJsonString() : null;
    }

    private static bool Redact(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (Masked(child) is { } masked)
                    {
                        obj[name] = masked;
                        changed = true;
                    }
                    else if (child is not null)
                    {
                        changed |= Redact(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Masked(array[i]) is { } masked)
                    {
                        array[i] = masked;
                        changed = true;
                    }
                    else if (array[i] is { } child)
                    {
                        changed |= Redact(child);
                    }
                }

                break;
        }

        return changed;
    }

    /// <summary>The masked text of a string leaf that holds a card number; null otherwise.</summary>
    private static string? Masked(JsonNode? node) =>
        node is JsonValue leaf && leaf.TryGetValue<string>(out var text) && CardNumberRedactor.Redact(text) is { } masked
            && !string.Equals(masked, text, StringComparison.Ordinal)
            ? masked
            : null;
}
