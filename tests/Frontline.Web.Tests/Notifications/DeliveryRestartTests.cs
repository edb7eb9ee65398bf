using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Features.Platform.Notifications;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Tests.Notifications;

/// <summary>A node that sends slowly (so the test can stop it mid-delivery), with the scheduler's delivery job running.</summary>
public sealed class SlowMailAppFactory : MailAppFactory
{
    protected override bool Scheduler => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(sp => new SlowSender(new SmtpEmailSender(sp.GetRequiredService<IOptionsMonitor<SmtpOptions>>())));
        });
    }

    private sealed class SlowSender(IEmailSender inner) : IEmailSender
    {
        public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
        {
            await Task.Delay(400, cancellationToken);
            await inner.SendAsync(email, cancellationToken);
        }
    }
}

/// <summary>The next node, over the database of the one that stopped, sending at normal speed.</summary>
public sealed class NextMailAppFactory(FrontlineAppFactory previous) : MailAppFactory
{
    protected override bool Scheduler => true;

    protected override string? SharedConnectionString => previous.ConnectionString;

    // A node of the same cluster: the same scheduler name over the same tables.
    public override string SchedulerName => previous.SchedulerName;
}

public sealed class DeliveryRestartTests
{
    [Fact]
    public async Task StoppedMidDelivery_ThenRestarted_EveryMessageArrivesExactlyOnce()
    {
        const int count = 12;
        string[] addresses;
        List<Guid> outboxIds = [];
        var first = new SlowMailAppFactory();
        try
        {
            var people = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                people.Add(await first.CreateStaffAsync(Smtp4Dev.Unique($"mail.restart{i}"), [Roles.Agent]));
            }

            addresses = [.. Enumerable.Range(0, count).Select(i => Smtp4Dev.Unique($"mail.restart{i}") + "@example.test")];
            await using (var scope = first.Services.CreateAsyncScope())
            {
                var notifications = scope.ServiceProvider.GetRequiredService<INotifications>();
                foreach (var person in people)
                {
                    notifications.Queue(new NotificationRequest(person, "action-overdue", "Restart test", "Overdue.", null, "you own this action"));
                }

                var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
                await db.SaveChangesAsync();
                outboxIds = await db.Set<EmailOutboxMessage>().Where(m => people.Contains(m.RecipientId)).Select(m => m.Id).ToListAsync();
            }

            // Some have gone out when the node stops (as in a deploy): the rest are still in the outbox.
            var before = await Smtp4Dev.WaitForAsync(3, TimeSpan.FromSeconds(60), addresses);
            before.Count.ShouldBeGreaterThanOrEqualTo(3);
            await first.StartedHost!.StopAsync();
        }
        catch
        {
            await first.DisposeAsync();
            throw;
        }

        // The next node is disposed before the first: disposing the first drops the database the next one runs on.
        var next = new NextMailAppFactory(first);
        try
        {
            var sentBeforeStop = (await Smtp4Dev.ReceivedForAsync(addresses)).Count;
            sentBeforeStop.ShouldBeLessThan(count, "the node should have been stopped mid-delivery");

            _ = next.Services; // starts the host: the scheduler's delivery job picks up what is left
            var received = await Smtp4Dev.WaitForAsync(count, TimeSpan.FromSeconds(90), addresses);
            await Task.Delay(2000); // and nothing more arrives afterwards
            received = await Smtp4Dev.ReceivedForAsync(addresses);

            var rows = await next.WithDbAsync(db => db.Set<EmailOutboxMessage>().AsNoTracking().Where(m => outboxIds.Contains(m.Id)).ToListAsync());
            var state = string.Join("; ", rows.Select(m => $"{m.Status} attempts {m.Attempts} lease {m.LeasedUntil:O} next {m.NextAttemptAt:O} {m.LastError}"));
            received.Count.ShouldBe(count, state);
            received.Select(r => r.MessageId).Order(StringComparer.Ordinal)
                .ShouldBe(outboxIds.Select(NotificationDelivery.MessageIdFor).Order(StringComparer.Ordinal));
            rows.ShouldAllBe(m => m.Status == EmailStatus.Delivered && m.Attempts == 1);
        }
        finally
        {
            await next.DisposeAsync();
            await first.DisposeAsync();
        }
    }
}
