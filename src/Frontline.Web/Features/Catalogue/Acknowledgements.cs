using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// Read-and-acknowledge (CC32 4.4): after a material change to a published article or a product, the agents and
/// team leaders it concerns acknowledge the new revision; managers see the centre's gaps, team leaders their team's.
/// </summary>
public sealed class Acknowledgements(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, KnowledgeBase knowledge, ProductCatalogue catalogue)
{
    /// <summary>Roles whose members must acknowledge changes.</summary>
    public static readonly string[] Readers = [Roles.Agent, Roles.TeamLeader];

    /// <summary>Roles that see who has not acknowledged.</summary>
    public static readonly string[] Overseers = [Roles.Manager, Roles.Administrator, Roles.TeamLeader, Roles.Trainer, Roles.ComplianceOfficer];

    public async Task<AcknowledgedView> AcknowledgeArticleAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await knowledge.FindAsync(id, cancellationToken);
        var revision = article.AcknowledgeRevision
            ?? throw new DomainException("acknowledgement.nothing", "This article has no published change to acknowledge.", DomainErrorKind.Conflict);
        return await RecordAsync(AcknowledgementSubject.Article, id, revision, cancellationToken);
    }

    public async Task<AcknowledgedView> AcknowledgeProductAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await catalogue.FindAsync(id, cancellationToken);
        if (!product.IsActive)
        {
            throw new DomainException("acknowledgement.nothing", "This product is withdrawn; there is nothing to acknowledge.", DomainErrorKind.Conflict);
        }

        return await RecordAsync(AcknowledgementSubject.Product, id, product.MaterialRevision, cancellationToken);
    }

    public async Task<AcknowledgementStatusView> ArticleStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await knowledge.FindAsync(id, cancellationToken);
        return await StatusAsync(AcknowledgementSubject.Article, id, article.Title, article.AcknowledgeRevision, article.AudienceTeamIds,
            cancellationToken);
    }

    public async Task<AcknowledgementStatusView> ProductStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await catalogue.FindAsync(id, cancellationToken);
        return await StatusAsync(AcknowledgementSubject.Product, id, product.Name, product.IsActive ? product.MaterialRevision : null, [],
            cancellationToken);
    }

    /// <summary>Every article and product with someone in the caller's scope yet to acknowledge it.</summary>
    public async Task<List<AcknowledgementStatusView>> OutstandingAsync(CancellationToken cancellationToken)
    {
        var result = new List<AcknowledgementStatusView>();
        foreach (var (subject, id, title, revision, audience) in await OpenItemsAsync(cancellationToken))
        {
            var status = await StatusAsync(subject, id, title, revision, audience, cancellationToken);
            if (status.Outstanding.Count > 0)
            {
                result.Add(status);
            }
        }

        return result;
    }

    /// <summary>What the caller still has to read and acknowledge.</summary>
    public async Task<List<ToAcknowledge>> MineAsync(CancellationToken cancellationToken)
    {
        var profile = await me.ProfileAsync(cancellationToken);
        if (!Readers.Any(profile.HasRole))
        {
            return [];
        }

        var myId = me.Id;
        var done = await db.Set<ReadAcknowledgement>().AsNoTracking().Where(a => a.StaffId == myId)
            .Select(a => new { a.Subject, a.SubjectId, a.Revision }).ToListAsync(cancellationToken);
        return (await OpenItemsAsync(cancellationToken))
            .Where(i => InAudience(profile, i.Audience))
            .Where(i => !done.Any(d => d.Subject == i.Subject && d.SubjectId == i.Id && d.Revision == i.Revision))
            .Select(i => new ToAcknowledge(i.Subject, i.Id, i.Title, i.Revision))
            .ToList();
    }

    private async Task<List<(AcknowledgementSubject Subject, Guid Id, string Title, int Revision, List<Guid> Audience)>> OpenItemsAsync(
        CancellationToken cancellationToken)
    {
        var articles = await db.Set<KnowledgeArticle>().AsNoTracking()
            .Where(a => a.AcknowledgeRevision != null && a.Status != ArticleStatus.Archived).ToListAsync(cancellationToken);
        var products = await db.Set<Product>().AsNoTracking().Where(p => p.IsActive)
            .Select(p => new { p.Id, p.Name, p.MaterialRevision }).ToListAsync(cancellationToken);
        return articles.OrderBy(a => a.Title, StringComparer.Ordinal)
            .Select(a => (AcknowledgementSubject.Article, a.Id, a.Title, a.AcknowledgeRevision!.Value, a.AudienceTeamIds))
            .Concat(products.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (AcknowledgementSubject.Product, p.Id, p.Name, p.MaterialRevision, new List<Guid>())))
            .ToList();
    }

    private async Task<AcknowledgedView> RecordAsync(AcknowledgementSubject subject, Guid id, int revision, CancellationToken cancellationToken)
    {
        var myId = me.Id;
        var existing = await db.Set<ReadAcknowledgement>().AsNoTracking().SingleOrDefaultAsync(a =>
            a.Subject == subject && a.SubjectId == id && a.Revision == revision && a.StaffId == myId, cancellationToken);
        if (existing is null)
        {
            existing = new ReadAcknowledgement
            {
                Subject = subject, SubjectId = id, Revision = revision, StaffId = myId, AcknowledgedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AcknowledgedView(subject, id, revision, ProductCatalogue.Instant(existing.AcknowledgedAt));
    }

    private async Task<AcknowledgementStatusView> StatusAsync(AcknowledgementSubject subject, Guid id, string title, int? revision,
        IReadOnlyList<Guid> audience, CancellationToken cancellationToken)
    {
        if (revision is null)
        {
            return new AcknowledgementStatusView(subject, id, title, null, [], []);
        }

        var scope = await me.ScopeAsync(cancellationToken);
        var staff = (await db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).ToListAsync(cancellationToken))
            .Where(s => Readers.Any(s.HasRole) && InAudience(s, audience) && scope.Includes(s.TeamId, s.Id))
            .OrderBy(s => s.DisplayName, StringComparer.Ordinal)
            .ToList();
        var acknowledged = await db.Set<ReadAcknowledgement>().AsNoTracking()
            .Where(a => a.Subject == subject && a.SubjectId == id && a.Revision == revision)
            .ToDictionaryAsync(a => a.StaffId, a => a.AcknowledgedAt, cancellationToken);
        var teams = await db.Set<Team>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        StaffAcknowledgement View(StaffMember s) => new(s.Id, s.DisplayName, s.TeamId is { } t ? teams.GetValueOrDefault(t) : null,
            acknowledged.TryGetValue(s.Id, out var at) ? ProductCatalogue.Instant(at) : null);
        return new AcknowledgementStatusView(subject, id, title, revision,
            staff.Where(s => acknowledged.ContainsKey(s.Id)).Select(View).ToList(),
            staff.Where(s => !acknowledged.ContainsKey(s.Id)).Select(View).ToList());
    }

    private static bool InAudience(StaffMember staff, IReadOnlyList<Guid> audience) =>
        audience.Count == 0 || (staff.TeamId is { } t && audience.Contains(t));
}
