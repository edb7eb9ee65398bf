using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using static Frontline.Domain.Tests.Quality.ScorecardBuilder;

namespace Frontline.Domain.Tests.Quality;

public sealed class ScorecardTests
{
    [Theory]
    [InlineData(0, 1, "sections[0].weight")]
    [InlineData(-1, 1, "sections[0].weight")]
    [InlineData(1, 0, "sections[0].criteria[0].weight")]
    public void WeightsAtOrBelowZero_AreRefused(decimal sectionWeight, decimal criterionWeight, string field) =>
        Should.Throw<DomainException>(() => Definition(Section("S", sectionWeight, YesNo("A", criterionWeight))).Validate()).Field.ShouldBe(field);

    [Fact]
    public void NoCriteria_ScaleWithoutMaximum_UnknownChannel_AreRefused()
    {
        Should.Throw<DomainException>(() => Definition().Validate()).Field.ShouldBe("sections");
        Should.Throw<DomainException>(() => Definition(Section("S", 1)).Validate()).Field.ShouldBe("sections");
        Should.Throw<DomainException>(() => Definition(Section("S", 1, new CriterionDefinition("A", null, CriterionKind.Scale, null, 1, false, null, null))).Validate())
            .Field.ShouldBe("sections[0].criteria[0].maxPoints");
        Should.Throw<DomainException>(() => (Definition(Section("S", 1, YesNo("A"))) with { Channels = ["pigeon"] }).Validate()).Field.ShouldBe("channels");
        Should.Throw<DomainException>(() => (Definition(Section("S", 1, YesNo("A"))) with { Bands = new ScoreBands(60, 75, 90) }).Validate()).Field.ShouldBe("bands");
    }

    [Fact]
    public void Published_NeverChanges_EditingMakesANewDraft_ThatKeepsCriterionKeys()
    {
        var scorecard = Scorecard.Create(Definition(Section("S", 1, YesNo("A"), YesNo("B"))), Guid.NewGuid(), Now);
        var v1 = scorecard.Publish(Guid.NewGuid(), Now);
        v1.Status.ShouldBe(ScorecardStatus.Published);
        Should.Throw<DomainException>(() => scorecard.Publish(Guid.NewGuid(), Now)).Kind.ShouldBe(DomainErrorKind.Conflict);

        var definition = v1.ToDefinition();
        var edited = definition with { Sections = [definition.Sections[0] with { Criteria = [definition.Sections[0].Criteria[0] with { Text = "A, reworded" }] }] };
        var v2 = scorecard.SaveDraft(edited, Guid.NewGuid(), Now);
        v2.Number.ShouldBe(2);
        v2.Status.ShouldBe(ScorecardStatus.Draft);
        v1.Criteria.Select(c => c.Text).ShouldBe(["A", "B"]);
        v2.Criteria.Single().Key.ShouldBe(v1.Criteria.First().Key);
        v2.Criteria.Single().Id.ShouldNotBe(v1.Criteria.First().Id);

        // Saving the draft again edits the same version number; publishing retires v1.
        scorecard.SaveDraft(edited, Guid.NewGuid(), Now).Number.ShouldBe(2);
        scorecard.Publish(Guid.NewGuid(), Now).Number.ShouldBe(2);
        v1.Status.ShouldBe(ScorecardStatus.Retired);
        scorecard.Retire(Now);
        scorecard.Published.ShouldBeNull();
    }

    [Fact]
    public void Skills_AcceptCodeOrName()
    {
        QualitySkills.Resolve("rapport-empathy").ShouldBe("rapport-empathy");
        QualitySkills.Resolve("Written English").ShouldBe("written-english");
        QualitySkills.Resolve("juggling").ShouldBeNull();
    }
}
