using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using static Frontline.Domain.Tests.Quality.ScorecardBuilder;

namespace Frontline.Domain.Tests.Quality;

public sealed class CalibrationTests
{
    private static readonly ScorecardVersion Card = Published(Section("S", 1, YesNo("A"), YesNo("B"), Scale("C", 4)));

    [Fact]
    public void Blind_UntilAllScored_ThenSpread_AndDeviationFromTheLeadsReference()
    {
        Guid lead = Guid.NewGuid(), ann = Guid.NewGuid(), bob = Guid.NewGuid();
        var session = CalibrationSession.Plan("December calibration", Guid.NewGuid(), Card, lead, [lead, ann, bob], Now);

        session.Score(Card, lead, Card.Answers(("A", "yes"), ("B", "yes"), ("C", "2")), Now).Score.ShouldBe(83.33m); // (1 + 1 + 0.5) ÷ 3
        Should.Throw<DomainException>(() => session.Spread(Card)).Code.ShouldBe("calibration.blind");
        session.Score(Card, ann, Card.Answers(("A", "yes"), ("B", "no"), ("C", "2")), Now).Score.ShouldBe(50m);
        Should.Throw<DomainException>(() => session.Score(Card, Guid.NewGuid(), [], Now)).Kind.ShouldBe(DomainErrorKind.Forbidden);
        session.Score(Card, bob, Card.Answers(("A", "yes"), ("B", "yes"), ("C", "4")), Now).Score.ShouldBe(100m);
        session.Status.ShouldBe(CalibrationStatus.Revealed);

        var spread = session.Spread(Card);
        spread.Single(s => s.Text == "B").Answers.Select(a => a.Value).ShouldBe(["yes", "no", "yes"]);

        Should.Throw<DomainException>(() => session.Close(Card, ann, [], "Agreed", null, Now)).Kind.ShouldBe(DomainErrorKind.Forbidden);
        session.Close(Card, lead, [], "B is met when the agent summarises.", "Recheck guidance on C.", Now);
        session.ReferenceScore.ShouldBe(83.33m);
        session.ReferenceSource.ShouldBe("lead");
        session.Participants.Select(p => p.Deviation).ShouldBe([0m, 33.33m, 16.67m]);
        session.Participants.Select(p => p.CriteriaMatched).ShouldBe([3, 2, 2]);
    }

    [Fact]
    public void AgreedReference_AndMeanAbsoluteDeviationOverTime()
    {
        Guid lead = Guid.NewGuid(), ann = Guid.NewGuid();
        var session = CalibrationSession.Plan("Agreed", Guid.NewGuid(), Card, lead, [ann, Guid.NewGuid()], Now);
        session.Score(Card, ann, Card.Answers(("A", "yes"), ("B", "yes"), ("C", "4")), Now);
        session.Score(Card, session.Participants[1].EvaluatorId, Card.Answers(("A", "no"), ("B", "no"), ("C", "0")), Now);
        Should.Throw<DomainException>(() => session.Close(Card, lead, [], "Agreed", null, Now)).Field.ShouldBe("answers");
        session.Close(Card, lead, Card.Answers(("A", "yes"), ("B", "no"), ("C", "4")), "Agreed", null, Now);
        session.ReferenceScore.ShouldBe(66.67m);
        session.Participants.Select(p => p.Deviation).ShouldBe([33.33m, 66.67m]);

        CalibrationSession.MeanAbsoluteDeviation([33.33m, 0m, 16.67m]).ShouldBe(16.67m);
        CalibrationSession.MeanAbsoluteDeviation([]).ShouldBeNull();
    }
}
