using System.Text.Json;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Catalogue;

/// <summary>API of the knowledge base under <c>/api/v1/knowledge</c>.</summary>
public static class KnowledgeEndpoints
{
    public static RouteGroupBuilder MapKnowledgeEndpoints(this RouteGroupBuilder api)
    {
        var knowledge = api.MapGroup("/knowledge").WithTags("Knowledge");
        var editors = KnowledgeBase.Editors;
        var approvers = KnowledgeArticle.ApproverRoles.ToArray();
        var articles = knowledge.MapGroup("/articles");
        articles.MapGet("/", List).WithName("SearchArticles")
            .WithSummary("GET /api/v1/knowledge/articles?query=&status=&productId= : search titles and bodies (case-insensitive); agents see published articles");
        articles.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(editors)).WithName("CreateArticle")
            .WithSummary("Write a draft article in Markdown (raw HTML is not rendered) with a review date; you own it unless ownerId says otherwise");
        articles.MapGet("/due-for-review", DueForReview).RequireAuthorization(p => p.RequireRole(editors)).WithName("MyArticlesDueForReview")
            .WithSummary("Reminders: your articles whose review date is within withinDays days (default 30), overdue first");
        articles.MapGet("/{id:guid}", Get).WithName("GetArticle").WithSummary("An article with its Markdown rendered as HTML");
        articles.MapPut("/{id:guid}", Revise).RequireAuthorization(p => p.RequireRole(editors)).WithName("ReviseArticle")
            .WithSummary("Save a new revision (owner or manager; send version). A published article returns to draft; agents keep the published revision");
        articles.MapPost("/{id:guid}/submit", Submit).RequireAuthorization(p => p.RequireRole(editors)).WithName("SubmitArticle")
            .WithSummary("Draft → in review");
        articles.MapPost("/{id:guid}/approve", Approve).RequireAuthorization(p => p.RequireRole(approvers)).WithName("ApproveArticle")
            .WithSummary("In review → published, by a manager or trainer who did not write the revision");
        articles.MapPost("/{id:guid}/return", Return).RequireAuthorization(p => p.RequireRole(approvers)).WithName("ReturnArticle")
            .WithSummary("In review → draft, with the reason");
        articles.MapPost("/{id:guid}/archive", Archive).RequireAuthorization(p => p.RequireRole(editors)).WithName("ArchiveArticle")
            .WithSummary("Withdraw the article (owner or manager)");
        articles.MapGet("/{id:guid}/revisions", Revisions).WithName("ListArticleRevisions").WithSummary("The version history");
        articles.MapGet("/{id:guid}/diff", Diff).WithName("DiffArticleRevisions")
            .WithSummary("GET ...?from=1&to=2 : line diff between two revisions");
        articles.MapPost("/{id:guid}/acknowledgements", Acknowledge).WithName("AcknowledgeArticle")
            .WithSummary("Acknowledge that you have read the article's current published change");
        articles.MapGet("/{id:guid}/acknowledgements", AcknowledgementStatus).RequireAuthorization(p => p.RequireRole(Acknowledgements.Overseers))
            .WithName("GetArticleAcknowledgements")
            .WithSummary("Who in your scope has and has not acknowledged it (team leaders: their team)");

