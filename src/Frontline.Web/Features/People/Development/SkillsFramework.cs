using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>Reads the skills framework (everyone signed in) and resolves a skill from a code, name, KPI or criterion.</summary>
public sealed class SkillsFramework(FrontlineDbContext db)
{
    public async Task<List<SkillView>> ListAsync(bool includeInactive, CancellationToken cancellationToken) =>
        (await db.Set<Skill>().AsNoTracking().Where(s => includeInactive || s.IsActive).OrderBy(s => s.Area).ThenBy(s => s.Name).ToListAsync(cancellationToken))
        .ConvertAll(View);

    public async Task<SkillView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        View(await db.Set<Skill>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound("skill"));

    public static SkillView View(Skill s) => new(s.Id, s.Code, s.Name, s.Description, s.Area, s.LinkedCriteria, s.LinkedKpis, s.IsActive, s.Version);

    /// <summary>The skill named by code or name (case-insensitive), among all skills (tracked context cache is fine).</summary>
    public async Task<Skill?> FindAsync(string codeOrName, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var key = codeOrName.Trim();
        return all.FirstOrDefault(s => string.Equals(s.Code, key, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<Skill?> ForKpiAsync(string kpi, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(s => s.IsActive && s.ShownByKpi(kpi));

    public async Task<Skill?> ForCriterionAsync(Guid key, string text, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(s => s.IsActive && s.ShownByCriterion(key, text));

    public async Task<Skill> GeneralAsync(CancellationToken cancellationToken) =>
        await FindAsync(Skill.GeneralCode, cancellationToken) ?? throw new InvalidOperationException("The 'general' skill is missing (seeded by the migration).");

    private List<Skill>? _all;

    private async Task<List<Skill>> AllAsync(CancellationToken cancellationToken) =>
        _all ??= await db.Set<Skill>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
}
