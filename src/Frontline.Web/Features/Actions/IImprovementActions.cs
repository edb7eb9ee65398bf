namespace Frontline.Web.Features.Actions;

/// <summary>
/// The one register of improvement actions (CC33 1.3). Any module raises an action from its own record — an
/// evaluation, an audit finding, a breach, a complaint's learning point, a KPI review — and reads back the actions
/// raised from it; the register owns the rows, reminders and effectiveness checks.
/// </summary>
public interface IImprovementActions
{
    /// <summary>
    /// Adds the action (and the notification to its owner) to the caller's unit of work; saved with the caller's
    /// change. Returns the new action's id.
    /// </summary>
    Guid Raise(RaiseImprovementAction action);

    /// <summary>The actions raised from one source record, oldest first.</summary>
    Task<IReadOnlyList<ImprovementActionSummary>> ForSourceAsync(string sourceKind, string sourceId, CancellationToken cancellationToken);
}

/// <summary>A new action. <paramref name="SourceKind"/>: <c>evaluation</c>, <c>audit-finding</c>, <c>breach</c>,
/// <c>complaint</c>, <c>kpi-review</c> or <c>other</c>; <paramref name="SourceLink"/> is the app path of the source record.
/// <paramref name="OwnerName"/> is only for owners known by name alone (the complaint API's free-text owner): pass
/// <see cref="Guid.Empty"/> as <paramref name="OwnerId"/> with it; the action then shows that name and no one is notified.</summary>
public sealed record RaiseImprovementAction(
    string Title, string? Description, string SourceKind, string? SourceId, string? SourceLink, Guid OwnerId, DateOnly DueOn,
    string? OwnerName = null);

/// <summary>An action as its source record shows it.</summary>
public sealed record ImprovementActionSummary(
    Guid Id, string Title, Guid OwnerId, string OwnerName, DateOnly DueOn, string Status, DateTime? CompletedAt);