        knowledge.MapGet("/acknowledgements/outstanding", Outstanding).RequireAuthorization(p => p.RequireRole(Acknowledgements.Overseers))
            .WithName("OutstandingAcknowledgements")
            .WithSummary("Articles and products with staff in your scope who have not acknowledged the current revision");
        knowledge.MapGet("/acknowledgements/mine", Mine).WithName("MyAcknowledgements")
            .WithSummary("What you still have to read and acknowledge");
        return api;
    }

    public static async Task<Ok<List<ArticleSummary>>> List(KnowledgeBase knowledge, string? query, string? status, Guid? productId,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.ListAsync(query, ParseStatus(status), productId, cancellationToken));

    public static async Task<Created<ArticleView>> Create(CreateArticleRequest request, ManageArticles manage, KnowledgeBase knowledge,
        CancellationToken cancellationToken)
    {
        var article = await manage.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/knowledge/articles/{article.Id}", await knowledge.GetAsync(article.Id, cancellationToken));
    }

    public static async Task<Ok<List<ArticleSummary>>> DueForReview(KnowledgeBase knowledge, int? withinDays, CancellationToken cancellationToken)
    {
        if (withinDays is < 0 or > 366)
        {
            throw new DomainException("validation", "withinDays must be between 0 and 366.", DomainErrorKind.Invalid, "withinDays");
        }

        return TypedResults.Ok(await knowledge.DueForReviewAsync(withinDays ?? 30, cancellationToken));
    }

    public static async Task<Ok<ArticleView>> Get(Guid id, KnowledgeBase knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.GetAsync(id, cancellationToken));

    public static async Task<Ok<ArticleView>> Revise(Guid id, ReviseArticleRequest request, ManageArticles manage, KnowledgeBase knowledge,
        CancellationToken cancellationToken)
    {
        await manage.ReviseAsync(id, request, cancellationToken);
        return TypedResults.Ok(await knowledge.GetAsync(id, cancellationToken));
    }

    public static Task<Ok<ArticleView>> Submit(Guid id, ArticleTransitionRequest request, ManageArticles manage, KnowledgeBase knowledge,
        CancellationToken cancellationToken) => Then(manage.SubmitAsync(id, request, cancellationToken), id, knowledge, cancellationToken);

    public static Task<Ok<ArticleView>> Approve(Guid id, ArticleTransitionRequest request, ManageArticles manage, KnowledgeBase knowledge,
        CancellationToken cancellationToken) => Then(manage.ApproveAsync(id, request, cancellationToken), id, knowledge, cancellationToken);

    public static Task<Ok<ArticleView>> Return(Guid id, ArticleTransitionRequest request, ManageArticles manage, KnowledgeBase knowledge,
        CancellationToken cancellationToken) => Then(manage.ReturnAsync(id, request, cancellationToken), id, knowledge, cancellationToken);

    public static Task<Ok<ArticleView>> Archive(Guid id, ArticleTransitionRequest request, ManageArticles manage, KnowledgeBase knowledge,
        CancellationToken cancellationToken) => Then(manage.ArchiveAsync(id, request, cancellationToken), id, knowledge, cancellationToken);

    public static async Task<Ok<List<RevisionView>>> Revisions(Guid id, KnowledgeBase knowledge, CancellationToken cancellationToken) =>
        TypedResults.Ok(await knowledge.RevisionsAsync(id, cancellationToken));

    public static async Task<Ok<RevisionDiffView>> Diff(Guid id, int? from, int? to, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (from is null)
        {
            throw new DomainException("validation", "Give the revision to compare from.", DomainErrorKind.Invalid, "from");
        }

        if (to is null)
        {
            throw new DomainException("validation", "Give the revision to compare to.", DomainErrorKind.Invalid, "to");
        }

        return TypedResults.Ok(await knowledge.DiffAsync(id, from.Value, to.Value, cancellationToken));
    }

    public static async Task<Created<AcknowledgedView>> Acknowledge(Guid id, Acknowledgements acknowledgements, CancellationToken cancellationToken)
    {
        var view = await acknowledgements.AcknowledgeArticleAsync(id, cancellationToken);
        return TypedResults.Created($"/api/v1/knowledge/articles/{id}/acknowledgements", view);
    }

    public static async Task<Ok<AcknowledgementStatusView>> AcknowledgementStatus(Guid id, Acknowledgements acknowledgements,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await acknowledgements.ArticleStatusAsync(id, cancellationToken));

    public static async Task<Ok<List<AcknowledgementStatusView>>> Outstanding(Acknowledgements acknowledgements, CancellationToken cancellationToken) =>
        TypedResults.Ok(await acknowledgements.OutstandingAsync(cancellationToken));

    public static async Task<Ok<List<ToAcknowledge>>> Mine(Acknowledgements acknowledgements, CancellationToken cancellationToken) =>
        TypedResults.Ok(await acknowledgements.MineAsync(cancellationToken));

    /// <summary>Accepts the JSON spelling of a status (<c>in-review</c>) or its name.</summary>
    public static ArticleStatus? ParseStatus(string? status)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<ArticleStatus>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()), status.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), status.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new DomainException("validation", "status must be draft, in-review, published or archived.", DomainErrorKind.Invalid, "status");
    }

    private static async Task<Ok<ArticleView>> Then(Task<KnowledgeArticle> change, Guid id, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        await change;
        return TypedResults.Ok(await knowledge.GetAsync(id, cancellationToken));
    }
}
