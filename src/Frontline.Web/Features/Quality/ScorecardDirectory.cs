using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>Reads scorecards and their versions (every signed-in person may read them: agents see what they are scored on).</summary>
public sealed class ScorecardDirectory(FrontlineDbContext db)
{
    /// <summary>The scorecard with every version, section and criterion.</summary>
    public async Task<Scorecard> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<Scorecard>() : db.Set<Scorecard>().AsNoTracking();
        return await query.Include(s => s.Versions).ThenInclude(v => v.Sections).ThenInclude(s => s.Criteria).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound("scorecard");
    }

    /// <summary>One version with its sections and criteria.</summary>
    public async Task<ScorecardVersion> VersionAsync(Guid versionId, CancellationToken cancellationToken) =>
        await db.Set<ScorecardVersion>().AsNoTracking().Include(v => v.Sections).ThenInclude(s => s.Criteria).AsSplitQuery()
            .SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken) ?? throw DomainException.NotFound("scorecard version");

    /// <summary>The version new evaluations of this scorecard are scored on.</summary>
    public async Task<ScorecardVersion> PublishedAsync(Guid scorecardId, string field, CancellationToken cancellationToken)
    {
        var id = await db.Set<ScorecardVersion>().AsNoTracking().Where(v => v.ScorecardId == scorecardId && v.Status == ScorecardStatus.Published)
            .Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            var exists = await db.Set<Scorecard>().AnyAsync(s => s.Id == scorecardId, cancellationToken);
            throw exists
                ? new DomainException("scorecard.not-published", "This scorecard has no published version: publish it before evaluating with it.",
                    DomainErrorKind.Invalid, field)
                : new DomainException("scorecard.not-found", "There is no scorecard with this id.", DomainErrorKind.Invalid, field);
        }

        return await VersionAsync(id.Value, cancellationToken);
    }

    public async Task<ScorecardView> GetAsync(Guid id, int? versionNumber, CancellationToken cancellationToken)
    {
        var scorecard = await LoadAsync(id, tracked: false, cancellationToken);
        var version = versionNumber is { } n
            ? scorecard.Versions.SingleOrDefault(v => v.Number == n) ?? throw DomainException.NotFound("scorecard version")
            : scorecard.Latest;
        return View(scorecard, version);
    }

    public async Task<PagedResult<ScorecardSummary>> ListAsync(ListQuery list, string? status, string? channel, CancellationToken cancellationToken)
    {
        var query = db.Set<Scorecard>().AsNoTracking();
        if (list.Q is { } q)
        {
            var pattern = $"%{q.ToLowerInvariant()}%";
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern));
        }

        var (field, descending) = list.SortOr("name", false);
        query = field switch
        {
            "name" => descending ? query.OrderByDescending(s => s.Name) : query.OrderBy(s => s.Name),
            "updatedAt" => descending ? query.OrderByDescending(s => s.UpdatedAt) : query.OrderBy(s => s.UpdatedAt),
            _ => throw new DomainException("list.sort", "Sort by name or updatedAt (prefix - for descending).", DomainErrorKind.Invalid, "sort"),
        };
        var all = await query.Include(s => s.Versions).ThenInclude(v => v.Sections).ThenInclude(s => s.Criteria).AsSplitQuery().ToListAsync(cancellationToken);
        // Scorecards are few (tens): filtering on the versions' state is done here.
        var filtered = all.Where(s => channel is null || s.Channels.Contains(channel, StringComparer.Ordinal))
            .Where(s => status switch
            {
                null => true,
                "published" => s.Published is not null,
                "draft" => s.Draft is not null,
                "retired" => s.Published is null && s.Draft is null,
                _ => throw new DomainException("list.status", "Filter status by published, draft or retired.", DomainErrorKind.Invalid, "status"),
            })
            .ToList();
        var items = filtered.Skip(list.Skip).Take(list.PageSize).Select(s => new ScorecardSummary(s.Id, s.Name, s.Channels, s.Latest.Number, s.Latest.Status,
            s.Published?.Number, s.Latest.Criteria.Count(), QualityText.Instant(s.UpdatedAt), s.Version)).ToList();
        return new PagedResult<ScorecardSummary>(items, filtered.Count, list.Page, list.PageSize);
    }

    /// <summary>Published scorecards for a channel (for the evaluation form), newest name first.</summary>
    public async Task<List<(Guid Id, string Name, int Version, IReadOnlyList<string> Channels)>> PublishedAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<ScorecardVersion>().AsNoTracking().Where(v => v.Status == ScorecardStatus.Published).OrderBy(v => v.Name)
            .Select(v => new { v.ScorecardId, v.Name, v.Number, v.Channels }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.ScorecardId, r.Name, r.Number, (IReadOnlyList<string>)r.Channels))];
    }

    public static ScorecardView View(Scorecard scorecard, ScorecardVersion version) => new(scorecard.Id, version.Name, version.Channels, version.Number,
        version.Id, version.Status, version.Bands,
        [.. version.Sections.OrderBy(s => s.Position).Select(s => new SectionView(s.Id, s.Name, s.Weight,
            [.. s.Criteria.OrderBy(c => c.Position).Select(c => new CriterionView(c.Id, c.Key, c.Text, c.Guidance, c.Kind, c.MaxPoints, c.Weight, c.AllowNa,
                c.Critical, c.Requirement))]))],
        [.. scorecard.Versions.OrderBy(v => v.Number).Select(v => new VersionSummary(v.Id, v.Number, v.Status, QualityText.Instant(v.CreatedAt),
            QualityText.Instant(v.PublishedAt), QualityText.Instant(v.RetiredAt)))],
        scorecard.Published?.Number, scorecard.Version);
}
