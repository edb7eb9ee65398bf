using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform.Notifications;

public sealed record NotificationView(Guid Id, string Kind, string Subject, string Body, string? Link, string Reason, DateTime CreatedAt, DateTime? ReadAt,
    string? Email);

public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Total, int Page, int PageSize, int Unread);

public sealed record PreferenceView(string Kind, string Description, bool Email);

public sealed record SetPreferenceRequest(
    [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(Notification.MaxKindLength, MinimumLength = 1)] string Kind,
    [property: System.ComponentModel.DataAnnotations.Required] bool? Email);

/// <summary>The kinds of notification people can choose about; modules add theirs here (the list only labels them).</summary>
public static class NotificationKinds
{
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["action-assigned"] = "An improvement action is given to you",
        ["action-overdue"] = "An improvement action you own, or one of your team's, is overdue",
        ["evaluation-shared"] = "An evaluation of your work is shared with you",
        ["dispute-decided"] = "A dispute you raised is decided",
        ["sample-assigned"] = "Contacts from a spot-check sample are given to you to evaluate",
    };
}

/// <summary>The signed-in person's inbox: only their own notifications, ever.</summary>
public sealed class Inbox(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, IOptionsMonitor<SmtpOptions> smtp)
{
    public bool EmailEnabled => smtp.CurrentValue.Enabled;

    /// <summary>The header's badge: one COUNT over the (recipient, read) index.</summary>
    public static Task<int> UnreadCountAsync(FrontlineDbContext context, Guid staffId, CancellationToken cancellationToken) =>
        context.Set<Notification>().CountAsync(n => n.RecipientId == staffId && n.ReadAt == null, cancellationToken);

    public async Task<NotificationPage> ListAsync(bool unreadOnly, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1)
        {
            throw new DomainException("paging.page", "page starts at 1.", DomainErrorKind.Invalid, "page");
        }

        if (size is < 1 or > 200)
        {
            throw new DomainException("paging.page-size", "pageSize is between 1 and 200.", DomainErrorKind.Invalid, "pageSize");
        }

        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == me.Id);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = await query.CountAsync(cancellationToken);
        var unread = unreadOnly ? total : await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var rows = await (
                from n in query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((p - 1) * size).Take(size)
                join m in db.Set<EmailOutboxMessage>() on n.Id equals m.NotificationId into mails
                from m in mails.DefaultIfEmpty()
                select new { n, Status = m == null ? (EmailStatus?)null : m.Status })
            .ToListAsync(cancellationToken);
        return new NotificationPage([.. rows.Select(r => new NotificationView(r.n.Id, r.n.Kind, r.n.Subject, r.n.Body, r.n.Link, r.n.Reason, r.n.CreatedAt,
            r.n.ReadAt, r.Status is { } s ? s.ToString().ToLowerInvariant() : null))], total, p, size, unread);
    }

    /// <summary>Marks one of the caller's notifications read; someone else's answers 404.</summary>
    public async Task<string?> MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var myId = me.Id;
        var link = await db.Set<Notification>().Where(n => n.Id == id && n.RecipientId == myId).Select(n => new { n.Link }).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("notification");
        await db.Set<Notification>().Where(n => n.Id == id && n.RecipientId == myId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return link.Link;
    }

    public Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var myId = me.Id;
        return db.Set<Notification>().Where(n => n.RecipientId == myId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>Every known kind plus any the person has received, with their choice (e-mail on unless turned off).</summary>
    public async Task<IReadOnlyList<PreferenceView>> PreferencesAsync(CancellationToken cancellationToken)
    {
        var myId = me.Id;
        var chosen = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.StaffId == myId).ToDictionaryAsync(p => p.Kind, p => p.Email, cancellationToken);
        var received = await db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == myId).Select(n => n.Kind).Distinct().ToListAsync(cancellationToken);
        return [.. NotificationKinds.Known.Keys.Union(received).Union(chosen.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => new PreferenceView(k, NotificationKinds.Known.GetValueOrDefault(k, k), chosen.GetValueOrDefault(k, true)))];
    }

    public async Task<PreferenceView> SetPreferenceAsync(string kind, bool email, CancellationToken cancellationToken)
    {
        var clean = kind.Trim();
        if (clean.Length == 0 || clean.Length > Notification.MaxKindLength)
        {
            throw new DomainException("preference.kind", "Name the kind of notification.", DomainErrorKind.Invalid, "kind");
        }

        var myId = me.Id;
        var row = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.StaffId == myId && p.Kind == clean, cancellationToken);
        if (row is null)
        {
            db.Add(new NotificationPreference { StaffId = myId, Kind = clean, Email = email });
        }
        else
        {
            row.Email = email;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PreferenceView(clean, NotificationKinds.Known.GetValueOrDefault(clean, clean), email);
    }
}
