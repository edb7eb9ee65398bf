using Frontline.Data;
using Frontline.Domain.Actions;
using Frontline.Domain.Platform.Notifications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Platform.Notifications;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Actions;

/// <summary>The seams other modules call: what they write goes in the caller's unit of work, and nothing before it saves.</summary>
public sealed class ImprovementActionSeamTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Raise_AddsTheActionAndTellsItsOwner_OnlyWhenTheCallerSaves()
    {
        var owner = await app.CreateStaffAsync("seam.owner", [Roles.TeamLeader]);
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var register = scope.ServiceProvider.GetRequiredService<IImprovementActions>();
            id = register.Raise(new RaiseImprovementAction("Retrain on ID&V", "Two failures this week", "audit-finding", "F-1", "/quality/audits/1",
                owner, new DateOnly(2026, 12, 31)));
            // Not saved: the caller decides.
        }

        (await app.WithDbAsync(db => db.Set<ImprovementAction>().AnyAsync(a => a.Id == id))).ShouldBeFalse();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var register = scope.ServiceProvider.GetRequiredService<IImprovementActions>();
            id = register.Raise(new RaiseImprovementAction("Retrain on ID&V", "Two failures this week", "audit-finding", "F-1", "/quality/audits/1",
                owner, new DateOnly(2026, 12, 31)));
            await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().SaveChangesAsync();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var register = scope.ServiceProvider.GetRequiredService<IImprovementActions>();
            var listed = await register.ForSourceAsync("audit-finding", "F-1", CancellationToken.None);
            var action = listed.ShouldHaveSingleItem();
            action.Id.ShouldBe(id);
            action.OwnerId.ShouldBe(owner);
            action.OwnerName.ShouldBe("Test seam.owner");
            action.Status.ShouldBe("open");
            (await register.ForSourceAsync("complaint", "F-1", CancellationToken.None)).ShouldBeEmpty();
        }

        var (inbox, outbox) = await app.WithDbAsync(async db => (
            await db.Set<Notification>().Where(n => n.RecipientId == owner).ToListAsync(),
            await db.Set<EmailOutboxMessage>().Where(m => m.RecipientId == owner).ToListAsync()));
        var notice = inbox.ShouldHaveSingleItem();
        notice.Reason.ShouldBe("you own this action");
        notice.Link.ShouldBe($"/actions/{id}");
        notice.ReadAt.ShouldBeNull();
        var mail = outbox.ShouldHaveSingleItem();
        mail.NotificationId.ShouldBe(notice.Id);
        mail.Status.ShouldBeOneOf(EmailStatus.Pending, EmailStatus.Skipped); // skipped once the delivery job runs: e-mail is off here
    }

    [Fact]
    public async Task Raise_RefusesAnUnknownSourceKind()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<IImprovementActions>();
        Should.Throw<DomainException>(() => register.Raise(new RaiseImprovementAction("x", null, "rumour", null, null, Guid.NewGuid(), new DateOnly(2026, 12, 31))))
            .Field.ShouldBe("sourceKind");
    }

    [Fact]
    public async Task Queue_WritesInboxAndOutboxWithTheCallersChange()
    {
        var person = await app.CreateStaffAsync("seam.agent", [Roles.Agent]);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<INotifications>().Queue(new NotificationRequest(person, "evaluation-shared", "Your evaluation",
                "An evaluation of your call was shared with you.", "/quality/evaluations/1", "you are the agent evaluated"));
            await scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().SaveChangesAsync();
        }

        var count = await app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.RecipientId == person && n.Kind == "evaluation-shared"));
        count.ShouldBe(1);
        (await app.WithDbAsync(db => db.Set<EmailOutboxMessage>().CountAsync(m => m.RecipientId == person))).ShouldBe(1);
    }
}
