using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>Reads the register: the list (filtered), one requirement with its controls, measures and risk, the risk
/// history, and the heat map of residual risk.</summary>
public sealed class RequirementDirectory(FrontlineDbContext db, CompliancePeople people)
{
    public async Task<RequirementList> ListAsync(string? q, RequirementType? type, RequirementStatus? status, string? sort, CancellationToken cancellationToken)
    {
        var query = db.Set<Requirement>().AsNoTracking();
        if (type is { } t)
        {
            query = query.Where(r => r.Type == t);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        var all = await query.ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            all = [.. all.Where(r => r.Title.Contains(term, StringComparison.OrdinalIgnoreCase) || r.Citation.Contains(term, StringComparison.OrdinalIgnoreCase)
                || r.Source.Contains(term, StringComparison.OrdinalIgnoreCase) || r.Summary.Contains(term, StringComparison.OrdinalIgnoreCase))];
        }

        var owners = await people.NamesAsync(all.Select(r => r.OwnerId), cancellationToken);
        IEnumerable<Requirement> ordered = sort switch
        {
            "-risk" => all.OrderByDescending(r => r.ResidualScore ?? -1).ThenByDescending(r => r.InherentScore ?? -1).ThenBy(r => r.Citation, StringComparer.Ordinal),
            "title" => all.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase),
            "review" => all.OrderBy(r => r.ReviewOn ?? DateOnly.MaxValue),
            _ => all.OrderBy(r => r.Citation, StringComparer.OrdinalIgnoreCase),
        };
        var items = ordered.Select(r => Summary(r, owners)).ToList();
        return new RequirementList(items, items.Count);
    }

    public async Task<Requirement> RequireAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Requirement>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("requirement");

    public async Task<RequirementView> GetAsync(Guid id, CancellationToken cancellationToken) => await ViewAsync(await RequireAsync(id, cancellationToken), cancellationToken);

    public async Task<RequirementView> ViewAsync(Requirement r, CancellationToken cancellationToken)
    {
        var owners = await people.NamesAsync([r.OwnerId], cancellationToken);
        return new RequirementView(r.Id, r.Title, r.Type, r.Source, r.Citation, r.Summary, r.CustomerEffect, r.ColleagueEffect, r.Channels, r.Products,
            r.Processes, r.Teams, r.OwnerId, r.OwnerId is { } o ? owners.GetValueOrDefault(o) : null, r.ReviewOn, r.Status,
            [.. r.Controls.Select(c => new ControlView(c.Kind, c.Reference, c.Label, c.Description, c.Link))], r.Measures, Risk(r), r.IsStarter, r.UpdatedAt,
            r.Version);
    }

    public async Task<List<RiskChangeView>> RiskHistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        await RequireAsync(id, cancellationToken);
        var changes = await db.Set<RiskChange>().AsNoTracking().Where(c => c.RequirementId == id).ToListAsync(cancellationToken);
        var names = await people.NamesAsync(changes.Select(c => c.AssessedById), cancellationToken);
        return [.. changes.OrderByDescending(c => c.AssessedAt).ThenByDescending(c => c.Id).Select(c => new RiskChangeView(c.AssessedAt,
            c.AssessedById is { } b ? names.GetValueOrDefault(b) : "Starter register", c.InherentLikelihood, c.InherentImpact,
            c.InherentLikelihood * c.InherentImpact, c.ResidualLikelihood, c.ResidualImpact, c.ResidualLikelihood * c.ResidualImpact, c.Implications, c.Reasoning))];
    }

    /// <summary>The 5×5 grid of residual (or inherent) risk for active requirements, and the list ordered by residual risk.</summary>
    public async Task<HeatMapView> HeatMapAsync(bool inherent, CancellationToken cancellationToken)
    {
        var active = (await ListAsync(null, null, null, "-risk", cancellationToken)).Items.Where(r => r.Status != RequirementStatus.Retired).ToList();
        var rows = await db.Set<Requirement>().AsNoTracking().Where(r => r.Status != RequirementStatus.Retired)
            .Select(r => new { r.Citation, r.InherentLikelihood, r.InherentImpact, r.ResidualLikelihood, r.ResidualImpact }).ToListAsync(cancellationToken);
        var cells = new List<HeatCell>();
        for (var likelihood = 5; likelihood >= 1; likelihood--)
        {
            for (var impact = 1; impact <= 5; impact++)
            {
                var here = rows.Where(r => (inherent ? r.InherentLikelihood : r.ResidualLikelihood) == likelihood
                    && (inherent ? r.InherentImpact : r.ResidualImpact) == impact).Select(r => r.Citation).OrderBy(c => c, StringComparer.Ordinal).ToList();
                cells.Add(new HeatCell(likelihood, impact, likelihood * impact, RiskAssessment.Rate(likelihood * impact), here.Count, here));
            }
        }

        return new HeatMapView(inherent ? "inherent" : "residual", cells, active);
    }

    public static RiskView Risk(Requirement r) => new(r.Implications, r.InherentLikelihood, r.InherentImpact, r.InherentScore,
        r.InherentScore is { } i ? RiskAssessment.Rate(i) : null, r.ResidualLikelihood, r.ResidualImpact, r.ResidualScore,
        r.ResidualScore is { } s ? RiskAssessment.Rate(s) : null, r.RiskReasoning, r.RiskAssessedAt);

    private static RequirementSummary Summary(Requirement r, Dictionary<Guid, string> owners) => new(r.Id, r.Title, r.Type, r.Source, r.Citation,
        r.OwnerId is { } o ? owners.GetValueOrDefault(o) : null, r.ReviewOn, r.Status, r.Controls.Count, r.Measures.Count, r.InherentScore, r.ResidualScore,
        r.ResidualScore is { } s ? RiskAssessment.Rate(s) : null, r.IsStarter, r.Version);
}
