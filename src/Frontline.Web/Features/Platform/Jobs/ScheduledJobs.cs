using Frontline.Data;
using Quartz;

namespace Frontline.Web.Features.Platform.Jobs;

/// <summary>A job a module runs on the scheduler: a cron schedule (UK time) or a fixed interval, or on demand only.</summary>
public sealed record ScheduledJob(Type JobType, string Name, string Description, string? Cron = null, TimeSpan? Interval = null)
{
    public JobKey Key => new(Name, ScheduledJobs.Group);
}

/// <summary>
/// Scheduled work on Quartz.NET. Modules register their jobs with <see cref="AddScheduledJob{TJob}"/> in their
/// <c>AddX</c>; the host builds one scheduler from all of them (<see cref="AddScheduler"/>, called last). On PostgreSQL
/// the job store is Quartz's ADO store, clustered: every node schedules, and the database locks see to it that one
/// firing runs on one node. On SQLite (one node) the store is in memory.
/// </summary>
public static class ScheduledJobs
{
    public const string Group = "frontline";

    /// <summary>UK time for cron schedules (a daily 07:00 is 07:00 in summer too).</summary>
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string description, string? cron = null,
        TimeSpan? interval = null)
        where TJob : class, IJob
    {
        services.AddSingleton(new ScheduledJob(typeof(TJob), name, description, cron, interval));
        services.AddScoped<TJob>();
        return services;
    }

    /// <summary>Builds the scheduler from every registered job. <c>Scheduler:Enabled</c> = false leaves it out (maintenance commands, some tests).</summary>
    public static IServiceCollection AddScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("Scheduler:Enabled", true))
        {
            services.AddSingleton<IJobRunner, DisabledJobRunner>();
            return services;
        }

        var jobs = services.Where(d => d.ServiceType == typeof(ScheduledJob)).Select(d => (ScheduledJob)d.ImplementationInstance!).ToList();
        var provider = DatabaseSetup.ProviderFrom(configuration);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                // One name for every node: the cluster is the nodes sharing it; each node gets its own generated id. Quartz
                // keeps schedulers in a process-wide registry by name, so hosts in one process over different databases
                // (the test suite) need different names: Scheduler:Name.
                o.InstanceName = configuration.GetValue("Scheduler:Name", "Frontline")!;
                o.GenerateInstanceId = true;
                o.IdleWaitTime = TimeSpan.FromSeconds(configuration.GetValue("Scheduler:IdleWaitSeconds", 5));
            });
            if (provider == DatabaseProvider.Postgres)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(configuration.GetConnectionString("Frontline")!);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(configuration.GetValue("Scheduler:CheckinSeconds", 10));
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(configuration.GetValue("Scheduler:CheckinMisfireSeconds", 20));
                    });
                    store.UseSystemTextJsonSerializer();
                });
            }
            else
            {
                q.UseInMemoryStore();
            }

            foreach (var job in jobs)
            {
                q.AddJob(job.JobType, j => j.WithIdentity(job.Key).StoreDurably().WithDescription(job.Description));
                if (job.Cron is not null)
                {
                    q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.Name + "-schedule", Group)
                        .WithCronSchedule(job.Cron, c => c.InTimeZone(London).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
                }
                else if (job.Interval is { } every)
                {
                    q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.Name + "-schedule", Group).StartNow()
                        .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
                }
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IJobRunner, QuartzJobRunner>();
        return services;
    }
}

/// <summary>Runs a registered job now (on whichever node of the cluster picks it up).</summary>
public interface IJobRunner
{
    Task<bool> TriggerAsync(string name, CancellationToken cancellationToken);
}

internal sealed class QuartzJobRunner(ISchedulerFactory schedulers) : IJobRunner
{
    public async Task<bool> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(name, ScheduledJobs.Group);
        if (!await scheduler.Exists(key, cancellationToken))
        {
            return false;
        }

        await scheduler.TriggerJob(key, new JobDataMap(), cancellationToken);
        return true;
    }
}

internal sealed class DisabledJobRunner : IJobRunner
{
    public Task<bool> TriggerAsync(string name, CancellationToken cancellationToken) => Task.FromResult(false);
}
