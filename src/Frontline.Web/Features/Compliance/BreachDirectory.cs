using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Web.Features.Actions;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>Reads breaches through <see cref="BreachScope"/>: confidential ones are 404 to anyone outside the rule.</summary>
public sealed class BreachDirectory(FrontlineDbContext db, BreachScope scope, CompliancePeople people, IImprovementActions actions, TimeProvider clock)
{
    public async Task<List<BreachSummary>> ListAsync(BreachStatus? status, BreachRoute? route, Guid? requirementId, CancellationToken cancellationToken)
    {
        var query = db.Set<Breach>().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(b => b.Status == s);
        }

        if (route is { } r)
        {
            query = query.Where(b => b.Route == r);
        }

        if (requirementId is { } req)
        {
            query = query.Where(b => b.RequirementId == req);
        }

        var visible = await scope.FilterAsync(await query.OrderByDescending(b => b.DetectedAt).Take(2000).ToListAsync(cancellationToken), cancellationToken);
        var requirements = await RequirementsAsync(visible.Select(b => b.RequirementId), cancellationToken);
        var names = await people.NamesAsync(visible.SelectMany(b => b.StaffIds).Select(id => (Guid?)id), cancellationToken);
        return [.. visible.Select(b => new BreachSummary(b.Id, requirements.GetValueOrDefault(b.RequirementId ?? Guid.Empty).Citation,
            requirements.GetValueOrDefault(b.RequirementId ?? Guid.Empty).Title, Staff(b.StaffIds, names), b.OccurredAt, b.DetectedAt, b.DetectedBy, b.Severity,
            b.Status, b.Route, b.PersonalDataBreach, b.IcoNotificationDueAt, b.IcoNotifiedAt, b.Description))];
    }

    public async Task<BreachView> GetAsync(Guid id, CancellationToken cancellationToken) => await ViewAsync(await scope.RequireAsync(id, cancellationToken), cancellationToken);

    public async Task<BreachView> ViewAsync(Breach b, CancellationToken cancellationToken)
    {
        var requirements = await RequirementsAsync([b.RequirementId], cancellationToken);
        var requirement = requirements.GetValueOrDefault(b.RequirementId ?? Guid.Empty);
        var names = await people.NamesAsync([.. b.StaffIds.Select(s => (Guid?)s), .. b.Procedure.Select(p => p.HeardById),
            .. b.Procedure.Select(p => p.RecordedById), b.RecordedById], cancellationToken);
        var raised = await actions.ForSourceAsync("breach", b.Id.ToString(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new BreachView(b.Id, b.RequirementId, requirement.Citation, requirement.Title, Staff(b.StaffIds, names), b.OccurredAt, b.DetectedAt,
            b.DetectedBy, b.SourceLink, b.EvaluationId, b.Description, b.Severity, b.CustomersAffected, b.CustomerRedress, b.RootCause, b.PersonalDataBreach,
            b.ReportableToFca, b.FcaNotifiedAt, b.FcaReference, b.IcoNotificationDueAt, b.IcoNotifiedAt, b.IcoReference,
            b.IcoTimeLeft(now) is { } left ? Math.Round(left.TotalHours, 1) : null, b.Status, b.DecisionReason, b.Route, b.RoutedAt, b.CoachingNeed,
            b.IsConfidential, [.. b.Procedure.Select(p => new StepView(p.Stage, p.On, p.Notes, p.Companion, p.Outcome, p.Reasons, p.WarningExpiresOn,
                p.HeardById is { } h ? new StaffRef(h, names.GetValueOrDefault(h) ?? "") : null,
                p.RecordedById is { } r ? names.GetValueOrDefault(r) : null))],
            b.IsConfidential ? FormalProcedure.Next(b.Route, b.Procedure) : null, raised,
            b.RecordedById is { } by ? names.GetValueOrDefault(by) : "Quality monitoring", b.CreatedAt, b.Version);
    }

    private async Task<Dictionary<Guid, (string? Citation, string? Title)>> RequirementsAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? []
            : (await db.Set<Requirement>().AsNoTracking().Where(r => wanted.Contains(r.Id)).Select(r => new { r.Id, r.Citation, r.Title }).ToListAsync(cancellationToken))
                .ToDictionary(r => r.Id, r => ((string?)r.Citation, (string?)r.Title));
    }

    private static List<StaffRef> Staff(IEnumerable<Guid> ids, Dictionary<Guid, string> names) => [.. ids.Select(id => new StaffRef(id, names.GetValueOrDefault(id) ?? ""))];
}
