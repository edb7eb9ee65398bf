using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;
using Frontline.Web.Features.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Actions;

/// <summary>Overdue actions tell the owner and the owner's line manager once per action per day, however often the job runs.</summary>
public sealed class OverdueReminderTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Overdue_NotifiesOwnerAndLineManager_OncePerDay_AgainTheNextDay()
    {
        var start = new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
        app.Clock.Set(start);
        var manager = await app.CreateStaffAsync("rem.manager", [Roles.Manager]);
        var owner = await app.CreateStaffAsync("rem.owner", [Roles.Agent], lineManagerId: manager);
        using var managerClient = await app.ClientForAsync("rem.manager");
        var created = await (await managerClient.PostAsJsonAsync("/api/v1/actions", new
        {
            title = "Reminder action", sourceKind = "kpi-review", ownerId = owner, dueOn = "2026-09-01",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var link = $"/actions/{created.Str("id")}";

        Task<int> Notices(Guid who) => app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.RecipientId == who && n.Kind == "action-overdue"));

        // Due today: not overdue yet.
        (await (await managerClient.PostAsync("/api/v1/actions/reminders", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("sent").GetInt32().ShouldBe(0);

        app.Clock.Set(start.AddHours(20)); // 2 September
        (await (await managerClient.PostAsync("/api/v1/actions/reminders", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("sent").GetInt32().ShouldBe(2);
        (await (await managerClient.PostAsync("/api/v1/actions/reminders", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("sent").GetInt32().ShouldBe(0);
        (await Notices(owner)).ShouldBe(1);
        (await Notices(manager)).ShouldBe(1);
        var notices = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Kind == "action-overdue" && n.Link == link).ToListAsync());
        notices.Single(n => n.RecipientId == owner).Reason.ShouldBe("you own this action");
        notices.Single(n => n.RecipientId == manager).Reason.ShouldBe("you are the line manager of the action's owner");

        // The next day, once more each; an agent cannot run the job.
        app.Clock.Set(start.AddHours(24 + 20));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As the daily job runs it (the manager's API token of yesterday has expired).
            (await scope.ServiceProvider.GetRequiredService<OverdueActionReminders>().SendAsync(CancellationToken.None)).ShouldBe(2);
        }

        (await Notices(owner)).ShouldBe(2);
        using var ownerClient = await app.ClientForAsync("rem.owner");
        await (await ownerClient.PostAsync("/api/v1/actions/reminders", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        app.Clock.Reset();
    }
}
