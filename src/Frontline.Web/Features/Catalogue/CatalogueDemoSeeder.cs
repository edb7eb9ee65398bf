using System.Text.Json;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// The demo centre's catalogue: five UK retail-banking products (from <c>seed/Catalogue/products.json</c>) with a
/// material change on the credit card, knowledge articles in every state (<c>articles.json</c>), and some staff
/// having acknowledged what they read, so the acknowledgement report has gaps to show. Puts the product ids in
/// <c>Items["product-ids"]</c> for later seeders.
/// </summary>
public sealed class CatalogueDemoSeeder(TimeProvider clock) : IDemoSeeder
{
    public const string ProductIdsKey = "product-ids";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Order => 15;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var staff = (Dictionary<string, Guid>)context.Items[PeopleDemoSeeder.StaffIdsKey];
        var teams = (Dictionary<string, Guid>)context.Items[PeopleDemoSeeder.TeamIdsKey];
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Frontline.Domain.Platform.Calendar.UkTime.LocalDate(clock.GetUtcNow());

        var products = new Dictionary<string, Product>(StringComparer.Ordinal);
        foreach (var request in Read<List<ProductRequest>>(context, "products.json"))
        {
            ValidationFilter.ThrowIfInvalid(request);
            var product = new Product { Code = request.Code, Name = "", UpdatedAt = now.AddDays(-60) };
            ManageProducts.Apply(product, request);
            products[product.Code] = product;
            db.Add(product);
            db.Add(new ProductChange
            {
                ProductId = product.Id, ChangedAt = now.AddDays(-60), ChangedById = staff["manager"], Parts = "created", Material = true,
                MaterialRevision = 1, Note = "Launched in the catalogue",
            });
        }

        // The credit card changed materially ten days ago: staff who read revision 1 must read revision 2.
        var card = products["CREDIT-CARD"];
        card.MaterialRevision = 2;
        card.UpdatedAt = now.AddDays(-10);
        db.Add(new ProductChange
        {
            ProductId = card.Id, ChangedAt = now.AddDays(-10), ChangedById = staff["manager"], Parts = "fees,approvedWording", Material = true,
            MaterialRevision = 2, Note = "Over-limit fee of £12 removed; wording updated to match",
        });

        var readers = staff.Where(s => s.Key.StartsWith("agent.", StringComparison.Ordinal) || s.Key.StartsWith("tl.", StringComparison.Ordinal))
            .OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value).ToList();
        foreach (var product in products.Values)
        {
            Acknowledge(context, readers, AcknowledgementSubject.Product, product.Id, product.MaterialRevision, now.AddDays(-5));
        }

        foreach (var seed in Read<List<ArticleSeed>>(context, "articles.json"))
        {
            var article = SeedArticle(context, seed, staff, teams, products, today, now);
            if (article.AcknowledgeRevision is { } revision && article.Status == ArticleStatus.Published)
            {
                Acknowledge(context, readers, AcknowledgementSubject.Article, article.Id, revision, now.AddDays(-2));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        context.Items[ProductIdsKey] = products.Values.Select(p => p.Id).ToList();
        await GiveCustomersProductsAsync(context, [.. products.Values.Select(p => p.Id)], cancellationToken);
    }

    /// <summary>Every demo customer holds one to three products, so the workspace has products to talk about.</summary>
    private static async Task GiveCustomersProductsAsync(DemoContext context, List<Guid> productIds, CancellationToken cancellationToken)
    {
        if (!context.Items.TryGetValue(CustomersDemoSeeder.CustomerIdsKey, out var value) || value is not List<Guid> { Count: > 0 } ids)
        {
            return;
        }

        var customers = await context.Db.Set<Customer>().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Reference)
            .ToListAsync(cancellationToken);
        foreach (var customer in customers)
        {
            var count = context.Random.Next(1, Math.Min(3, productIds.Count) + 1);
            customer.ProductIds = [.. productIds.OrderBy(_ => context.Random.Next()).Take(count)];
        }

        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private static KnowledgeArticle SeedArticle(DemoContext context, ArticleSeed seed, Dictionary<string, Guid> staff,
        Dictionary<string, Guid> teams, Dictionary<string, Product> products, DateOnly today, DateTime now)
    {
        var at = now.AddDays(-30);
        var owner = staff[seed.Owner];
        var article = KnowledgeArticle.Create(seed.Title, seed.Body, owner, today.AddDays(seed.ReviewInDays), at);
        article.ProductId = seed.ProductCode is { } code ? products[code].Id : null;
        article.AudienceTeamIds = [.. (seed.Audience ?? []).Select(t => teams[t])];
        context.Db.Add(article);
        context.Db.Add(ManageArticles.RevisionOf(article, "Created", at));

        void Publish(DateTime when)
        {
            article.SubmitForReview(when);
            var approver = seed.Approver ?? "manager";
            article.Approve(staff[approver], [approver == "trainer" ? Roles.Trainer : Roles.Manager], when);
        }

        switch (seed.State)
        {
            case "published":
                Publish(at.AddDays(1));
                foreach (var (revision, index) in (seed.Revisions ?? []).Select((r, i) => (r, i)))
                {
                    var when = at.AddDays(5 + index);
                    article.Revise(seed.Title, revision.Body, owner, revision.Material, when);
                    context.Db.Add(ManageArticles.RevisionOf(article, revision.Note, when));
                    Publish(when);
                }

                break;
            case "in-review":
                article.SubmitForReview(at.AddDays(1));
                break;
            case "archived":
                Publish(at.AddDays(1));
                article.Archive(at.AddDays(2));
                break;
            case "draft":
                break;
            default:
                throw new InvalidOperationException($"Unknown article state '{seed.State}' in articles.json.");
        }

        return article;
    }

    /// <summary>About two in three readers have acknowledged, chosen by the fixed demo random source.</summary>
    private static void Acknowledge(DemoContext context, List<Guid> readers, AcknowledgementSubject subject, Guid id, int revision, DateTime at)
    {
        foreach (var reader in readers.Where(_ => context.Random.Next(3) > 0))
        {
            context.Db.Add(new ReadAcknowledgement
            {
                Subject = subject, SubjectId = id, Revision = revision, StaffId = reader, AcknowledgedAt = at.AddMinutes(context.Random.Next(0, 2000)),
            });
        }
    }

    private static T Read<T>(DemoContext context, string file)
    {
        var path = Path.Combine(context.DataDirectory, "Catalogue", file);
        return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} is empty.");
    }

    private sealed record ArticleSeed(string Title, string Owner, string? Approver, string? ProductCode, string State, int ReviewInDays,
        string Body, List<string>? Audience, List<RevisionSeed>? Revisions);

    private sealed record RevisionSeed(string Body, bool Material, string? Note);
}
