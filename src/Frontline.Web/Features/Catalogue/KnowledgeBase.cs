using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// Reads knowledge articles. Editors (managers, trainers, team leaders, compliance, administrators) see every
/// status; other staff see the last published revision of articles that are not archived.
/// </summary>
public sealed class KnowledgeBase(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    /// <summary>Roles that write articles.</summary>
    public static readonly string[] Editors = [Roles.Manager, Roles.Administrator, Roles.Trainer, Roles.TeamLeader, Roles.ComplianceOfficer];

    public bool IsEditor => me.IsInAnyRole(Editors);

    /// <summary>Searches titles and bodies, case-insensitively.</summary>
    public async Task<List<ArticleSummary>> ListAsync(string? query, ArticleStatus? status, Guid? productId, CancellationToken cancellationToken)
    {
        var articles = Visible();
        if (status is { } s)
        {
            articles = articles.Where(a => a.Status == s);
        }

        if (productId is { } p)
        {
            articles = articles.Where(a => a.ProductId == p);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var pattern = $"%{query.Trim().ToLowerInvariant()}%";
            articles = articles.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern) || EF.Functions.Like(a.Body.ToLower(), pattern));
        }

        var list = await articles.OrderBy(a => a.Title).Take(500).ToListAsync(cancellationToken);
        return await SummariesAsync(list, cancellationToken);
    }

    /// <summary>The caller's articles whose review date falls within <paramref name="withinDays"/> days (overdue included).</summary>
    public async Task<List<ArticleSummary>> DueForReviewAsync(int withinDays, CancellationToken cancellationToken)
    {
        var limit = Today().AddDays(withinDays);
        var myId = me.Id;
        var list = await db.Set<KnowledgeArticle>().AsNoTracking()
            .Where(a => a.OwnerId == myId && a.Status != ArticleStatus.Archived && a.ReviewDate <= limit)
            .OrderBy(a => a.ReviewDate).ToListAsync(cancellationToken);
        return await SummariesAsync(list, cancellationToken);
    }

    public DateOnly Today() => Frontline.Domain.Platform.Calendar.UkTime.LocalDate(clock.GetUtcNow());

    public async Task<KnowledgeArticle> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Visible().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw DomainException.NotFound("article");

    public async Task<ArticleView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        var (title, body) = (article.Title, article.Body);
        if (!IsEditor && article.PublishedRevision is { } published && published != article.Revision)
        {
            var revision = await db.Set<ArticleRevision>().AsNoTracking()
                .SingleAsync(r => r.ArticleId == id && r.Number == published, cancellationToken);
            (title, body) = (revision.Title, revision.Body);
        }

        var names = await ProductCatalogue.StaffNamesAsync(db, [article.OwnerId], cancellationToken);
        var myId = me.Id;
        var acknowledged = article.AcknowledgeRevision is { } ack && await db.Set<ReadAcknowledgement>().AnyAsync(a =>
            a.Subject == AcknowledgementSubject.Article && a.SubjectId == id && a.Revision == ack && a.StaffId == myId, cancellationToken);
        return new ArticleView(article.Id, title, body, KnowledgeMarkdown.ToHtml(body), article.Status, article.Revision,
            article.PublishedRevision, article.OwnerId, names.GetValueOrDefault(article.OwnerId, "unknown"), article.RevisionAuthorId,
            article.ReviewDate, article.ProductId, article.AudienceTeamIds, article.ApprovedById,
            article.ApprovedAt is { } at ? ProductCatalogue.Instant(at) : null, article.ReturnReason, article.AcknowledgeRevision, acknowledged,
            ProductCatalogue.Instant(article.UpdatedAt), article.Version);
    }

    public async Task<List<RevisionView>> RevisionsAsync(Guid id, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        var revisions = await Revisions(id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        var names = await ProductCatalogue.StaffNamesAsync(db, revisions.Select(r => r.AuthorId), cancellationToken);
        return revisions.Select(r => new RevisionView(r.Number, r.Title, r.AuthorId, names.GetValueOrDefault(r.AuthorId, "unknown"),
            ProductCatalogue.Instant(r.SavedAt), r.Material, r.Note)).ToList();
    }

    /// <summary>Line diff of the bodies of two revisions (title changes are reported alongside).</summary>
    public async Task<RevisionDiffView> DiffAsync(Guid id, int from, int to, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        var pair = await Revisions(id).Where(r => r.Number == from || r.Number == to).ToListAsync(cancellationToken);
        var a = pair.FirstOrDefault(r => r.Number == from)
            ?? throw new DomainException("revision.not-found", $"There is no revision {from}.", DomainErrorKind.Invalid, "from");
        var b = pair.FirstOrDefault(r => r.Number == to)
            ?? throw new DomainException("revision.not-found", $"There is no revision {to}.", DomainErrorKind.Invalid, "to");
        return new RevisionDiffView(from, to, a.Title, b.Title, TextDiff.Lines(a.Body, b.Body));
    }

    /// <summary>Editors see every revision; other staff only those up to the published one.</summary>
    private IQueryable<ArticleRevision> Revisions(Guid id)
    {
        var revisions = db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == id);
        if (!IsEditor)
        {
            var published = db.Set<KnowledgeArticle>().Where(a => a.Id == id).Select(a => a.PublishedRevision ?? 0);
            revisions = revisions.Where(r => r.Number <= published.First());
        }

        return revisions;
    }

    private IQueryable<KnowledgeArticle> Visible()
    {
        var articles = db.Set<KnowledgeArticle>().AsNoTracking();
        return IsEditor ? articles : articles.Where(a => a.PublishedRevision != null && a.Status != ArticleStatus.Archived);
    }

    private async Task<List<ArticleSummary>> SummariesAsync(List<KnowledgeArticle> list, CancellationToken cancellationToken)
    {
        var names = await ProductCatalogue.StaffNamesAsync(db, list.Select(a => a.OwnerId), cancellationToken);
        return list.Select(a => new ArticleSummary(a.Id, a.Title, a.Status, a.Revision, a.PublishedRevision, a.OwnerId,
            names.GetValueOrDefault(a.OwnerId, "unknown"), a.ReviewDate, a.ProductId, ProductCatalogue.Instant(a.UpdatedAt), a.Version)).ToList();
    }
}
