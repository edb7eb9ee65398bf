using Frontline.Domain.Communications;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Communications;

/// <summary>Procedures traced to policy clauses: which clauses apply, evaluation against the policy before approval, and reconciliation gaps.</summary>
public sealed class ProcedureTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly Guid Author = Guid.NewGuid(), ManagerA = Guid.NewGuid(), ManagerB = Guid.NewGuid(), Evaluator = Guid.NewGuid();

    /// <summary>A published policy: the mandatory components, with channel standards for phone and for e-mail, and one for written contact.</summary>
    private static CommunicationPolicy Published()
    {
        var clauses = CommunicationPolicyTests.Complete().Clauses.ToList();
        clauses.Add(new ClauseDefinition(PolicyComponent.ChannelStandards, "Answer phone calls within 20 seconds and give your name."));
        clauses.Add(new ClauseDefinition(PolicyComponent.ChannelStandards, "Reply to e-mails within one working day."));
        clauses.Add(new ClauseDefinition(PolicyComponent.Accessibility, "Offer written replies in large print when asked."));
        var policy = CommunicationPolicy.Create(new PolicyDefinition("Policy", clauses), Author, Now);
        policy.Submit(Now);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now);
        policy.Decide(null, ManagerB, "Manager", SignOffDecision.Agree, null, Now);
        policy.Publish(ManagerA, Now, Today);
        return policy;
    }

    private static PolicyClause Clause(CommunicationPolicy policy, string startsWith) => policy.Published!.Clauses.Single(c => c.Text.StartsWith(startsWith, StringComparison.Ordinal));

    private static ProcedureDefinition PhoneProcedure(CommunicationPolicy policy, params StepDefinition[] steps) => new("Opening a call", MediaMode.Verbal, "phone",
        "How every inbound call starts.", Author, Today.AddMonths(6), steps.Length > 0 ? steps : [new StepDefinition("Answer and give your name.", [Clause(policy, "Answer phone").Key])]);

    [Fact]
    public void Applies_TracedComponentsOnly_ChannelNamedClausesOnlyToThatChannel_ModeNamedClausesOnlyToThatMode()
    {
        var policy = Published();
        var phone = MediaChannels.Find("phone")!;
        var email = MediaChannels.Find("email")!;
        PolicyCoverage.Applies(Clause(policy, "Answer phone"), phone, MediaMode.Verbal).ShouldBeTrue();
        PolicyCoverage.Applies(Clause(policy, "Answer phone"), email, MediaMode.Written).ShouldBeFalse();
        PolicyCoverage.Applies(Clause(policy, "Reply to e-mails"), email, MediaMode.Written).ShouldBeTrue();
        PolicyCoverage.Applies(Clause(policy, "Reply to e-mails"), phone, MediaMode.Verbal).ShouldBeFalse();
        PolicyCoverage.Applies(Clause(policy, "Offer written"), phone, MediaMode.Verbal).ShouldBeFalse();
        PolicyCoverage.Applies(Clause(policy, "Offer written"), email, MediaMode.Written).ShouldBeTrue();
        // Purpose, roles and the review cycle govern the policy, not a procedure.
        var purpose = policy.Published!.Clauses.Single(c => c.Component == PolicyComponent.PurposeAndScope);
        PolicyCoverage.Applies(purpose, phone, MediaMode.Verbal).ShouldBeFalse();
        var objectives = policy.Published.Clauses.Single(c => c.Component == PolicyComponent.ServiceObjectives);
        PolicyCoverage.Applies(objectives, phone, MediaMode.Verbal).ShouldBeTrue();
    }

    [Fact]
    public void Draft_CitesOnlyClausesOfThePublishedVersion_ChannelMustFitMode_PolicyMustBePublished()
    {
        var policy = Published();
        Should.Throw<DomainException>(() => Procedure.Create(PhoneProcedure(policy, new StepDefinition("Do something.", [Guid.NewGuid()])), policy, Author, Now))
            .Field.ShouldBe("steps[0].clauseKeys");
        Should.Throw<DomainException>(() => Procedure.Create(PhoneProcedure(policy) with { Mode = MediaMode.Written }, policy, Author, Now)).Field.ShouldBe("channel");
        Should.Throw<DomainException>(() => Procedure.Create(PhoneProcedure(policy) with { ReviewOn = Today }, policy, Author, Now)).Field.ShouldBe("reviewOn");
        var draftPolicy = CommunicationPolicy.Create(CommunicationPolicyTests.Complete(), Author, Now);
        Should.Throw<DomainException>(() => Procedure.Create(PhoneProcedure(policy), draftPolicy, Author, Now)).Code.ShouldBe("procedure.policy-not-published");
        var procedure = Procedure.Create(PhoneProcedure(policy), policy, Author, Now);
        procedure.Latest.PolicyVersion.ShouldBe(1);
        procedure.Latest.Status.ShouldBe(ProcedureStatus.Draft);
    }

    [Fact]
    public void Evaluation_NeedsAVerdictOnEveryApplicableClause_BlocksApprovalUntilConsistent_AndAnEditSetsItAside()
    {
        var policy = Published();
        var procedure = Procedure.Create(PhoneProcedure(policy), policy, Author, Now);
        var applicable = procedure.Latest.Coverage(policy.Published!).Where(c => c.Applies).ToList();
        applicable.Single(c => c.Clause.Text.StartsWith("Answer phone", StringComparison.Ordinal)).CoveredBySteps.ShouldBe([1]);
        applicable.ShouldNotContain(c => c.Clause.Text.StartsWith("Reply to e-mails", StringComparison.Ordinal));

        Should.Throw<DomainException>(() => procedure.Approve(policy, ManagerA, Now)).Code.ShouldBe("procedure.not-evaluated");
        Should.Throw<DomainException>(() => procedure.Evaluate(policy, [new(applicable[0].Clause.Key, ClauseVerdict.Meets, null)], EvaluationOutcome.Consistent, null,
            Evaluator, Now)).Code.ShouldBe("procedure.evaluation.incomplete");
        var emailClause = Clause(policy, "Reply to e-mails").Key;
        Should.Throw<DomainException>(() => procedure.Evaluate(policy,
            [.. applicable.Select(c => new ClauseVerdictInput(c.Clause.Key, ClauseVerdict.Meets, null)), new(emailClause, ClauseVerdict.Meets, null)],
            EvaluationOutcome.Consistent, null, Evaluator, Now)).Code.ShouldBe("procedure.evaluation.clause");
        Should.Throw<DomainException>(() => procedure.Evaluate(policy,
            [.. applicable.Select(c => new ClauseVerdictInput(c.Clause.Key, c.Covered ? ClauseVerdict.Meets : ClauseVerdict.DoesNotMeet, null))],
            EvaluationOutcome.Consistent, null, Evaluator, Now)).Code.ShouldBe("procedure.evaluation.contradiction");

        procedure.Evaluate(policy, [.. applicable.Select(c => new ClauseVerdictInput(c.Clause.Key, c.Covered ? ClauseVerdict.Meets : ClauseVerdict.DoesNotMeet, null))],
            EvaluationOutcome.ChangesNeeded, "Add the service objective.", Evaluator, Now);
        Should.Throw<DomainException>(() => procedure.Approve(policy, ManagerA, Now)).Code.ShouldBe("procedure.changes-needed");

        procedure.Evaluate(policy, [.. applicable.Select(c => new ClauseVerdictInput(c.Clause.Key, c.Covered ? ClauseVerdict.Meets : ClauseVerdict.NotApplicable, null))],
            EvaluationOutcome.Consistent, null, Evaluator, Now.AddMinutes(1));
        // An edit after the evaluation sets it aside: the new text must be evaluated again.
        procedure.SaveDraft(PhoneProcedure(policy) with { Purpose = "How every inbound call starts, including transfers." }, policy, Now.AddMinutes(2));
        procedure.Latest.CurrentEvaluation.ShouldBeNull();
        Should.Throw<DomainException>(() => procedure.Approve(policy, ManagerA, Now)).Code.ShouldBe("procedure.not-evaluated");
        procedure.Evaluate(policy, [.. applicable.Select(c => new ClauseVerdictInput(c.Clause.Key, c.Covered ? ClauseVerdict.Meets : ClauseVerdict.NotApplicable, null))],
            EvaluationOutcome.Consistent, null, Evaluator, Now.AddMinutes(3));
        procedure.Approve(policy, ManagerA, Now).Status.ShouldBe(ProcedureStatus.Approved);
        procedure.Latest.Evaluations.Count.ShouldBe(3);
    }

    private static Procedure Approved(CommunicationPolicy policy, ProcedureDefinition definition)
    {
        var procedure = Procedure.Create(definition, policy, Author, Now);
        var applicable = procedure.Latest.Coverage(policy.Published!).Where(c => c.Applies);
        procedure.Evaluate(policy, [.. applicable.Select(c => new ClauseVerdictInput(c.Clause.Key, ClauseVerdict.NotApplicable, null))], EvaluationOutcome.Consistent,
            null, Evaluator, Now);
        procedure.Approve(policy, ManagerA, Now);
        return procedure;
    }

    [Fact]
    public void Reconciliation_FindsUnimplementedClauses_UntracedSteps_AndProceduresUnderAnOlderPolicyVersion()
    {
        var policy = Published();
        var traced = policy.Published!.Clauses.Where(c => PolicyCoverage.Traced.Contains(c.Component)).ToList();
        // One procedure cites every traced clause but the e-mail one, and has a step with no clause behind it.
        var phone = Approved(policy, PhoneProcedure(policy,
            new StepDefinition("Follow every standard.", [.. traced.Where(c => !c.Text.StartsWith("Reply to e-mails", StringComparison.Ordinal)).Select(c => c.Key)]),
            new StepDefinition("Offer a cup of tea.", [])));
        var draft = Procedure.Create(PhoneProcedure(policy, new StepDefinition("Reply to e-mails.", [Clause(policy, "Reply to e-mails").Key])), policy, Author, Now);

        var gaps = Reconciliation.Gaps(policy.Published, [phone, draft]);
        gaps.Where(g => g.Kind == GapKind.UnimplementedClause).ShouldHaveSingleItem().Key.ShouldBe($"clause:{Clause(policy, "Reply to e-mails").Key}");
        var untraced = gaps.Where(g => g.Kind == GapKind.UntracedStep).ShouldHaveSingleItem();
        untraced.StepNumber.ShouldBe(2);
        untraced.ProcedureId.ShouldBe(phone.Id);
        gaps.ShouldNotContain(g => g.Kind == GapKind.OutdatedProcedure);

        // Version 2 of the policy drops the e-mail clause: the procedure now follows an older version.
        var next = policy.NewVersion(Author, Now);
        var kept = next.Ordered.Where(c => !c.Text.StartsWith("Reply to e-mails", StringComparison.Ordinal))
            .Select(c => new ClauseDefinition(c.Component, c.Text, c.Heading, c.Id)).ToList();
        policy.SaveDraft(new PolicyDefinition("Policy", kept), Now);
        policy.Submit(Now);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now);
        policy.Decide(null, ManagerB, "Manager", SignOffDecision.Agree, null, Now);
        policy.Publish(ManagerA, Now, Today);

        var after = Reconciliation.Gaps(policy.Published!, [phone, draft]);
        after.ShouldNotContain(g => g.Kind == GapKind.UnimplementedClause);
        after.Where(g => g.Kind == GapKind.OutdatedProcedure).ShouldHaveSingleItem().ProcedureId.ShouldBe(phone.Id);

        // Recorded only when every gap has an action.
        Should.Throw<DomainException>(() => PolicyReconciliation.Record(policy.Id, 2, after, new Dictionary<string, Guid>(), null, Author, Now))
            .Kind.ShouldBe(DomainErrorKind.Conflict);
        var record = PolicyReconciliation.Record(policy.Id, 2, after, after.ToDictionary(g => g.Key, _ => Guid.NewGuid()), "Done.", Author, Now);
        (record.UnimplementedClauses, record.UntracedSteps, record.OutdatedProcedures).ShouldBe((0, 1, 1));
    }
}
