using Frontline.Domain.Performance;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Performance;

public sealed class DataValidationTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static ValidationContact C(Guid? agent = null, DateOnly? day = null, double wait = 10, double talk = 200, double? answerOffset = null, string? reference = null,
        bool answered = true, double? wrap = null)
    {
        var d = day ?? Monday;
        var q = T0.AddDays(d.DayNumber - Monday.DayNumber);
        var a = answered ? q.AddSeconds(answerOffset ?? wait) : (DateTime?)null;
        var e = (a ?? q).AddSeconds(talk);
        return new(Guid.NewGuid(), answered ? agent ?? Guid.NewGuid() : null, null, "PS", q.AddSeconds(-5), q, a, e, wrap is { } w ? e.AddSeconds(w) : null, reference, d);
    }

    [Fact]
    public void CleanData_OverOneDay_HasNoProblemsButTheSmallIndividualFigures()
    {
        var agent = Guid.NewGuid();
        var contacts = Enumerable.Range(0, 30).Select(_ => C(agent)).ToList();

        DataValidation.Run(contacts, Monday, Monday, new ValidationSettings()).ShouldBeEmpty();
    }

    [Fact]
    public void Accuracy_ListsEachProblemWithTheRecordsBehindIt()
    {
        var agent = Guid.NewGuid();
        var clean = Enumerable.Range(0, 30).Select(_ => C(agent)).ToList();
        var beforeQueue = C(agent, answerOffset: -3);
        var endedBeforeAnswer = C(agent, talk: -10);
        var tooLong = C(agent, talk: 5 * 3600);
        var noAgent = C(agent) with { AgentId = null };
        var first = C(agent, reference: "AA/1");
        var copy = C(agent, reference: "AA/1");
        var wrapBeforeEnd = C(agent, wrap: -5);

        var problems = DataValidation.Run([.. clean, beforeQueue, endedBeforeAnswer, tooLong, noAgent, first, copy, wrapBeforeEnd], Monday, Monday, new ValidationSettings());

        problems.ShouldAllBe(p => p.Kind == CheckKind.Accuracy);
        problems.Single(p => p.Code == "answered-before-queued").ContactIds.ShouldBe([beforeQueue.Id]);
        problems.Single(p => p.Code == "ended-before-answered").ContactIds.ShouldBe([endedBeforeAnswer.Id]);
        problems.Single(p => p.Code == "implausible-duration").ContactIds.ShouldBe([tooLong.Id]);
        problems.Single(p => p.Code == "answered-without-agent").ContactIds.ShouldBe([noAgent.Id]);
        problems.Single(p => p.Code == "duplicate-reference").ContactIds.ShouldBe([new[] { first, copy }.MaxBy(c => c.Id)!.Id]);
        problems.Single(p => p.Code == "wrap-before-end").ContactIds.ShouldBe([wrapBeforeEnd.Id]);
    }

    [Theory]
    [InlineData(14400, false)] // exactly 4 h: plausible
    [InlineData(14401, true)]
    public void ImplausibleDuration_IsOverTheConfiguredLimit(double talk, bool flagged)
    {
        var agent = Guid.NewGuid();
        var contacts = Enumerable.Range(0, 29).Select(_ => C(agent)).Append(C(agent, talk: talk)).ToList();

        DataValidation.Run(contacts, Monday, Monday, new ValidationSettings()).Any(p => p.Code == "implausible-duration").ShouldBe(flagged);
        DataValidation.Run(contacts, Monday, Monday, new ValidationSettings(MaxDurationSeconds: 20_000)).Any(p => p.Code == "implausible-duration").ShouldBeFalse();
    }

    [Fact]
    public void Completeness_ADayWithNoData_IsAGap()
    {
        var agent = Guid.NewGuid();
        var contacts = Enumerable.Range(0, 15).Select(_ => C(agent, Monday)).Concat(Enumerable.Range(0, 15).Select(_ => C(agent, Monday.AddDays(2)))).ToList();

        var gap = DataValidation.Run(contacts, Monday, Monday.AddDays(2), new ValidationSettings()).Single();

        gap.Kind.ShouldBe(CheckKind.Completeness);
        gap.Day.ShouldBe(Monday.AddDays(1));
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void Suitability_AnAgentWithFewerThanN_IsFlagged(int count, bool flagged)
    {
        var agent = Guid.NewGuid();
        var problems = DataValidation.Run(Enumerable.Range(0, count).Select(_ => C(agent)).ToList(), Monday, Monday, new ValidationSettings());

        problems.Any(p => p.Kind == CheckKind.Suitability && p.Subject == agent).ShouldBe(flagged);
    }

    [Fact]
    public void Run_OpenProblemsClearWhenTheirRecordsAreExcluded_OrTheDataIsAccepted()
    {
        var bad = Guid.NewGuid();
        var run = new ValidationRun
        {
            Problems = [new(CheckKind.Accuracy, "ended-before-answered", "1 contact(s) ended before they were answered.", [bad]),
                new(CheckKind.Suitability, "too-few-contacts", "few", [], Guid.NewGuid())],
        };
        run.ReadyToPublish.ShouldBeFalse();
        Should.Throw<DomainException>(() => run.Exclude([bad], " ", Guid.NewGuid(), T0)).Field.ShouldBe("reason");
        Should.Throw<DomainException>(run.MarkPublished).Kind.ShouldBe(DomainErrorKind.Conflict);

        run.Exclude([bad], "Telephony clock fault on the 2nd", Guid.NewGuid(), T0).Count.ShouldBe(1);
        run.Exclude([bad], "again", Guid.NewGuid(), T0).ShouldBeEmpty();

        run.ReadyToPublish.ShouldBeTrue();
        run.MarkPublished();
        Should.Throw<DomainException>(() => run.Accept("Late comment", Guid.NewGuid(), T0)).Kind.ShouldBe(DomainErrorKind.Conflict);
    }

    [Fact]
    public void Run_AcceptingNeedsAComment()
    {
        var run = new ValidationRun { Problems = [new(CheckKind.Completeness, "no-data-day", "gap", [])] };
        Should.Throw<DomainException>(() => run.Accept("", Guid.NewGuid(), T0)).Field.ShouldBe("comment");
        run.Accept("Sunday: the centre was closed", Guid.NewGuid(), T0);
        run.ReadyToPublish.ShouldBeTrue();
    }

    [Fact]
    public void DistributionRules_IndividualFiguresGoOnlyToThePersonAndTheirTeamLeader()
    {
        new DistributionRule(KpiLevel.Individual, Audience.Person, "r").Fits.ShouldBeTrue();
        new DistributionRule(KpiLevel.Individual, Audience.TeamLeader, "r").Fits.ShouldBeTrue();
        new DistributionRule(KpiLevel.Individual, Audience.TeamMembers, "r").Fits.ShouldBeFalse();
        new DistributionRule(KpiLevel.Individual, Audience.Managers, "r").Fits.ShouldBeFalse();
        new DistributionRule(KpiLevel.Team, Audience.TeamMembers, "r").Fits.ShouldBeTrue();
        new DistributionRule(KpiLevel.Centre, Audience.Managers, "r").Fits.ShouldBeTrue();
        new DistributionRule(KpiLevel.Centre, Audience.Person, "r").Fits.ShouldBeFalse();
    }
}
