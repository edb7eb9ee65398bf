using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Features.Platform.Notifications;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Notifications;

/// <summary>E-mail through the real SMTP server on loopback (smtp4dev), preferences, and the inbox API.</summary>
public sealed class NotificationDeliveryTests(MailAppFactory app) : IClassFixture<MailAppFactory>
{
    internal static async Task<Guid> QueueAsync(FrontlineAppFactory host, Guid recipient, string kind, string subject)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<INotifications>().Queue(new NotificationRequest(recipient, kind, subject,
            "An improvement action was given to you.", "/actions/1", "you own this action"));
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        await db.SaveChangesAsync();
        return await db.Set<EmailOutboxMessage>().Where(m => m.RecipientId == recipient).OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync();
    }

    internal static async Task<int> DeliverAsync(FrontlineAppFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Delivered_ThroughTheRealSmtpServer_WithAMessageIdFromTheOutboxRow()
    {
        var person = await app.CreateStaffAsync(Smtp4Dev.Unique("mail.deliver"), [Roles.Agent]);
        var outboxId = await QueueAsync(app, person, "action-assigned", "Action for you: clear desk");
        (await DeliverAsync(app)).ShouldBeGreaterThanOrEqualTo(1);

        var received = (await Smtp4Dev.WaitForAsync(1, TimeSpan.FromSeconds(10), Smtp4Dev.Unique("mail.deliver") + "@example.test")).ShouldHaveSingleItem();
        received.Subject.ShouldBe("Action for you: clear desk");
        received.MessageId.ShouldBe(NotificationDelivery.MessageIdFor(outboxId));
        var row = await app.WithDbAsync(db => db.Set<EmailOutboxMessage>().SingleAsync(m => m.Id == outboxId));
        row.Status.ShouldBe(EmailStatus.Delivered);
        row.Attempts.ShouldBe(1);
        row.DeliveredAt.ShouldNotBeNull();

        // Delivered once: another run sends nothing more.
        await DeliverAsync(app);
        (await Smtp4Dev.ReceivedForAsync(Smtp4Dev.Unique("mail.deliver") + "@example.test")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task PreferenceOff_NoEmail_ButTheInboxHasIt_AndOnlyTheRecipientReadsIt()
    {
        var person = await app.CreateStaffAsync(Smtp4Dev.Unique("mail.quiet"), [Roles.Agent]);
        await app.CreateStaffAsync(Smtp4Dev.Unique("mail.other"), [Roles.Agent]);
        using var client = await app.ClientForAsync(Smtp4Dev.Unique("mail.quiet"));
        var prefs = await (await client.GetAsync("/api/v1/notifications/preferences")).ReadJsonAsync(HttpStatusCode.OK);
        prefs.GetProperty("emailEnabled").GetBoolean().ShouldBeTrue();
        (await client.PutAsJsonAsync("/api/v1/notifications/preferences", new { kind = "action-assigned", email = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PutAsJsonAsync("/api/v1/notifications/preferences", new { kind = "action-assigned" })).ShouldBeValidationProblemAsync("email");

        var outboxId = await QueueAsync(app, person, "action-assigned", "Quiet action");
        await QueueAsync(app, person, "action-overdue", "Loud reminder");
        await DeliverAsync(app);

        var received = await Smtp4Dev.WaitForAsync(1, TimeSpan.FromSeconds(10), Smtp4Dev.Unique("mail.quiet") + "@example.test");
        received.Select(r => r.Subject).ShouldBe(["Loud reminder"]);
        var row = await app.WithDbAsync(db => db.Set<EmailOutboxMessage>().SingleAsync(m => m.Id == outboxId));
        row.Status.ShouldBe(EmailStatus.Skipped);
        row.LastError.ShouldBe(NotificationDelivery.SkippedPreference);

        var inbox = await (await client.GetAsync("/api/v1/notifications?unread=true&pageSize=1")).ReadJsonAsync(HttpStatusCode.OK);
        inbox.GetProperty("total").GetInt32().ShouldBe(2);
        inbox.GetProperty("page").GetInt32().ShouldBe(1);
        inbox.GetProperty("pageSize").GetInt32().ShouldBe(1);
        inbox.GetProperty("items").GetArrayLength().ShouldBe(1);
        var all = await (await client.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK);
        var quiet = all.GetProperty("items").EnumerateArray().Single(n => n.Str("subject") == "Quiet action");
        quiet.Str("reason").ShouldBe("you own this action");
        quiet.Str("link").ShouldBe("/actions/1");

        using var other = await app.ClientForAsync(Smtp4Dev.Unique("mail.other"));
        await (await other.PostAsync($"/api/v1/notifications/{quiet.Str("id")}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await other.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);

        (await client.PostAsync($"/api/v1/notifications/{quiet.Str("id")}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var unread = await (await client.GetAsync("/api/v1/notifications?unread=true")).ReadJsonAsync(HttpStatusCode.OK);
        unread.GetProperty("total").GetInt32().ShouldBe(1);
        (await client.PostAsync("/api/v1/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await client.GetAsync("/api/v1/notifications?unread=true")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);
        await (await client.GetAsync("/api/v1/notifications?pageSize=500")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

/// <summary>An SMTP server that refuses every connection with 554, as a server that will not take mail does.</summary>
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public RefusingSmtpServer()
    {
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("554 5.3.2 Not accepting mail (test)\r\n"), _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (SocketException)
                {
                    // a client gone away: keep refusing the next
                }
            }
        });
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}

/// <summary>The app pointed at <see cref="RefusingSmtpServer"/>.</summary>
public sealed class RefusedMailAppFactory : MailAppFactory
{
    public RefusingSmtpServer Refusing { get; } = new();

    protected override int SmtpPort => Refusing.Port;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Refusing.Dispose();
        }
    }
}

public sealed class NotificationRetryTests(RefusedMailAppFactory app) : IClassFixture<RefusedMailAppFactory>
{
    [Fact]
    public async Task RefusedBySmtpServer_RetriesWithDoublingBackOff_ThenGivesUpRecordingTheError()
    {
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        app.Clock.Set(start);
        var person = await app.CreateStaffAsync(Smtp4Dev.Unique("mail.refused"), [Roles.Agent]);
        var id = await NotificationDeliveryTests.QueueAsync(app, person, "action-overdue", "Refused reminder");
        Task<EmailOutboxMessage> Row() => app.WithDbAsync(db => db.Set<EmailOutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));

        await NotificationDeliveryTests.DeliverAsync(app);
        var first = await Row();
        first.Status.ShouldBe(EmailStatus.Pending);
        first.Attempts.ShouldBe(1);
        first.NextAttemptAt.ShouldBe(start.UtcDateTime.AddSeconds(60));
        first.LastError!.ShouldContain("Not accepting mail");
        first.LeasedUntil.ShouldBeNull();

        // Not due yet: nothing is tried.
        app.Clock.Set(start.AddSeconds(59));
        await NotificationDeliveryTests.DeliverAsync(app);
        (await Row()).Attempts.ShouldBe(1);

        app.Clock.Set(start.AddSeconds(61));
        await NotificationDeliveryTests.DeliverAsync(app);
        var second = await Row();
        second.Attempts.ShouldBe(2);
        second.NextAttemptAt.ShouldBe(start.UtcDateTime.AddSeconds(61 + 120)); // doubled

        app.Clock.Set(start.AddSeconds(61 + 121));
        await NotificationDeliveryTests.DeliverAsync(app);
        var last = await Row();
        last.Attempts.ShouldBe(3);
        last.Status.ShouldBe(EmailStatus.Failed); // MaxAttempts = 3
        last.LastError!.ShouldContain("Not accepting mail");
        app.Clock.Reset();
    }
}
