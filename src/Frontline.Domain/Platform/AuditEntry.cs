using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Frontline.Domain.Platform;

/// <summary>
/// One change to one record, in the append-only audit trail. Entries are hash-chained: each entry's
/// <see cref="Hash"/> covers its own fields and the previous entry's hash, so editing or deleting any
/// entry breaks the chain from that point on (<see cref="AuditChain.Verify"/>).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1-based and gapless.</summary>
    public long Sequence { get; init; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTime At { get; init; }

    public Guid? ActorId { get; init; }

    public required string ActorName { get; init; }

    /// <summary><c>created</c>, <c>updated</c> or <c>deleted</c>.</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>JSON object of changed fields: <c>{"Field":{"before":..,"after":..}}</c>; personal data masked.</summary>
    public required string Changes { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }

    /// <summary>The hash an entry with these fields must carry after <paramref name="previousHash"/>.</summary>
    public static string ComputeHash(long sequence, DateTime at, Guid? actorId, string actorName, string action,
        string entityType, string entityId, string changes, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            actorId?.ToString("N") ?? "",
            actorName, action, entityType, entityId, changes, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public string ExpectedHash() =>
        ComputeHash(Sequence, At, ActorId, ActorName, Action, EntityType, EntityId, Changes, PreviousHash);
}

/// <summary>Verification of the audit trail's hash chain.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Walks entries in sequence order and reports the first one whose sequence, link or hash is wrong.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entriesInOrder)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }
}

/// <summary>Checks a chain one entry at a time, so a long trail can be streamed from the database.</summary>
public sealed class AuditChainVerifier
{
    private string _previousHash = AuditChain.Genesis;
    private long _expectedSequence = 1;
    private long _count;
    private long? _firstBroken;

    /// <summary>Checks the next entry; false once the chain is broken (later entries are not read).</summary>
    public bool Accept(AuditEntry entry)
    {
        if (_firstBroken is not null)
        {
            return false;
        }

        _count++;
        if (entry.Sequence != _expectedSequence || entry.PreviousHash != _previousHash || entry.Hash != entry.ExpectedHash())
        {
            _firstBroken = entry.Sequence;
            return false;
        }

        _previousHash = entry.Hash;
        _expectedSequence++;
        return true;
    }

    public AuditVerification Result => new(_firstBroken is null, _count, _firstBroken);
}

public sealed record AuditVerification(bool Valid, long Entries, long? FirstBrokenEntryId);
