using Frontline.Data;
using Frontline.Domain.Quality.Audits;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>Creates a checklist template. Audits copy its items when they start, so later changes never rewrite an audit.</summary>
public sealed class SaveChecklist(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<AuditChecklist> CreateAsync(ChecklistRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var items = (request.Items ?? []).Select(i => new ChecklistItem(i.Text?.Trim() ?? "", string.IsNullOrWhiteSpace(i.Guidance) ? null : i.Guidance.Trim())).ToList();
        AuditChecklist.Check(request.Name, items);
        var checklist = new AuditChecklist
        {
            Name = request.Name.Trim(),
            Practice = request.Practice.Trim(),
            Items = items,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(checklist);
        await db.SaveChangesAsync(cancellationToken);
        return checklist;
    }
}
