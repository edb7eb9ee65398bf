using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// The organisation's complaint configuration as one cached snapshot: taxonomies, rule-pack settings, expected
/// volumes. Reloaded when settings change here and at most a minute stale on other app nodes; the FCA defaults
/// are written on first use so that they can be edited like anything else.
/// </summary>
public sealed class ComplaintReferenceData(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _load = new(1, 1);
    private ComplaintConfiguration? _current;

    public async Task<ComplaintConfiguration> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt <= MaxAge)
        {
            return current;
        }

        await _load.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            await EnsureDefaultsAsync(db, cancellationToken);
            var taxonomy = await db.Set<TaxonomyEntry>().AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Label).ToListAsync(cancellationToken);
            var packs = await db.Set<RulePackSetting>().AsNoTracking().ToListAsync(cancellationToken);
            var settings = await db.Set<ComplaintSettings>().AsNoTracking().SingleAsync(cancellationToken);
            return _current = new ComplaintConfiguration(taxonomy, packs.ToDictionary(p => p.PackId, StringComparer.Ordinal), settings, clock.GetUtcNow());
        }
        finally
        {
            _load.Release();
        }
    }

    public void Invalidate() => _current = null;

    private static async Task EnsureDefaultsAsync(FrontlineDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<ComplaintSettings>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.Set<TaxonomyEntry>().AddRange(DefaultTaxonomies.Create());
        db.Set<ComplaintSettings>().Add(new ComplaintSettings());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node wrote the defaults first.
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>One snapshot of the complaint configuration.</summary>
public sealed class ComplaintConfiguration(IReadOnlyList<TaxonomyEntry> taxonomy, IReadOnlyDictionary<string, RulePackSetting> packSettings,
    ComplaintSettings settings, DateTimeOffset loadedAt)
{
    public IReadOnlyList<TaxonomyEntry> Taxonomy { get; } = taxonomy;

    public ComplaintSettings Settings { get; } = settings;

    public DateTimeOffset LoadedAt { get; } = loadedAt;

    public IReadOnlyList<RulePack> Packs => [.. RulePacks.BuiltIn.Select(Apply)];

    public IEnumerable<TaxonomyEntry> Of(string kind) => Taxonomy.Where(t => t.Kind == kind && t.Active);

    public string Label(string kind, string? code) =>
        code is null ? "" : Taxonomy.FirstOrDefault(t => t.Kind == kind && t.Code == code)?.Label ?? code;

    public RulePack? FindPack(string? id) => RulePacks.Find(id) is { } pack ? Apply(pack) : null;

    public RulePack RequirePack(string? id, string field = "rulePack") =>
        FindPack(id) ?? throw new DomainException("complaint.rule-pack-unknown",
            $"'{id}' is not a rule pack. Use one of: {string.Join(", ", RulePacks.BuiltIn.Select(p => p.Id))}.", DomainErrorKind.Invalid, field);

    /// <summary>Refuses a code that is not an active entry of the taxonomy (null passes: the field is optional).</summary>
    public string? RequireCode(string kind, string? code, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        if (!Of(kind).Any(t => string.Equals(t.Code, trimmed, StringComparison.Ordinal)))
        {
            throw new DomainException("complaint.code-unknown", $"'{trimmed}' is not a {kind.Replace('-', ' ')} code in the complaint settings.", DomainErrorKind.Invalid, field);
        }

        return trimmed;
    }

    private RulePack Apply(RulePack pack)
    {
        if (!packSettings.TryGetValue(pack.Id, out var setting))
        {
            return pack;
        }

        var adjusted = pack with
        {
            ReceiptOnNonBusinessDay = setting.ReceiptOnNonBusinessDay,
            CloseOfBusiness = setting.CloseOfBusiness,
            Division = CalendarDivisions.TryParse(setting.Division, out var division) ? division : pack.Division,
        };
        if (pack.Id == RulePack.Organisation)
        {
            adjusted = adjusted with
            {
                SummaryResolutionBusinessDays = setting.SummaryResolutionBusinessDays,
                FinalResponseCalendarDays = setting.FinalResponseCalendarDays ?? pack.FinalResponseCalendarDays,
            };
        }

        return adjusted;
    }
}
