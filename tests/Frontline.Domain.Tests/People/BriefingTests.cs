using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.People;

/// <summary>Briefings: linked to requirements, attendance from the audience only, acknowledged once by someone in it.</summary>
public sealed class BriefingTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Bob = Guid.NewGuid();

    private static Briefing Make(DateOnly? heldOn = null) => Briefing.Plan("Consumer Duty", "What good outcomes mean on a call", [new("requirement", "PRIN 2A")], null,
        [Ann, Bob, Ann], heldOn ?? new DateOnly(2026, 12, 7), Guid.NewGuid(), Guid.NewGuid(), Now);

    [Fact]
    public void Plan_NeedsAReferenceAndAnAudience_AudienceIsDistinct()
    {
        Make().Audience.Select(a => a.StaffId).ShouldBe([Ann, Bob]);
        Should.Throw<DomainException>(() => Briefing.Plan("t", "c", [], null, [Ann], new DateOnly(2026, 12, 7), Ann, Ann, Now)).Field.ShouldBe("references");
        Should.Throw<DomainException>(() => Briefing.Plan("t", "c", [new("memo", "x")], null, [Ann], new DateOnly(2026, 12, 7), Ann, Ann, Now)).Field.ShouldBe("references[0]");
        Should.Throw<DomainException>(() => Briefing.Plan("t", "c", [new("procedure", "P1")], null, [], new DateOnly(2026, 12, 7), Ann, Ann, Now)).Field.ShouldBe("staffIds");
    }

    [Fact]
    public void Attendance_OnlyTheAudience_OnceHeld_AndAnAcknowledgerCannotBeMarkedAbsent()
    {
        var b = Make();
        Should.Throw<DomainException>(() => b.RecordAttendance([Guid.NewGuid()], new DateOnly(2026, 12, 7))).Code.ShouldBe("briefing.not-in-audience");
        Should.Throw<DomainException>(() => Make(new DateOnly(2026, 12, 8)).RecordAttendance([Ann], new DateOnly(2026, 12, 7))).Code.ShouldBe("briefing.not-held");
        b.Acknowledge(Bob, " clear ", Now);
        Should.Throw<DomainException>(() => b.RecordAttendance([Ann], new DateOnly(2026, 12, 7))).Code.ShouldBe("briefing.acknowledged-absent");
        b.RecordAttendance([Bob], new DateOnly(2026, 12, 7));
        b.Audience.Select(a => a.Attended).ShouldBe([false, true]);
    }

    [Fact]
    public void Acknowledge_Once_OnlyByTheAudience_NotBeforeItIsHeld()
    {
        var b = Make();
        var ack = b.Acknowledge(Ann, null, Now);
        (ack.Attended, ack.AcknowledgedAt).ShouldBe((true, Now));
        Should.Throw<DomainException>(() => b.Acknowledge(Ann, null, Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
        Should.Throw<DomainException>(() => b.Acknowledge(Guid.NewGuid(), null, Now)).Kind.ShouldBe(DomainErrorKind.NotFound);
        Should.Throw<DomainException>(() => Make(new DateOnly(2026, 12, 9)).Acknowledge(Ann, null, Now)).Code.ShouldBe("briefing.not-held");
    }
}
