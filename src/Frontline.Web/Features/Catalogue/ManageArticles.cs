using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// Writes knowledge articles and moves them through approval: create, revise (each save is a revision in the
/// history), submit for review, approve and publish (a manager or trainer who did not write it), return to
/// draft with a reason, archive. The owner or a manager may edit, submit and archive.
/// </summary>
public sealed class ManageArticles(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, KnowledgeBase knowledge)
{
    public const int MaxReviewYears = 3;

    public async Task<KnowledgeArticle> CreateAsync(CreateArticleRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var now = clock.GetUtcNow().UtcDateTime;
        CheckReviewDate(request.ReviewDate!.Value);
        var ownerId = request.OwnerId ?? me.Id;
        await CheckReferencesAsync(ownerId, request.ProductId, request.AudienceTeamIds, cancellationToken);
        var article = KnowledgeArticle.Create(Text(request.Title), Text(request.Body), me.Id, request.ReviewDate.Value, now);
        article.OwnerId = ownerId;
        article.ProductId = request.ProductId;
        article.AudienceTeamIds = [.. (request.AudienceTeamIds ?? []).Distinct()];
        db.Add(article);
        db.Add(RevisionOf(article, "Created", now));
        await db.SaveChangesAsync(cancellationToken);
        return article;
    }

    public async Task<KnowledgeArticle> ReviseAsync(Guid id, ReviseArticleRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var article = await LoadForChangeAsync(id, request.Version, cancellationToken);
        RequireOwnerOrManager(article, "edit");
        CheckReviewDate(request.ReviewDate!.Value);
        var ownerId = request.OwnerId ?? article.OwnerId;
        await CheckReferencesAsync(ownerId, request.ProductId, request.AudienceTeamIds, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        article.Revise(Text(request.Title), Text(request.Body), me.Id, request.MaterialChange ?? true, now);
        article.ReviewDate = request.ReviewDate.Value;
        article.OwnerId = ownerId;
        article.ProductId = request.ProductId;
        article.AudienceTeamIds = [.. (request.AudienceTeamIds ?? []).Distinct()];
        db.Add(RevisionOf(article, request.ChangeNote is null ? null : Text(request.ChangeNote), now));
        await db.SaveChangesAsync(cancellationToken);
        return article;
    }

    public Task<KnowledgeArticle> SubmitAsync(Guid id, ArticleTransitionRequest request, CancellationToken cancellationToken) =>
        TransitionAsync(id, request, a =>
        {
            RequireOwnerOrManager(a, "submit");
            a.SubmitForReview(Now());
        }, cancellationToken);

    public Task<KnowledgeArticle> ApproveAsync(Guid id, ArticleTransitionRequest request, CancellationToken cancellationToken) =>
        TransitionAsync(id, request, a => a.Approve(me.Id, me.User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value),
            Now()), cancellationToken);

    public Task<KnowledgeArticle> ReturnAsync(Guid id, ArticleTransitionRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new DomainException("validation", "Say why the article goes back to its author.", DomainErrorKind.Invalid, "reason");
        }

        return TransitionAsync(id, request, a => a.ReturnToDraft(Text(request.Reason), Now()), cancellationToken);
    }

    public Task<KnowledgeArticle> ArchiveAsync(Guid id, ArticleTransitionRequest request, CancellationToken cancellationToken) =>
        TransitionAsync(id, request, a =>
        {
            RequireOwnerOrManager(a, "archive");
            a.Archive(Now());
        }, cancellationToken);

    private async Task<KnowledgeArticle> TransitionAsync(Guid id, ArticleTransitionRequest request, Action<KnowledgeArticle> change,
        CancellationToken cancellationToken)
    {
        var article = await LoadForChangeAsync(id, request.Version, cancellationToken);
        change(article);
        await db.SaveChangesAsync(cancellationToken);
        return article;
    }

    private async Task<KnowledgeArticle> LoadForChangeAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        await knowledge.FindAsync(id, cancellationToken);
        var article = await db.Set<KnowledgeArticle>().SingleAsync(a => a.Id == id, cancellationToken);
        if (version is null)
        {
            throw new DomainException("validation", "Send the version you read.", DomainErrorKind.Invalid, "version");
        }

        if (version != article.Version)
        {
            throw new DomainException("version.stale",
                $"This article was changed by someone else (version {article.Version}, yours {version}). Reload and apply your change again.",
                DomainErrorKind.Conflict);
        }

        return article;
    }

    private void RequireOwnerOrManager(KnowledgeArticle article, string action)
    {
        if (article.OwnerId != me.Id && !me.IsInAnyRole(Roles.Manager, Roles.Administrator))
        {
            throw new DomainException("article.not-owner", $"Only the article's owner or a manager can {action} it.", DomainErrorKind.Forbidden);
        }
    }

    private void CheckReviewDate(DateOnly reviewDate)
    {
        var today = knowledge.Today();
        if (reviewDate <= today)
        {
            throw new DomainException("article.review-date", "The review date must be in the future.", DomainErrorKind.Invalid, "reviewDate");
        }

        if (reviewDate > today.AddYears(MaxReviewYears))
        {
            throw new DomainException("article.review-date", $"Review the article at least every {MaxReviewYears} years.", DomainErrorKind.Invalid,
                "reviewDate");
        }
    }

    private async Task CheckReferencesAsync(Guid ownerId, Guid? productId, IReadOnlyList<Guid>? teamIds, CancellationToken cancellationToken)
    {
        if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == ownerId && s.IsActive, cancellationToken))
        {
            throw new DomainException("article.owner", "The owner must be an active member of staff.", DomainErrorKind.Invalid, "ownerId");
        }

        if (productId is { } p && !await db.Set<Product>().AnyAsync(x => x.Id == p, cancellationToken))
        {
            throw new DomainException("product.not-found", "There is no such product.", DomainErrorKind.Invalid, "productId");
        }

        var wanted = (teamIds ?? []).Distinct().ToList();
        if (wanted.Count > 0 && await db.Set<Team>().CountAsync(t => wanted.Contains(t.Id), cancellationToken) != wanted.Count)
        {
            throw new DomainException("team.not-found", "One of the audience teams does not exist.", DomainErrorKind.Invalid, "audienceTeamIds");
        }
    }

    internal static ArticleRevision RevisionOf(KnowledgeArticle article, string? note, DateTime now) => new()
    {
        ArticleId = article.Id, Number = article.Revision, Title = article.Title, Body = article.Body, AuthorId = article.RevisionAuthorId,
        SavedAt = now, Material = article.RevisionIsMaterial, Note = note,
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string Text(string value) => CardNumberRedactor.Redact(value.Trim())!;
}
