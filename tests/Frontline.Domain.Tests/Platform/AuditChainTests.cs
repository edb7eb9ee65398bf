using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Platform;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var at = new DateTime(2026, 1, 5, 9, 0, i, DateTimeKind.Utc);
            var changes = $"{{\"Name\":{{\"after\":\"n{i}\"}}}}";
            var hash = AuditEntry.ComputeHash(i, at, null, "system", "created", "Team", i.ToString(), changes, previous);
            entries.Add(new AuditEntry
            {
                Sequence = i, At = at, ActorName = "system", Action = "created", EntityType = "Team", EntityId = i.ToString(),
                Changes = changes, PreviousHash = previous, Hash = hash,
            });
            previous = hash;
        }

        return entries;
    }

    [Fact]
    public void Verify_IntactChain_IsValid()
    {
        var result = AuditChain.Verify(Chain(5));
        result.ShouldBe(new AuditVerification(true, 5, null));
    }

    [Fact]
    public void Verify_EmptyChain_IsValid() => AuditChain.Verify([]).Valid.ShouldBeTrue();

    [Fact]
    public void Verify_EditedChanges_ReportsThatEntry()
    {
        var entries = Chain(5);
        var edited = entries[2];
        entries[2] = new AuditEntry
        {
            Sequence = edited.Sequence, At = edited.At, ActorName = edited.ActorName, Action = edited.Action, EntityType = edited.EntityType,
            EntityId = edited.EntityId, Changes = "{}", PreviousHash = edited.PreviousHash, Hash = edited.Hash,
        };
        AuditChain.Verify(entries).ShouldBe(new AuditVerification(false, 3, 3));
    }

    [Fact]
    public void Verify_DeletedEntry_ReportsTheGap()
    {
        var entries = Chain(5);
        entries.RemoveAt(1);
        AuditChain.Verify(entries).FirstBrokenEntryId.ShouldBe(3);
    }

    [Fact]
    public void Verify_RehashedEntry_BreaksTheNextLink()
    {
        // An attacker who edits an entry and recomputes its hash still breaks the link to the next one.
        var entries = Chain(4);
        var e = entries[1];
        var newHash = AuditEntry.ComputeHash(e.Sequence, e.At, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, "{}", e.PreviousHash);
        entries[1] = new AuditEntry
        {
            Sequence = e.Sequence, At = e.At, ActorName = e.ActorName, Action = e.Action, EntityType = e.EntityType,
            EntityId = e.EntityId, Changes = "{}", PreviousHash = e.PreviousHash, Hash = newHash,
        };
        AuditChain.Verify(entries).FirstBrokenEntryId.ShouldBe(3);
    }
}
