using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.People;

/// <summary>Needs merge by skill; the same record counts once; a closed need stays closed; plan and coaching rules.</summary>
public sealed class DevelopmentNeedTests
{
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly Guid Listening = Guid.NewGuid();
    private static readonly Guid Tone = Guid.NewGuid();
    private static readonly DateTime At = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static NeedEvidence Evidence(NeedSource kind, Guid? record, int day = 0) => new(kind, record, "shown", null, At.AddDays(day), null);

    [Fact]
    public void Merge_SameSkill_AddsEvidenceToTheCurrentNeed_OtherSkill_NewNeed()
    {
        var needs = new List<DevelopmentNeed>();
        var (first, created) = DevelopmentNeed.Merge(needs, Person, Listening, Evidence(NeedSource.QaEvaluation, Guid.NewGuid()));
        created.ShouldBeTrue();
        needs.Add(first);
        var (second, created2) = DevelopmentNeed.Merge(needs, Person, Listening, Evidence(NeedSource.Feedback, Guid.NewGuid(), 2));
        created2.ShouldBeFalse();
        second.ShouldBeSameAs(first);
        first.Evidence.Select(e => e.Kind).ShouldBe([NeedSource.QaEvaluation, NeedSource.Feedback]);
        first.LastEvidenceAt.ShouldBe(At.AddDays(2));
        first.RaisedAt.ShouldBe(At);
        var (other, created3) = DevelopmentNeed.Merge(needs, Person, Tone, Evidence(NeedSource.Observation, Guid.NewGuid()));
        created3.ShouldBeTrue();
        other.ShouldNotBeSameAs(first);
        // Another person's need in the same skill is not merged into.
        DevelopmentNeed.Merge(needs, Guid.NewGuid(), Listening, Evidence(NeedSource.Kpi, Guid.NewGuid())).Created.ShouldBeTrue();
    }

    [Fact]
    public void SameRecord_CountsOnce_ButTheSameRecordUnderAnotherSource_Counts()
    {
        var record = Guid.NewGuid();
        var need = DevelopmentNeed.Raise(Person, Listening, Evidence(NeedSource.QaEvaluation, record));
        need.AddEvidence(Evidence(NeedSource.QaEvaluation, record, 1)).ShouldBeFalse();
        need.AddEvidence(Evidence(NeedSource.Breach, record, 1)).ShouldBeTrue();
        need.AddEvidence(Evidence(NeedSource.Observation, null, 1)).ShouldBeTrue();
        need.AddEvidence(Evidence(NeedSource.Observation, null, 1)).ShouldBeTrue();
        need.Evidence.Count.ShouldBe(4);
    }

    [Fact]
    public void ClosedNeed_IsHistory_NewEvidenceOpensANewNeed()
    {
        var need = DevelopmentNeed.Raise(Person, Listening, Evidence(NeedSource.QaEvaluation, Guid.NewGuid()));
        need.Close("Met: rapport above target for two months", At.AddDays(40));
        Should.Throw<DomainException>(() => need.AddEvidence(Evidence(NeedSource.Kpi, Guid.NewGuid()))).Kind.ShouldBe(DomainErrorKind.Conflict);
        var (fresh, created) = DevelopmentNeed.Merge([need], Person, Listening, Evidence(NeedSource.Kpi, Guid.NewGuid(), 41));
        created.ShouldBeTrue();
        fresh.ShouldNotBeSameAs(need);
    }

