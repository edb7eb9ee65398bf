using Frontline.Data;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Performance.Publishing;

/// <summary>The analyst's decisions on a validation run: exclude records (with a reason; only contacts of the period) or accept the data with a comment. Both audited.</summary>
public sealed class ReviewData(FrontlineDbContext db, ValidationDirectory directory, IContactMeasures contacts, Kpis.KpiDirectory kpis, CurrentStaff me,
    TimeProvider clock)
{
    public async Task<ValidationRunView> ExcludeAsync(Guid runId, ExcludeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = await directory.LoadAsync(runId, cancellationToken);
        CheckRevision(run, request.Revision);
        var ids = (request.ContactIds ?? []).Distinct().ToList();
        if (ids.Count > 0)
        {
            var kpi = await kpis.LoadAsync(run.KpiId, cancellationToken);
            var (fromUtc, toUtc) = KpiCalculator.Instants(run.PeriodStart, run.PeriodEnd);
            var found = new HashSet<Guid>();
            await foreach (var c in contacts.TimingsAsync(fromUtc, toUtc, KpiCalculator.ToFilter(kpi.VersionOn(run.PeriodStart).Definition.Filters) with { ContactIds = ids },
                cancellationToken))
            {
                found.Add(c.Id);
            }

            if (ids.FirstOrDefault(id => !found.Contains(id)) is var missing && missing != Guid.Empty)
            {
                throw new DomainException("validation.exclusion-records", $"Contact {missing} is not part of this period's data.", DomainErrorKind.Invalid, "contactIds");
            }
        }

        foreach (var exclusion in run.Exclude(ids, request.Reason, me.Id, clock.GetUtcNow().UtcDateTime))
        {
            db.Add(exclusion);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await directory.ViewAsync(run, cancellationToken);
    }

    public async Task<ValidationRunView> AcceptAsync(Guid runId, AcceptRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = await directory.LoadAsync(runId, cancellationToken);
        CheckRevision(run, request.Revision);
        run.Accept(request.Comment, me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await directory.ViewAsync(run, cancellationToken);
    }

    public static void CheckRevision(ValidationRun run, int? revision)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (revision is { } r && r != run.Version)
        {
            throw new DomainException("version.stale", $"This validation run was changed by someone else (revision {run.Version}, yours {r}). Reload and decide again.",
                DomainErrorKind.Conflict, "revision");
        }
    }
}
