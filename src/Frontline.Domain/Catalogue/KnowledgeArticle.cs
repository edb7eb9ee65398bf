using Frontline.Domain.Platform;

namespace Frontline.Domain.Catalogue;

/// <summary>Where an article is in its approval life: draft → in review → published → archived.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

/// <summary>
/// A knowledge article (Markdown) with an owner, approval and review date. Every edit is a new revision kept in
/// the history; agents read the last approved revision while a new one is drafted and reviewed.
/// </summary>
public sealed class KnowledgeArticle : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 50_000;

    /// <summary>Roles that may approve an article for publication (never the author of that revision).</summary>
    public static readonly IReadOnlyList<string> ApproverRoles = [Roles.Manager, Roles.Trainer];

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    /// <summary>Markdown of the working revision.</summary>
    public required string Body { get; set; }

    public Guid OwnerId { get; set; }

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;

    /// <summary>The working revision number (1 for a new article).</summary>
    public int Revision { get; private set; } = 1;

    /// <summary>Who wrote the working revision; they cannot approve it.</summary>
    public Guid RevisionAuthorId { get; private set; }

    /// <summary>Whether the working revision is a material change that staff must acknowledge once published.</summary>
    public bool RevisionIsMaterial { get; private set; } = true;

    /// <summary>The revision agents see; null until first published.</summary>
    public int? PublishedRevision { get; private set; }

    /// <summary>The last published revision that staff must acknowledge; null when none needs acknowledging.</summary>
    public int? AcknowledgeRevision { get; private set; }

    public DateOnly ReviewDate { get; set; }

    /// <summary>The product the article is about, if any.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>Teams that must read it; empty means the whole centre.</summary>
    public List<Guid> AudienceTeamIds { get; set; } = [];

    public Guid? ApprovedById { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public static KnowledgeArticle Create(string title, string body, Guid authorId, DateOnly reviewDate, DateTime now) =>
        new() { Title = title, Body = body, OwnerId = authorId, RevisionAuthorId = authorId, ReviewDate = reviewDate, UpdatedAt = now };

    /// <summary>
    /// Records a new revision. A published article goes back to draft for approval; agents keep reading the
    /// published revision meanwhile. An article in review must be returned to draft first.
    /// </summary>
    public void Revise(string title, string body, Guid authorId, bool material, DateTime now)
    {
        if (Status is ArticleStatus.InReview or ArticleStatus.Archived)
        {
            throw Illegal("edit", "only a draft or a published article can be edited; an article in review must be returned to draft first");
        }

        Title = title;
        Body = body;
        Revision++;
        RevisionAuthorId = authorId;
        RevisionIsMaterial = material || PublishedRevision is null;
        Status = ArticleStatus.Draft;
        ReturnReason = null;
        UpdatedAt = now;
    }

    public void SubmitForReview(DateTime now)
    {
        Require(ArticleStatus.Draft, "submit for review");
        Status = ArticleStatus.InReview;
        UpdatedAt = now;
    }

    /// <summary>Approves and publishes the revision in review. The approver needs an approver role and must not be its author.</summary>
    public void Approve(Guid approverId, IEnumerable<string> approverRoles, DateTime now)
    {
        Require(ArticleStatus.InReview, "approve");
        if (!approverRoles.Any(r => ApproverRoles.Contains(r, StringComparer.Ordinal)))
        {
            throw new DomainException("article.approver-role", "Only a manager or a trainer can approve an article.", DomainErrorKind.Forbidden);
        }

        if (approverId == RevisionAuthorId)
        {
            throw new DomainException("article.own-approval", "You wrote this revision, so someone else must approve it.", DomainErrorKind.Forbidden);
        }

        Status = ArticleStatus.Published;
        PublishedRevision = Revision;
        if (RevisionIsMaterial)
        {
            AcknowledgeRevision = Revision;
        }

        ApprovedById = approverId;
        ApprovedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Sends the revision in review back to its author with the reason.</summary>
    public void ReturnToDraft(string reason, DateTime now)
    {
        Require(ArticleStatus.InReview, "return to draft");
        Status = ArticleStatus.Draft;
        ReturnReason = reason;
        UpdatedAt = now;
    }

    /// <summary>Withdraws the article: nobody is asked to read it any more.</summary>
    public void Archive(DateTime now)
    {
        if (Status == ArticleStatus.Archived)
        {
            throw Illegal("archive", "it is already archived");
        }

        Status = ArticleStatus.Archived;
        AcknowledgeRevision = null;
        UpdatedAt = now;
    }

    /// <summary>True when its review date has come within <paramref name="withinDays"/> of <paramref name="today"/>.</summary>
    public bool IsDueForReview(DateOnly today, int withinDays) =>
        Status != ArticleStatus.Archived && ReviewDate <= today.AddDays(withinDays);

    private void Require(ArticleStatus expected, string action)
    {
        if (Status != expected)
        {
            throw Illegal(action, $"it must be {Describe(expected)}");
        }
    }

    private DomainException Illegal(string action, string why) =>
        new("article.transition", $"This article cannot {action} while it is {Describe(Status)}: {why}.", DomainErrorKind.Conflict);

    public static string Describe(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "draft",
        ArticleStatus.InReview => "in review",
        ArticleStatus.Published => "published",
        ArticleStatus.Archived => "archived",
    };
}

/// <summary>One revision of an article as it was saved: the version history.</summary>
public sealed class ArticleRevision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ArticleId { get; init; }

    public int Number { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public Guid AuthorId { get; init; }

    public DateTime SavedAt { get; init; }

    public bool Material { get; init; }

    public string? Note { get; init; }
}

/// <summary>What a staff member acknowledges having read: an article or a product.</summary>
public enum AcknowledgementSubject
{
    Article,
    Product,
}

/// <summary>A staff member's acknowledgement that they read a revision of an article or product.</summary>
public sealed class ReadAcknowledgement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public AcknowledgementSubject Subject { get; init; }

    public Guid SubjectId { get; init; }

    public int Revision { get; init; }

    public Guid StaffId { get; init; }

    public DateTime AcknowledgedAt { get; init; }
}