    [Fact]
    public void Activity_EndingBeforeItStarts_IsRefused_NamingTheField_SameDayIsFine()
    {
        var plan = new DevelopmentPlan { Title = "P", StaffId = Person, CreatedAt = At };
        var error = Should.Throw<DomainException>(() => plan.AddActivity(DevelopmentMethod.RolePlay, "Role-play", Guid.NewGuid(), new DateOnly(2026, 12, 5),
            new DateOnly(2026, 12, 4), null, "activities[1]"));
        error.Field.ShouldBe("activities[1].endsOn");
        plan.Activities.ShouldBeEmpty();
        plan.AddActivity(DevelopmentMethod.RolePlay, "Role-play", Guid.NewGuid(), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5), null);
        plan.StartsOn.ShouldBe(new DateOnly(2026, 12, 5));
        plan.EndsOn.ShouldBe(new DateOnly(2026, 12, 5));
        plan.AddActivity(DevelopmentMethod.ELearning, "Module", Guid.NewGuid(), new DateOnly(2026, 12, 1), null, null);
        plan.StartsOn.ShouldBe(new DateOnly(2026, 12, 1));
        plan.EndsOn.ShouldBeNull();
    }

    [Fact]
    public void Coaching_OnlyTheColleagueAcknowledges_Once()
    {
        var coach = Guid.NewGuid();
        var session = CoachingSession.Record(Guid.NewGuid(), Person, coach, null, new DateOnly(2026, 12, 1), "Rapport", [], null, null, At);
        Should.Throw<DomainException>(() => session.Acknowledge(coach, null, At)).Kind.ShouldBe(DomainErrorKind.Forbidden);
        session.Acknowledge(Person, " ok ", At);
        session.ColleagueComment.ShouldBe("ok");
        Should.Throw<DomainException>(() => session.Acknowledge(Person, null, At)).Kind.ShouldBe(DomainErrorKind.Conflict);
        Should.Throw<DomainException>(() => CoachingSession.Record(Guid.NewGuid(), Person, Person, null, new DateOnly(2026, 12, 1), "x", [], null, null, At))
            .Field.ShouldBe("coachId");
    }

    [Fact]
    public void Visibility_Person_Leader_LineManager_Trainer_Manager_NobodyElse()
    {
        var team = Guid.NewGuid();
        var lineManager = Guid.NewGuid();
        var person = new StaffMember { Username = "a", DisplayName = "A", Email = "a@x", TeamId = team, LineManagerId = lineManager };
        DevelopmentViewer V(Guid id, bool trainer = false, bool manager = false, Guid? leads = null) =>
            new(id, trainer, manager, leads is { } l ? new HashSet<Guid> { l } : new HashSet<Guid>());
        DevelopmentVisibility.Sees(V(person.Id), person).ShouldBeTrue();
        DevelopmentVisibility.Supports(V(person.Id), person).ShouldBeFalse();
        DevelopmentVisibility.Supports(V(Guid.NewGuid(), leads: team), person).ShouldBeTrue();
        DevelopmentVisibility.Supports(V(lineManager), person).ShouldBeTrue();
        DevelopmentVisibility.Supports(V(Guid.NewGuid(), trainer: true), person).ShouldBeTrue();
        DevelopmentVisibility.Supports(V(Guid.NewGuid(), manager: true), person).ShouldBeTrue();
        DevelopmentVisibility.Sees(V(Guid.NewGuid(), leads: Guid.NewGuid()), person).ShouldBeFalse();
        DevelopmentVisibility.Sees(V(Guid.NewGuid()), person).ShouldBeFalse();
        var filter = DevelopmentVisibility.Filter(V(lineManager)).Compile();
        filter(person).ShouldBeTrue();
        filter(new StaffMember { Username = "b", DisplayName = "B", Email = "b@x", TeamId = team }).ShouldBeFalse();
    }
}

/// <summary>Buddy pairings: who may be a buddy, the dates, and the check-in schedule.</summary>
public sealed class BuddyAssignmentTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Pair_RefusesSelf_Inactive_NoTopics_EndBeforeStart()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var from = new DateOnly(2026, 12, 1);
        Should.Throw<DomainException>(() => BuddyAssignment.Pair(a, true, a, [BuddyTopic.Products], from, null, null, b, Now)).Field.ShouldBe("buddyId");
        Should.Throw<DomainException>(() => BuddyAssignment.Pair(a, false, b, [BuddyTopic.Products], from, null, null, b, Now)).Field.ShouldBe("buddyId");
        Should.Throw<DomainException>(() => BuddyAssignment.Pair(a, true, b, [], from, null, null, b, Now)).Field.ShouldBe("topics");
        Should.Throw<DomainException>(() => BuddyAssignment.Pair(a, true, b, [BuddyTopic.Products], from, from.AddDays(-1), null, b, Now)).Field.ShouldBe("to");
        Should.Throw<DomainException>(() => BuddyAssignment.Pair(a, true, b, [BuddyTopic.Products], from, null, 0, b, Now)).Field.ShouldBe("checkInEveryDays");
    }

    [Theory]
    [InlineData("2026-11-20", "2026-12-01")] // before the pairing starts: the first day
    [InlineData("2026-12-01", "2026-12-01")] // the first day itself
    [InlineData("2026-12-02", "2026-12-08")] // between check-ins: the next one
    [InlineData("2026-12-08", "2026-12-08")] // on a check-in day: that day
    [InlineData("2026-12-27", null)] // the next would fall after the end
    [InlineData("2027-01-05", null)] // after the end
    public void NextCheckIn_EveryWeek_FromTheStart_UntilTheEnd(string today, string? expected)
    {
        var pairing = BuddyAssignment.Pair(Guid.NewGuid(), true, Guid.NewGuid(), [BuddyTopic.Regulation], new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 28), 7,
            Guid.NewGuid(), Now);
        pairing.NextCheckIn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
