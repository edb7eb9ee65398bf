using Frontline.Data;
using Frontline.Domain.Platform.Calendar;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// The centre's business calendars: the GOV.UK bank holidays plus administrator overrides, rebuilt
/// when an override changes (and at most a minute stale on other app nodes).
/// </summary>
public sealed class BusinessCalendars(IServiceScopeFactory scopes, TimeProvider clock, IOptions<FrontlineOptions> options)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private IReadOnlyDictionary<CalendarDivision, BusinessCalendar>? _calendars;
    private DateTimeOffset _loadedAt;

    public async Task<BusinessCalendar> GetAsync(CalendarDivision division, CancellationToken cancellationToken = default)
    {
        var calendars = _calendars;
        if (calendars is null || clock.GetUtcNow() - _loadedAt > MaxAge)
        {
            calendars = await LoadAsync(cancellationToken);
        }

        return calendars[division];
    }

    public void Invalidate() => _calendars = null;

    /// <summary>The centre's opening hours from settings (<c>Frontline:OpensAt</c>, <c>Frontline:ClosesAt</c>).</summary>
    public OpeningHours OpeningHours
    {
        get
        {
            var opens = TimeOnly.ParseExact(options.Value.OpensAt, "HH:mm", CultureInfo.InvariantCulture);
            var closes = TimeOnly.ParseExact(options.Value.ClosesAt, "HH:mm", CultureInfo.InvariantCulture);
            if (closes <= opens)
            {
                throw new InvalidOperationException($"Frontline:ClosesAt ({options.Value.ClosesAt}) must be after Frontline:OpensAt ({options.Value.OpensAt}).");
            }

            return new OpeningHours(opens, closes);
        }
    }

    private async Task<IReadOnlyDictionary<CalendarDivision, BusinessCalendar>> LoadAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            var overrides = await db.Set<CalendarOverride>().AsNoTracking().ToListAsync(cancellationToken);
            var hours = OpeningHours;
            var calendars = CalendarDivisions.All.ToDictionary(d => d, d => BusinessCalendar.For(d, overrides, hours));
            _loadedAt = clock.GetUtcNow();
            _calendars = calendars;
            return calendars;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
