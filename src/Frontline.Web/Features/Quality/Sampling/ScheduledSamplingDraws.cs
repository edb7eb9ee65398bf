using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Frontline.Domain.Quality.Sampling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Frontline.Web.Features.Quality.Sampling;

/// <summary>
/// The automatic draw: at the start of each period every active plan draws the period just ended (its contacts now
/// exist), as <see cref="DrawSample"/> does on demand. A plan created after that period ended starts with the next one;
/// a period already drawn (by hand, by another node, by an earlier run) is left as it is.
/// </summary>
public sealed class ScheduledSamplingDraws(FrontlineDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledSamplingDraws> log)
{
    /// <summary>Draws what is due; returns the number of draws made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.LocalDate(clock.GetUtcNow());
        var plans = await db.Set<SamplingPlan>().AsNoTracking().Where(p => p.IsActive).ToListAsync(cancellationToken);
        var drawn = 0;
        foreach (var plan in plans)
        {
            var previous = plan.PeriodContaining(plan.PeriodContaining(today).AddDays(-1));
            var (_, endExclusive) = plan.PeriodFrom(previous);
            if (UkTime.LocalDate(new DateTimeOffset(plan.CreatedAt, TimeSpan.Zero)) >= endExclusive
                || await db.Set<SamplingDraw>().AnyAsync(d => d.PlanId == plan.Id && d.PeriodStart == previous, cancellationToken))
            {
                continue;
            }

            // Each draw in its own unit of work: one plan's failure does not hold back the others.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<DrawSample>().ExecuteAsync(plan.Id, new DrawRequest(previous), null, cancellationToken);
                drawn++;
            }
            catch (DomainException e) when (e.Kind == DomainErrorKind.Conflict)
            {
                // Drawn meanwhile (by hand or by another node): nothing to do.
            }
            catch (DomainException e)
            {
                log.LogWarning("Scheduled draw of plan {PlanId} for {PeriodStart} refused: {Reason}", plan.Id, previous, e.Message);
            }
        }

        return drawn;
    }
}

/// <summary>Daily at 06:30 UK time (before the working day), and on demand (<c>POST /api/v1/quality/sampling-plans/scheduled-draws</c>).</summary>
[DisallowConcurrentExecution]
public sealed class ScheduledSamplingDrawsJob(ScheduledSamplingDraws draws) : IJob
{
    public const string Name = "quality-sampling-draws";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await draws.RunAsync(cancellationToken);
}
