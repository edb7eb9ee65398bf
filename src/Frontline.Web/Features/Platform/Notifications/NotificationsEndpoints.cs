using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Platform.Notifications;

/// <summary>The caller's inbox and e-mail preferences (<c>/api/v1/notifications</c>).</summary>
public static class NotificationsEndpoints
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", List).WithName("ListNotifications").WithSummary("Your inbox, newest first: page, pageSize (≤ 200), unread=true");
        group.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead");
        group.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead");
        group.MapGet("/preferences", Preferences).WithName("NotificationPreferences").WithSummary("E-mail on or off per kind, and whether e-mail is on at all");
        group.MapPut("/preferences", SetPreference).WithName("SetNotificationPreference");
        return api;
    }

    public static async Task<Ok<NotificationPage>> List(Inbox inbox, bool? unread, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.ListAsync(unread == true, page, pageSize, cancellationToken));

    public static async Task<NoContent> MarkRead(Guid id, Inbox inbox, CancellationToken cancellationToken)
    {
        await inbox.MarkReadAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<MarkedRead>> MarkAllRead(Inbox inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MarkedRead(await inbox.MarkAllReadAsync(cancellationToken)));

    public static async Task<Ok<PreferencesView>> Preferences(Inbox inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PreferencesView(inbox.EmailEnabled, await inbox.PreferencesAsync(cancellationToken)));

    public static async Task<Ok<PreferenceView>> SetPreference(SetPreferenceRequest request, Inbox inbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inbox.SetPreferenceAsync(request.Kind, request.Email!.Value, cancellationToken));
}

public sealed record MarkedRead(int Marked);

/// <summary><see cref="EmailEnabled"/> is false when no SMTP host is configured: then nothing is e-mailed whatever the choices.</summary>
public sealed record PreferencesView(bool EmailEnabled, IReadOnlyList<PreferenceView> Kinds);
