using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>The register's compliance for a period: each active requirement with measures, compliant / at risk /
/// non-compliant, with the figures behind it.</summary>
public sealed class RegisterStatus(FrontlineDbContext db, MeasureCompliance measure)
{
    public async Task<List<RequirementCompliance>> ForPeriodAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (start, end) = Period(from, to);
        var measured = (await db.Set<Requirement>().AsNoTracking().Where(r => r.Status != RequirementStatus.Retired).ToListAsync(cancellationToken))
            .Where(r => r.Measures.Count > 0).OrderBy(r => r.Citation, StringComparer.OrdinalIgnoreCase).ToList();
        var results = new List<RequirementCompliance>();
        foreach (var r in measured)
        {
            results.Add(await measure.ForAsync(r, start, end, cancellationToken));
        }

        return results;
    }

    public async Task<RequirementCompliance> ForRequirementAsync(Guid id, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (start, end) = Period(from, to);
        var r = await db.Set<Requirement>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw DomainException.NotFound("requirement");
        return await measure.ForAsync(r, start, end, cancellationToken);
    }

    private (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to)
    {
        var (qFrom, qTo) = measure.CurrentQuarter();
        var start = from ?? qFrom;
        var end = to ?? (from is null ? qTo : start.AddMonths(3).AddDays(-1));
        if (end < start || end.DayNumber - start.DayNumber > 800)
        {
            throw new DomainException("period.invalid", "Choose a period that ends after it starts and is at most two years long.", DomainErrorKind.Invalid, "to");
        }

        return (start, end);
    }
}
