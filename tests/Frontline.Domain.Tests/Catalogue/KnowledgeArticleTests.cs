using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Catalogue;

public sealed class KnowledgeArticleTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Approver = Guid.NewGuid();

    private static KnowledgeArticle Draft() => KnowledgeArticle.Create("Cancellation rights", "Body", Author, new DateOnly(2027, 5, 1), Now);

    [Fact]
    public void Lifecycle_DraftReviewPublishedArchived()
    {
        var article = Draft();
        article.SubmitForReview(Now);
        article.Status.ShouldBe(ArticleStatus.InReview);
        article.Approve(Approver, [Roles.Trainer], Now);
        article.Status.ShouldBe(ArticleStatus.Published);
        article.PublishedRevision.ShouldBe(1);
        article.AcknowledgeRevision.ShouldBe(1, "a first publication is read by everyone");
        article.Archive(Now);
        article.Status.ShouldBe(ArticleStatus.Archived);
        article.AcknowledgeRevision.ShouldBeNull();
    }

    [Fact]
    public void Author_CannotApproveOwnRevision()
    {
        var article = Draft();
        article.SubmitForReview(Now);
        Should.Throw<DomainException>(() => article.Approve(Author, [Roles.Manager], Now)).Kind.ShouldBe(DomainErrorKind.Forbidden);
    }

    [Fact]
    public void OnlyManagersAndTrainers_Approve()
    {
        var article = Draft();
        article.SubmitForReview(Now);
        Should.Throw<DomainException>(() => article.Approve(Approver, [Roles.Agent, Roles.TeamLeader], Now)).Code.ShouldBe("article.approver-role");
    }

    [Fact]
    public void IllegalTransitions_AreConflictsWithAReason()
    {
        var article = Draft();
        var error = Should.Throw<DomainException>(() => article.Approve(Approver, [Roles.Manager], Now));
        error.Kind.ShouldBe(DomainErrorKind.Conflict);
        error.Message.ShouldContain("draft");
        article.SubmitForReview(Now);
        Should.Throw<DomainException>(() => article.Revise("t", "b", Author, true, Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
        Should.Throw<DomainException>(() => article.SubmitForReview(Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
    }

    [Fact]
    public void RevisingPublished_KeepsPublishedRevision_AndMinorChangeNeedsNoNewAcknowledgement()
    {
        var article = Draft();
        article.SubmitForReview(Now);
        article.Approve(Approver, [Roles.Manager], Now);

        article.Revise("Cancellation rights", "Typo fixed", Author, material: false, Now);
        article.Status.ShouldBe(ArticleStatus.Draft);
        article.Revision.ShouldBe(2);
        article.PublishedRevision.ShouldBe(1);
        article.SubmitForReview(Now);
        article.Approve(Approver, [Roles.Manager], Now);
        article.PublishedRevision.ShouldBe(2);
        article.AcknowledgeRevision.ShouldBe(1);

        article.Revise("Cancellation rights", "New rule", Author, material: true, Now);
        article.SubmitForReview(Now);
        article.Approve(Approver, [Roles.Manager], Now);
        article.AcknowledgeRevision.ShouldBe(3);
    }

    [Theory]
    [InlineData("2026-11-30", 7, true)]
    [InlineData("2026-12-01", 7, false)]
    [InlineData("2026-11-01", 0, true)]
    public void DueForReview_IncludesOverdueAndWindow(string reviewDate, int withinDays, bool due)
    {
        var article = Draft();
        article.ReviewDate = DateOnly.Parse(reviewDate, System.Globalization.CultureInfo.InvariantCulture);
        article.IsDueForReview(new DateOnly(2026, 11, 23), withinDays).ShouldBe(due);
    }

    [Fact]
    public void TextDiff_MarksAddedAndRemovedLines()
    {
        var diff = TextDiff.Lines("a\nb\nc", "a\nB\nc\nd");
        diff.Select(l => (l.Kind, l.Text)).ShouldBe(
        [
            (DiffKind.Same, "a"), (DiffKind.Removed, "b"), (DiffKind.Added, "B"), (DiffKind.Same, "c"), (DiffKind.Added, "d"),
        ]);
    }
}
