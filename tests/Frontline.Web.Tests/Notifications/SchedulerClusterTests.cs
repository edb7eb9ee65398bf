using System.Collections.Concurrent;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Frontline.Web.Tests.Notifications;

/// <summary>Records each firing it runs (scheduled time and node), so the test can see no firing ran twice.</summary>
public sealed class CountingJob : IJob
{
    public static readonly ConcurrentBag<(DateTimeOffset Scheduled, string Node)> Runs = [];

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Runs.Add((context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.Scheduler.SchedulerInstanceId));
        await Task.Delay(50, cancellationToken); // long enough for the other node to try the same firing if it could
    }
}

/// <summary>A node with the scheduler on (over <paramref name="shared"/>'s database when given).</summary>
public sealed class SchedulerAppFactory(FrontlineAppFactory? shared = null) : FrontlineAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Scheduler:Enabled", "true");
        builder.UseSetting("Scheduler:IdleWaitSeconds", "1");
        builder.UseSetting("Scheduler:CheckinSeconds", "2");
        if (shared is not null)
        {
            builder.UseSetting("ConnectionStrings:Frontline", shared.ConnectionString);
            builder.UseSetting("Scheduler:Name", shared.SchedulerName);
        }
    }
}

public sealed class SchedulerClusterTests
{
    [Fact]
    public async Task TwoNodesOverOneDatabase_RunEachFiringOnce_OnPostgresClustered_OnSqliteOneNodeInMemory()
    {
        await using var first = new SchedulerAppFactory();
        var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var meta = await scheduler.GetMetadata();
        if (first.Provider == "Sqlite")
        {
            // SQLite is a single-node deployment: the in-memory store, not clustered.
            meta.JobStoreClustered.ShouldBeFalse();
            meta.JobStorePersistent.ShouldBeFalse();
            return;
        }

        meta.JobStoreClustered.ShouldBeTrue();
        meta.JobStorePersistent.ShouldBeTrue();
        await using var second = new SchedulerAppFactory(first);
        var other = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        other.SchedulerInstanceId.ShouldNotBe(scheduler.SchedulerInstanceId);

        const int fires = 30;
        var job = JobBuilder.Create<CountingJob>().WithIdentity("counting", "cluster-test").Build();
        var trigger = TriggerBuilder.Create().WithIdentity("counting", "cluster-test").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(200)).WithRepeatCount(fires - 1)).Build();
        await scheduler.ScheduleJob(job, trigger);

        var until = DateTime.UtcNow.AddSeconds(60);
        while (CountingJob.Runs.Count < fires && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }

        await Task.Delay(1500); // any duplicate would have run by now
        var runs = CountingJob.Runs.ToList();
        runs.Count.ShouldBe(fires);
        runs.Select(r => r.Scheduled).Distinct().Count().ShouldBe(fires, "a firing ran on two nodes");
        runs.Select(r => r.Node).ShouldAllBe(n => n == scheduler.SchedulerInstanceId || n == other.SchedulerInstanceId);
    }
}
