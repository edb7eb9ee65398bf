using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Platform;

/// <summary>Adds and removes calendar overrides, then refreshes the cached calendars.</summary>
public sealed class ChangeCalendar(FrontlineDbContext db, BusinessCalendars calendars)
{
    public async Task<CalendarOverride> AddAsync(CalendarDivision division, DateOnly date, CalendarOverrideKind kind, string description,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Length > CalendarOverride.MaxDescriptionLength)
        {
            throw new DomainException("calendar.description", "Describe the change in 1 to 200 characters.", DomainErrorKind.Invalid, "description");
        }

        if (await db.Set<CalendarOverride>().AnyAsync(o => o.Division == division && o.Date == date, cancellationToken))
        {
            throw new DomainException("calendar.duplicate", "That date already has an override in this division; remove it first.", DomainErrorKind.Conflict, "date");
        }

        var change = new CalendarOverride { Division = division, Date = date, Kind = kind, Description = description };
        db.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return change;
    }

    public async Task<bool> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var change = await db.Set<CalendarOverride>().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (change is null)
        {
            return false;
        }

        db.Remove(change);
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return true;
    }
}
