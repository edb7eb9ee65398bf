using Frontline.Data;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Performance.Kpis;
using Frontline.Web.Features.Performance.Results;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Performance.Publishing;

/// <summary>Runs the checks on a KPI's data for one whole period before its results are published; a period with no data is refused.</summary>
public sealed class RunValidation(FrontlineDbContext db, KpiDirectory kpis, IContactMeasures contacts, CurrentStaff me, TimeProvider clock, ValidationDirectory directory)
{
    public async Task<ValidationRunView> ExecuteAsync(Guid kpiId, RunValidationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kpi = await kpis.LoadAsync(kpiId, cancellationToken);
        var start = request.PeriodStart ?? throw new DomainException("validation.period", "Give the period's first day.", DomainErrorKind.Invalid, "periodStart");
        var frequency = kpi.Definition.Frequency;
        if (KpiPeriods.StartOf(start, frequency) != start)
        {
            throw new DomainException("validation.period", $"A {frequency.ToString().ToLowerInvariant()} period starts on {KpiPeriods.StartOf(start, frequency):yyyy-MM-dd}, not {start:yyyy-MM-dd}.",
                DomainErrorKind.Invalid, "periodStart");
        }

        var end = KpiPeriods.NextStart(start, frequency).AddDays(-1);
        var definition = kpi.VersionOn(start).Definition;
        var (fromUtc, toUtc) = KpiCalculator.Instants(start, end);
        var data = new List<ValidationContact>();
        await foreach (var c in contacts.TimingsAsync(fromUtc, toUtc, KpiCalculator.ToFilter(definition.Filters), cancellationToken))
        {
            data.Add(new ValidationContact(c.Id, c.AgentId, c.TeamId, c.Queue, c.OfferedAt, c.QueuedAt, c.AnsweredAt, c.EndedAt, c.WrapEndedAt, c.ExternalReference,
                UkTime.LocalDate(new DateTimeOffset(c.OfferedAt ?? c.CreatedAt, TimeSpan.Zero))));
        }

        if (data.Count == 0)
        {
            throw new DomainException("validation.no-data", $"There is no data for {kpi.Name} from {start:yyyy-MM-dd} to {end:yyyy-MM-dd}: nothing to validate or publish.",
                DomainErrorKind.Invalid, "periodStart");
        }

        var run = new ValidationRun
        {
            KpiId = kpi.Id, PeriodStart = start, PeriodEnd = end, ContactCount = data.Count, Problems = DataValidation.Run(data, start, end, new ValidationSettings()),
            RunById = me.Id, RunAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return await directory.ViewAsync(run, cancellationToken);
    }
}
