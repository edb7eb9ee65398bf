using Frontline.Data;
using Frontline.Domain.Actions;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Actions;

/// <summary>The register seam other modules use: raise an action from a record, read back the record's actions.</summary>
public sealed class ImprovementActions(FrontlineDbContext db, INotifications notifications, TimeProvider clock, IHttpContextAccessor http) : IImprovementActions
{
    public const string OwnerKind = "action-assigned";

    public Guid Raise(RaiseImprovementAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var kind = ActionRegister.ParseSourceKind(action.SourceKind);
        if (action.OwnerId == Guid.Empty && string.IsNullOrWhiteSpace(action.OwnerName))
        {
            throw new DomainException("action.owner-required", "Choose who owns the action.", DomainErrorKind.Invalid, "ownerId");
        }

        var raisedBy = RaisedBy();
        var ownerId = action.OwnerId == Guid.Empty ? (Guid?)null : action.OwnerId;
        var entity = ImprovementAction.Raise(action.Title, action.Description, kind, action.SourceId, action.SourceLink, ownerId,
            ownerId is null ? action.OwnerName : null, action.DueOn, raisedBy, clock.GetUtcNow().UtcDateTime);
        db.Add(entity);
        if (ownerId is not null && raisedBy != ownerId)
        {
            notifications.Queue(AssignedNotice(entity));
        }

        return entity.Id;
    }

    public async Task<IReadOnlyList<ImprovementActionSummary>> ForSourceAsync(string sourceKind, string sourceId, CancellationToken cancellationToken)
    {
        if (!ActionNames.TryParse<ActionSourceKind>(sourceKind, out var kind))
        {
            return [];
        }

        var rows = await (
                from a in db.Set<ImprovementAction>().AsNoTracking()
                where a.SourceKind == kind && a.SourceId == sourceId
                join s in db.Set<StaffMember>() on a.OwnerId equals s.Id into owners
                from s in owners.DefaultIfEmpty()
                select new { a.Id, a.Title, a.OwnerId, StaffName = s == null ? null : s.DisplayName, a.OwnerName, a.DueOn, a.Status, a.CompletedAt, a.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new ImprovementActionSummary(r.Id, r.Title, r.OwnerId ?? Guid.Empty, r.StaffName ?? r.OwnerName ?? "", r.DueOn,
                ActionNames.Slug(r.Status), r.CompletedAt))];
    }

    /// <summary>"You own this action": sent when someone else gives a person an action.</summary>
    public static NotificationRequest AssignedNotice(ImprovementAction action) => new(
        action.OwnerId!.Value, OwnerKind, $"Action for you: {action.Title}",
        $"You have been given an improvement action due on {action.DueOn:d MMMM yyyy}: {action.Title}.",
        $"/actions/{action.Id}", "you own this action");

    private Guid? RaisedBy()
    {
        var id = http.HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return Guid.TryParse(id, out var staffId) ? staffId : null;
    }
}
