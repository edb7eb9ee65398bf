using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using static Frontline.Domain.Tests.Quality.ScorecardBuilder;

namespace Frontline.Domain.Tests.Quality;

public sealed class EvaluationTests
{
    private static readonly Guid Agent = Guid.NewGuid();
    private static readonly Guid Evaluator = Guid.NewGuid();
    private static readonly Guid TeamLeader = Guid.NewGuid();

    private static readonly ScorecardVersion Card = Published(
        Section("Opening", 1, YesNo("Greeting"), YesNo("ID&V", critical: Criticality.Compliance)),
        Section("Rapport", 1, Scale("Empathy", 4)));

    private static Evaluation Submitted(string idv = "yes")
    {
        var evaluation = Evaluation.Start(Card, EvaluationSubject.Contact, Guid.NewGuid(), null, null, "phone", Now, Agent, Guid.NewGuid(), Evaluator,
            EvaluationMethod.CallListening, Now);
        evaluation.SetAnswers(Card, Card.Answers(("Greeting", "no"), ("ID&V", idv), ("Empathy", "2")), Now);
        evaluation.Submit(Card, Now);
        return evaluation;
    }

    [Fact]
    public void Submit_Scores_AndFlagsComplianceCriticalFailure()
    {
        Submitted().Score.ShouldBe(50m); // Opening 0.5, Rapport 0.5.
        var failed = Submitted(idv: "no");
        failed.Score.ShouldBe(0m);
        failed.ScoreBeforeCritical.ShouldBe(25m);
        failed.Band.ShouldBe("fail");
        failed.ComplianceCriticalFailed.ShouldBeTrue();
        failed.Status.ShouldBe(EvaluationStatus.Submitted);
        Should.Throw<DomainException>(() => failed.SetAnswers(Card, [], Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
    }

    [Fact]
    public void Draft_MayBePartial_ButSubmitNeedsEveryAnswer()
    {
        var evaluation = Evaluation.Start(Card, EvaluationSubject.Contact, null, null, null, null, null, Agent, null, Evaluator, EvaluationMethod.RemoteReview, Now);
        evaluation.SetAnswers(Card, Card.Answers(("Greeting", "yes")), Now);
        evaluation.Score.ShouldBeNull();
        Should.Throw<DomainException>(() => evaluation.Submit(Card, Now)).Field.ShouldBe("answers");
        Should.Throw<DomainException>(() => Evaluation.Start(Card, EvaluationSubject.Contact, null, null, null, null, null, Agent, null, Agent,
            EvaluationMethod.RemoteReview, Now)).Kind.ShouldBe(DomainErrorKind.Forbidden);
    }

    [Fact]
    public void Dispute_Once_ByTheAgent_ThenUpheld_RescoresAndRecordsTheChange()
    {
        var evaluation = Submitted();
        Should.Throw<DomainException>(() => evaluation.Dispute(Card, Evaluator, [Card.Id("Greeting")], "No", Now)).Kind.ShouldBe(DomainErrorKind.Forbidden);
        Should.Throw<DomainException>(() => evaluation.Dispute(Card, Agent, [Card.Id("Greeting")], " ", Now)).Field.ShouldBe("reason");
        var dispute = evaluation.Dispute(Card, Agent, [Card.Id("Greeting")], "I greeted the customer at 00:04.", Now);
        Should.Throw<DomainException>(() => evaluation.Dispute(Card, Agent, [Card.Id("Greeting")], "Again", Now)).Kind.ShouldBe(DomainErrorKind.Conflict);

        Should.Throw<DomainException>(() => evaluation.Decide(Card, dispute.Id, Evaluator, true, "Fair", Card.Answers(("Greeting", "yes")), Now))
            .Code.ShouldBe("dispute.own-evaluation");
        Should.Throw<DomainException>(() => evaluation.Decide(Card, dispute.Id, TeamLeader, true, "Fair", Card.Answers(("Empathy", "4")), Now))
            .Field.ShouldBe("answers");
        evaluation.Decide(Card, dispute.Id, TeamLeader, true, "The greeting is at 00:04.", Card.Answers(("Greeting", "yes")), Now);

        evaluation.Score.ShouldBe(75m); // Opening 1, Rapport 0.5.
        evaluation.Status.ShouldBe(EvaluationStatus.Arbitrated);
        dispute.Status.ShouldBe(DisputeStatus.Upheld);
        dispute.ScoreBefore.ShouldBe(50m);
        dispute.ScoreAfter.ShouldBe(75m);
        dispute.Changes.ShouldBe([new AnswerChange(Card.Id("Greeting"), "no", "yes")]);
        evaluation.History.Select(h => h.Kind).ShouldBe(["created", "submitted", "disputed", "dispute-upheld"]);
        Should.Throw<DomainException>(() => evaluation.Decide(Card, dispute.Id, TeamLeader, false, "Changed my mind", [], Now)).Kind
            .ShouldBe(DomainErrorKind.Conflict);
    }

    [Fact]
    public void Rejected_LeavesTheScore_AndAcknowledgedCannotBeDisputed()
    {
        var evaluation = Submitted();
        var dispute = evaluation.Dispute(Card, Agent, [Card.Id("Empathy")], "I was empathetic.", Now);
        evaluation.Decide(Card, dispute.Id, TeamLeader, false, "Two empathy statements were missed.", [], Now);
        evaluation.Score.ShouldBe(50m);
        dispute.Status.ShouldBe(DisputeStatus.Rejected);

        var acknowledged = Submitted();
        acknowledged.Acknowledge(Agent, "Thanks, noted.", Now);
        acknowledged.AgentComment.ShouldBe("Thanks, noted.");
        Should.Throw<DomainException>(() => acknowledged.Dispute(Card, Agent, [Card.Id("Empathy")], "Actually…", Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
    }
}
