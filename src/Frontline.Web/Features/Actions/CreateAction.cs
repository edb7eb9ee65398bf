using Frontline.Data;
using Frontline.Domain.Actions;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Platform.Notifications;

namespace Frontline.Web.Features.Actions;

/// <summary>Someone records an action by hand (from a KPI review, a meeting...) and gives it an owner.</summary>
public sealed class CreateAction(FrontlineDbContext db, ActionRegister register, CurrentStaff me, INotifications notifications)
{
    /// <summary>Roles that give out actions; agents own and progress them.</summary>
    public static readonly string[] Raisers =
        [Roles.TeamLeader, Roles.QualityAnalyst, Roles.ComplianceOfficer, Roles.ComplaintsHandler, Roles.Trainer, Roles.Manager, Roles.Administrator];

    public async Task<ActionView> ExecuteAsync(CreateActionRequest request, CancellationToken cancellationToken)
    {
        var kind = ActionRegister.ParseSourceKind(request.SourceKind);
        var owner = await register.OwnerAsync(request.OwnerId!.Value, cancellationToken);
        if (request.DueOn!.Value < register.Today)
        {
            throw new DomainException("action.due-in-past", "The due date cannot be in the past.", DomainErrorKind.Invalid, "dueOn");
        }

        var action = ImprovementAction.Raise(request.Title, request.Description, kind, request.SourceId, request.SourceLink, owner.Id, null,
            request.DueOn.Value, me.Id, register.Now);
        db.Add(action);
        if (owner.Id != me.Id)
        {
            notifications.Queue(ImprovementActions.AssignedNotice(action));
        }

        await db.SaveChangesAsync(cancellationToken);
        return register.ToView(new ActionRegister.Row { Action = action, StaffName = owner.DisplayName, OwnerTeamId = owner.TeamId });
    }
}
