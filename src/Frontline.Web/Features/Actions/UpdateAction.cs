using Frontline.Data;
using Frontline.Domain.Actions;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Actions;

/// <summary>
/// Progress (status, evidence, effectiveness check) by anyone who sees the action; what it is, who owns it and when it
/// is due only by those who manage it (who raised it, the owner's team leader, the centre-wide roles).
/// </summary>
public sealed class UpdateAction(FrontlineDbContext db, ActionRegister register, CurrentStaff me, INotifications notifications)
{
    /// <summary>When no effectiveness check date is given, it falls due this long after completion.</summary>
    public const int DefaultEffectivenessDays = 30;

    public async Task<ActionView> ExecuteAsync(Guid id, UpdateActionRequest request, CancellationToken cancellationToken)
    {
        var row = await register.LoadAsync(id, cancellationToken);
        var action = row.Action;
        ActionRegister.CheckVersion(action, request.Version);
        var manages = await register.CanManageAsync(row, cancellationToken);
        if (!manages && (request.Title is not null || request.Description is not null || request.OwnerId is not null || request.DueOn is not null))
        {
            throw new DomainException("action.manage-forbidden",
                "Only whoever raised the action, the owner's team leader or a manager can change its title, owner or due date.", DomainErrorKind.Forbidden);
        }

        var now = register.Now;
        if (request.Title is not null)
        {
            action.Title = ImprovementAction.Required(request.Title, ImprovementAction.MaxTitleLength, "title", "Give the action a title.");
        }

        if (request.Description is not null)
        {
            action.Description = ImprovementAction.Optional(request.Description, ImprovementAction.MaxDescriptionLength, "description");
        }

        if (request.DueOn is { } due && due != action.DueOn)
        {
            if (due < register.Today)
            {
                throw new DomainException("action.due-in-past", "The due date cannot be in the past.", DomainErrorKind.Invalid, "dueOn");
            }

            action.DueOn = due;
        }

        var staffName = row.StaffName;
        var teamId = row.OwnerTeamId;
        if (request.OwnerId is { } ownerId && ownerId != action.OwnerId)
        {
            var owner = await register.OwnerAsync(ownerId, cancellationToken);
            action.OwnerId = owner.Id;
            action.OwnerName = null;
            staffName = owner.DisplayName;
            teamId = owner.TeamId;
            if (owner.Id != me.Id)
            {
                notifications.Queue(ImprovementActions.AssignedNotice(action));
            }
        }

        if (request.Status is not null || request.Evidence is not null)
        {
            var status = action.Status;
            if (request.Status is not null && !ActionNames.TryParse(request.Status, out status))
            {
                throw new DomainException("action.status-unknown", "status is open, in-progress, done or cancelled.", DomainErrorKind.Invalid, "status");
            }

            action.ChangeStatus(status, request.Evidence, me.Id, now);
            if (status == ActionStatus.Done && action.EffectivenessDueOn is null && request.EffectivenessDueOn is null)
            {
                action.EffectivenessDueOn = register.Today.AddDays(DefaultEffectivenessDays);
            }
        }

        if (request.EffectivenessDueOn is { } checkDue)
        {
            action.EffectivenessDueOn = checkDue;
        }

        if (request.EffectivenessResult is not null)
        {
            if (!ActionNames.TryParse<EffectivenessResult>(request.EffectivenessResult, out var result))
            {
                throw new DomainException("action.effectiveness-unknown", "effectivenessResult is effective or not-effective.", DomainErrorKind.Invalid,
                    "effectivenessResult");
            }

            action.RecordEffectiveness(result, request.EffectivenessNotes, me.Id, now);
        }
        else if (request.EffectivenessNotes is not null)
        {
            action.EffectivenessNotes = ImprovementAction.Optional(request.EffectivenessNotes, ImprovementAction.MaxNotesLength, "effectivenessNotes");
        }

        action.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return register.ToView(new ActionRegister.Row { Action = action, StaffName = staffName, OwnerTeamId = teamId });
    }

    /// <summary>
    /// Marks an action raised from a complaint done or not done from the complaint itself (the complaint's own scope was
    /// checked by the caller). The complaint API has no evidence field, so the complaint's record is named as evidence.
    /// </summary>
    public async Task<bool> CompleteFromSourceAsync(Guid id, ActionSourceKind kind, string sourceId, bool done, string evidence,
        CancellationToken cancellationToken)
    {
        var action = await db.Set<ImprovementAction>().SingleOrDefaultAsync(a => a.Id == id && a.SourceKind == kind && a.SourceId == sourceId,
            cancellationToken);
        if (action is null)
        {
            return false;
        }

        if (done && action.Status != ActionStatus.Done)
        {
            action.ChangeStatus(ActionStatus.Done, action.Evidence ?? evidence, me.Id, register.Now);
            action.EffectivenessDueOn ??= register.Today.AddDays(DefaultEffectivenessDays);
        }
        else if (!done && action.Status == ActionStatus.Done)
        {
            action.ChangeStatus(ActionStatus.Open, null, me.Id, register.Now);
        }

        return true;
    }
}
