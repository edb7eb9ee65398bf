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
/// Erasure requests at the data-protection desk (UK GDPR Art 17): logged on the Art 12(3) clock, assessed per class of data
/// against the retention schedule by each module's <see cref="IPersonalDataEraser"/>. Compliance officers only; others 404.
/// </summary>
public sealed class ErasureDesk(FrontlineDbContext db, SubjectAccessDesk desk, CurrentStaff current, BusinessCalendars calendars,
    IEnumerable<IPersonalDataEraser> erasers, TimeProvider clock)
{
    public async Task<ErasureRequest> ReceiveAsync(ReceiveErasureRequest request, CancellationToken cancellationToken)
    {
        desk.RequireDesk();
        var reference = await db.Set<Customer>().AsNoTracking().Where(c => c.Id == request.CustomerId).Select(c => c.Reference)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("erasure.customer", "There is no customer with this id.", DomainErrorKind.Invalid, "customerId");
        var division = request.Division ?? CalendarDivision.EnglandAndWales;
        var erasure = ErasureRequest.Receive(request.CustomerId, reference, request.ReceivedAt, division, request.Grounds,
            await calendars.GetAsync(division, cancellationToken), clock.Today(), current.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(erasure);
        await db.SaveChangesAsync(cancellationToken);
        return erasure;
    }

    public async Task<List<ErasureRequest>> ListAsync(CancellationToken cancellationToken)
    {
        desk.RequireDesk();
        return await db.Set<ErasureRequest>().AsNoTracking().OrderBy(e => e.Status).ThenBy(e => e.DueDate).Take(500).ToListAsync(cancellationToken);
    }

    public async Task<ErasureRequest> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        desk.RequireDesk();
        return await db.Set<ErasureRequest>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw DomainException.NotFound("erasure request");
    }

    public async Task<ErasureView> GetAsync(Guid id, CancellationToken cancellationToken) => await ViewAsync(await LoadAsync(id, cancellationToken), cancellationToken);

    public async Task<ErasureView> ViewAsync(ErasureRequest e, CancellationToken cancellationToken)
    {
        IReadOnlyList<ErasureLine> assessment = [];
        string? refusal = null;
        if (e.Status == ErasureStatus.Open)
        {
            refusal = await RefusalAsync(e.CustomerId, cancellationToken);
            assessment = await RunAsync(e.CustomerId, (eraser, context) => eraser.AssessAsync(context, cancellationToken), cancellationToken);
        }

        return new ErasureView(e.Id, e.CustomerId, e.CustomerReference, e.ReceivedOn, e.Division, e.Grounds, e.DueDate, e.Status, e.CompletedOn, assessment,
            refusal, e.Outcome, e.Version);
    }

    /// <summary>The first module's reason erasure must wait, or null.</summary>
    public async Task<string?> RefusalAsync(Guid customerId, CancellationToken cancellationToken)
    {
        foreach (var eraser in erasers)
        {
            if (await eraser.RefusalAsync(customerId, cancellationToken) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs every module's eraser (assess or erase): first those that do not hold the identity, then the one that does,
    /// told the last day any other module keeps restricted records about the person.
    /// </summary>
    public async Task<IReadOnlyList<ErasureLine>> RunAsync(Guid customerId, Func<IPersonalDataEraser, ErasureContext, Task<IReadOnlyList<ErasureLine>>> run,
        CancellationToken cancellationToken)
    {
        var schedule = new RetentionSchedule(await db.Set<RetentionRule>().AsNoTracking().ToListAsync(cancellationToken));
        var context = new ErasureContext(customerId, schedule, clock.Today());
        var lines = new List<ErasureLine>();
        foreach (var eraser in erasers.Where(e => !e.HoldsIdentity))
        {
            lines.AddRange(await run(eraser, context));
        }

        var othersKeepUntil = lines.Where(l => l.Action == ErasureAction.Restricted).Max(l => l.RestrictedUntil);
        foreach (var eraser in erasers.Where(e => e.HoldsIdentity))
        {
            lines.InsertRange(0, await run(eraser, context with { OthersKeepUntil = othersKeepUntil }));
        }

        return lines;
    }
}
