using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>Reads message templates (everyone signed in may: agents use them).</summary>
public sealed class TemplateDirectory(FrontlineDbContext db)
{
    public async Task<MessageTemplate> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<MessageTemplate>() : db.Set<MessageTemplate>().AsNoTracking();
        return await query.Include(t => t.Versions).ThenInclude(v => v.Variants).AsSplitQuery().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("template");
    }

    public async Task<TemplateView> GetAsync(Guid id, int? number, CancellationToken cancellationToken)
    {
        var template = await LoadAsync(id, tracked: false, cancellationToken);
        var version = number is { } n ? template.Versions.SingleOrDefault(v => v.Number == n) ?? throw DomainException.NotFound("template version") : template.Latest;
        return View(template, version);
    }

    public static TemplateView View(MessageTemplate template, TemplateVersion version) => new(template.Id, version.Name, template.Kind, version.Number, version.Status,
        version.Subject, version.ProcedureId,
        [.. version.Variants.OrderBy(v => v.Variant).Select(v => new VariantView(v.Variant, v.Body, v.ReadingEase, v.Grade, v.SmsSegments, v.Blocking, v.Findings))],
        version.Variants.Any(v => v.Blocking), template.Approved?.Number, QualityText.Instant(template.Approved?.ApprovedAt), template.Version);

    public async Task<PagedResult<TemplateSummary>> ListAsync(ListQuery list, MessageKind? kind, CancellationToken cancellationToken)
    {
        var query = db.Set<MessageTemplate>().AsNoTracking();
        if (kind is { } k)
        {
            query = query.Where(t => t.Kind == k);
        }

        if (list.Q is { } q)
        {
            var pattern = $"%{q.ToLowerInvariant()}%";
            query = query.Where(t => EF.Functions.Like(t.Name.ToLower(), pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(t => t.Name).Skip(list.Skip).Take(list.PageSize).Include(t => t.Versions).ThenInclude(v => v.Variants).AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new PagedResult<TemplateSummary>([.. page.Select(t => new TemplateSummary(t.Id, t.Name, t.Kind, t.Latest.Number, t.Latest.Status, t.Approved?.Number,
            t.Latest.Variants.Any(v => v.Blocking), [.. t.Latest.Variants.Select(v => v.Variant).Order()]))], total, list.Page, list.PageSize);
    }
}
