using Frontline.Data;
using Frontline.Domain.Compliance.DataProtection;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>
/// The data-protection desk's subject access requests on the ICO clock (receive, pause, resume, extend, complete).
/// Only compliance officers work the desk; anyone else gets 404 (personal data only to those who need it).
/// </summary>
public sealed class SubjectAccessDesk(FrontlineDbContext db, CurrentStaff current, BusinessCalendars calendars, Customers.CustomerDirectory customers,
    TimeProvider clock)
{
    public async Task<SarClockView> ClockAsync(DateOnly receivedOn, CalendarDivision division, CancellationToken cancellationToken)
    {
        var d = SubjectAccessClock.Compute(receivedOn, await calendars.GetAsync(division, cancellationToken));
        return new SarClockView(d.DueDate, d.ExtendedDueDate);
    }

    public async Task<List<SarView>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        RequireDesk();
        var query = db.Set<SubjectAccessRequest>().AsNoTracking();
        if (openOnly)
        {
            query = query.Where(s => s.Status != SarStatus.Completed);
        }

        var list = await query.OrderBy(s => s.DueDate).Take(500).ToListAsync(cancellationToken);
        var views = new List<SarView>();
        foreach (var s in list)
        {
            views.Add(await ViewAsync(s, cancellationToken));
        }

        return views;
    }

    /// <summary>Finds a data subject by customer reference, name, postcode, phone or e-mail (Customers' own search).</summary>
    public async Task<IReadOnlyList<Customers.CustomerListItem>> FindSubjectsAsync(string? query, CancellationToken cancellationToken)
    {
        RequireDesk();
        return (await customers.SearchAsync(query, 20, cancellationToken)).Items;
    }

    public async Task<SarView> GetAsync(Guid id, CancellationToken cancellationToken) => await ViewAsync(await LoadAsync(id, cancellationToken), cancellationToken);

    public async Task<SubjectAccessRequest> ReceiveAsync(ReceiveSarRequest request, CancellationToken cancellationToken)
    {
        RequireDesk();
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == request.CustomerId, cancellationToken))
        {
            throw new DomainException("sar.customer", "There is no customer with this id.", DomainErrorKind.Invalid, "customerId");
        }

        var division = request.Division ?? CalendarDivision.EnglandAndWales;
        var sar = SubjectAccessRequest.Receive(request.CustomerId, request.ReceivedAt, division, request.Requester, request.RequesterName, request.VerifiedHow,
            await calendars.GetAsync(division, cancellationToken), clock.Today(), current.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(sar);
        await db.SaveChangesAsync(cancellationToken);
        return sar;
    }

    public Task<SubjectAccessRequest> PauseAsync(Guid id, PauseSarRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(id, request.Version, (sar, _) =>
        {
            if (!Enum.IsDefined(request.Reason))
            {
                throw new DomainException("sar.pause-reason", "Pause for awaiting-id, awaiting-clarification or awaiting-fee.", DomainErrorKind.Invalid, "reason");
            }

            sar.Pause(request.Reason, request.From, clock.Today());
        }, cancellationToken);

    public Task<SubjectAccessRequest> ResumeAsync(Guid id, ResumeSarRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(id, request.Version, (sar, calendar) => sar.Resume(request.On, calendar, clock.Today()), cancellationToken);

    public Task<SubjectAccessRequest> ExtendAsync(Guid id, ExtendSarRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(id, request.Version, (sar, calendar) => sar.Extend(request.Reason, request.NotifiedOn, calendar), cancellationToken);

    public Task<SubjectAccessRequest> CompleteAsync(Guid id, CompleteSarRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(id, request.Version, (sar, _) =>
        {
            if (request.On > clock.Today())
            {
                throw new DomainException("sar.complete-future", "A request cannot be completed in the future.", DomainErrorKind.Invalid, "on");
            }

            sar.Complete(request.On);
        }, cancellationToken);

    public async Task<SubjectAccessRequest> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        RequireDesk();
        return await db.Set<SubjectAccessRequest>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound("subject access request");
    }

    public void RequireDesk()
    {
        if (!current.IsInAnyRole(ComplianceAccess.DataProtectionDesk))
        {
            throw DomainException.NotFound("subject access request");
        }
    }

    public async Task<SarView> ViewAsync(SubjectAccessRequest s, CancellationToken cancellationToken)
    {
        var d = s.Deadlines(await calendars.GetAsync(s.Division, cancellationToken));
        var reference = await db.Set<Customer>().AsNoTracking().Where(c => c.Id == s.CustomerId).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken);
        var today = clock.Today();
        var open = s.Status != SarStatus.Completed;
        return new SarView(s.Id, s.CustomerId, reference, s.ReceivedOn, s.Division, s.Requester, s.RequesterName, s.VerifiedHow, s.DueDate, d.ExtendedDueDate,
            s.Extended ? d.UnrolledExtendedDueDate : d.UnrolledDueDate, d.DaysPaused, s.Extended, s.ExtensionReason, s.ExtensionNotifiedOn, s.Status,
            s.OpenPause is not null, s.Pauses, s.CompletedOn, open && s.OpenPause is null && s.DueDate < today,
            open ? s.DueDate.DayNumber - today.DayNumber : null, s.Version);
    }

    private async Task<SubjectAccessRequest> ChangeAsync(Guid id, int? version, Action<SubjectAccessRequest, BusinessCalendar> change,
        CancellationToken cancellationToken)
    {
        var sar = await LoadAsync(id, cancellationToken);
        ComplianceAccess.CheckVersion("subject access request", sar.Version, version);
        change(sar, await calendars.GetAsync(sar.Division, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return sar;
    }
}
