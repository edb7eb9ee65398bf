using Frontline.Domain.Communications;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Communications;

/// <summary>Policy completeness, the review and sign-off workflow, and the clause-by-clause diff between versions.</summary>
public sealed class CommunicationPolicyTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly Guid Author = Guid.NewGuid(), ManagerA = Guid.NewGuid(), ManagerB = Guid.NewGuid(), Reviewer = Guid.NewGuid();

    public static PolicyDefinition Complete(string title = "Customer communication policy", int agreements = 2) => new(title,
        [.. PolicyComponents.Mandatory.Select(c => new ClauseDefinition(c, $"We set out the {PolicyComponents.Name(c).ToLowerInvariant()} here."))], agreements);

    [Fact]
    public void Completeness_ListsEachMandatoryComponentWithoutAClause_AndSubmitRefusesIt()
    {
        PolicyComponents.Missing(Complete().Clauses.Select(c => (c.Component, c.Text))).ShouldBeEmpty();
        var partial = new PolicyDefinition("Partial", [new(PolicyComponent.PurposeAndScope, "Why."), new(PolicyComponent.Other, "Glossary.")]);
        var missing = PolicyComponents.Missing(partial.Clauses.Select(c => (c.Component, c.Text)));
        missing.Count.ShouldBe(8);
        missing.ShouldContain(PolicyComponent.Accessibility);
        missing.ShouldNotContain(PolicyComponent.PurposeAndScope);

        var policy = CommunicationPolicy.Create(partial, Author, Now);
        var error = Should.Throw<DomainException>(() => policy.Submit(Now));
        error.Code.ShouldBe("policy.incomplete");
        error.Field.ShouldBe("clauses");
        error.Message.ShouldContain("Accessibility and adjustments");
        policy.Latest.Status.ShouldBe(PolicyStatus.Draft);
    }

    [Fact]
    public void Workflow_ReviewCommentsResolved_Submitted_TwoManagersAgree_ThenPublished_AndAcknowledged()
    {
        var policy = CommunicationPolicy.Create(Complete(), Author, Now);
        policy.StartReview(Now).Status.ShouldBe(PolicyStatus.InReview);
        var clause = policy.Latest.Ordered.First();
        var comment = policy.Comment(clause.Id, Reviewer, "Say which customers are in scope.", Now);
        Should.Throw<DomainException>(() => policy.Submit(Now)).Code.ShouldBe("policy.open-comments");
        policy.Answer(comment.Id, Author, "Added: all retail customers.", resolve: true, Now);
        policy.Submit(Now).Status.ShouldBe(PolicyStatus.Submitted);

        Should.Throw<DomainException>(() => policy.Decide(null, Author, "Manager", SignOffDecision.Agree, null, Now)).Kind.ShouldBe(DomainErrorKind.Forbidden);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, "Fits our objectives.", Now);
        Should.Throw<DomainException>(() => policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now)).Code.ShouldBe("policy.signed");
        var early = Should.Throw<DomainException>(() => policy.Publish(ManagerA, Now, Today));
        early.Kind.ShouldBe(DomainErrorKind.Conflict);
        early.Message.ShouldContain("1 of 2");
        policy.Decide(null, ManagerB, "Manager", SignOffDecision.Agree, null, Now);
        policy.Latest.Status.ShouldBe(PolicyStatus.Agreed);

        var published = policy.Publish(ManagerA, Now, Today);
        published.Status.ShouldBe(PolicyStatus.Published);
        published.ReviewDueOn.ShouldBe(new DateOnly(2027, 12, 7));
        published.ReviewDue(new DateOnly(2027, 12, 7)).ShouldBeTrue();
        published.ReviewDue(new DateOnly(2027, 12, 6)).ShouldBeFalse();
        published.SignOffs.Select(s => s.SignerId).ShouldBe([ManagerA, ManagerB]);

        var agent = Guid.NewGuid();
        var first = policy.Acknowledge(agent, Now);
        policy.Acknowledge(agent, Now.AddHours(1)).ShouldBeSameAs(first);
        published.Acknowledgements.Count.ShouldBe(1);
    }

    [Fact]
    public void Rejection_ReturnsToDraftWithReasons_KeepsTheSignOffsAsHistory_AndANewRoundStarts()
    {
        var policy = CommunicationPolicy.Create(Complete(), Author, Now);
        policy.Submit(Now);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now);
        Should.Throw<DomainException>(() => policy.Decide(null, ManagerB, "Manager", SignOffDecision.Reject, " ", Now)).Field.ShouldBe("comment");
        policy.Decide(null, ManagerB, "Manager", SignOffDecision.Reject, "Response times for e-mail are missing.", Now);

        var version = policy.Latest;
        version.Status.ShouldBe(PolicyStatus.Draft);
        version.RejectionReason.ShouldBe("Response times for e-mail are missing.");
        version.Round.ShouldBe(2);
        version.SignOffs.Count.ShouldBe(2);
        version.AgreementsThisRound.ShouldBe(0);

        policy.Submit(Now);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now); // a new round: ManagerA signs again
        policy.Latest.Status.ShouldBe(PolicyStatus.Submitted);
    }

    [Fact]
    public void NextVersion_SupersedesThePublishedOne_WhichCanNoLongerBeAgreed_AndTheDiffIsClauseByClause()
    {
        var policy = CommunicationPolicy.Create(Complete(agreements: 1), Author, Now);
        policy.Submit(Now);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now);
        var v1 = policy.Publish(ManagerA, Now, Today);
        policy.NewVersion(Author, Now).Number.ShouldBe(2);

        var v2 = policy.Working.ShouldNotBeNull();
        v2.Clauses.Select(c => c.Key).ShouldBe(v1.Ordered.Select(c => c.Key));
        Should.Throw<DomainException>(() => policy.NewVersion(Author, Now)).Code.ShouldBe("policy.working-exists");

        var clauses = v2.Ordered.ToList();
        var edited = clauses.Select(c => new ClauseDefinition(c.Component, c.Text, c.Heading, c.Id)).ToList();
        edited[3] = edited[3] with { Text = "E-mails are answered within one working day, in plain language." };
        edited.RemoveAt(7);
        edited.Add(new ClauseDefinition(PolicyComponent.RolesAndResponsibilities, "Team leaders check five e-mails a week."));
        policy.SaveDraft(Complete(agreements: 1) with { Clauses = edited }, Now);

        var diff = PolicyDiff.Compare(v1, v2);
        diff.Count(d => d.Change == ClauseChange.Unchanged).ShouldBe(7);
        var changed = diff.Single(d => d.Change == ClauseChange.Changed);
        changed.Component.ShouldBe(PolicyComponent.ChannelStandards);
        string.Concat(changed.Pieces.Where(p => p.Kind != DiffPieceKind.Inserted).Select(p => p.Text)).ShouldBe(v1.Ordered.ElementAt(3).Text);
        changed.Pieces.ShouldContain(p => p.Kind == DiffPieceKind.Inserted && p.Text.Contains("working", StringComparison.Ordinal));
        string.Concat(changed.Pieces.Where(p => p.Kind != DiffPieceKind.Deleted).Select(p => p.Text)).ShouldBe(edited[3].Text);
        diff.Single(d => d.Change == ClauseChange.Added).Pieces.Single().Text.ShouldBe("Team leaders check five e-mails a week.");
        diff.Single(d => d.Change == ClauseChange.Removed).Component.ShouldBe(PolicyComponent.RolesAndResponsibilities);

        policy.Submit(Now);
        policy.Decide(null, ManagerA, "Manager", SignOffDecision.Agree, null, Now);
        policy.Publish(ManagerA, Now, Today);
        v1.Status.ShouldBe(PolicyStatus.Superseded);
        policy.Published.ShouldBeSameAs(v2);
        Should.Throw<DomainException>(() => policy.Decide(1, ManagerB, "Manager", SignOffDecision.Agree, null, Now)).Code.ShouldBe("policy.superseded");
    }

    [Fact]
    public void Words_DiffRebuildsBothTexts_AndMarksOnlyTheChangedWords()
    {
        var pieces = PolicyDiff.Words("Reply within two days.", "Reply within one day.");
        pieces[0].ShouldBe(new DiffPiece(DiffPieceKind.Same, "Reply within "));
        string.Concat(pieces.Where(p => p.Kind != DiffPieceKind.Inserted).Select(p => p.Text)).ShouldBe("Reply within two days.");
        string.Concat(pieces.Where(p => p.Kind != DiffPieceKind.Deleted).Select(p => p.Text)).ShouldBe("Reply within one day.");
        pieces.Where(p => p.Kind == DiffPieceKind.Deleted).Select(p => p.Text.Trim()).ShouldContain("two");
        pieces.Where(p => p.Kind == DiffPieceKind.Inserted).Select(p => p.Text.Trim()).ShouldContain("one");
        PolicyDiff.Words("Same text.", "Same text.").ShouldBe([new DiffPiece(DiffPieceKind.Same, "Same text.")]);
    }
}
