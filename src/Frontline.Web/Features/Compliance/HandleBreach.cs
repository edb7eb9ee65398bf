using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Domain.People.Development;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Compliance;

/// <summary>
/// A compliance officer's handling of one breach: confirm or dismiss a suspected one, update what is known (customers
/// put right, root cause, FCA / ICO notifications), choose the route, record formal stages in order, raise remediation
/// actions, close. Every step loads the breach through <see cref="BreachScope"/> (404 outside it).
/// </summary>
public sealed class HandleBreach(FrontlineDbContext db, BreachScope scope, CurrentStaff current, ComplianceNotices notices, IImprovementActions actions,
    CompliancePeople people, IDevelopmentNeeds development, TimeProvider clock)
{
    public async Task<Breach> DecideAsync(Guid id, DecideBreachRequest request, CancellationToken cancellationToken)
    {
        var breach = await OfficerLoadAsync(id, cancellationToken);
        breach.Decide(request.Confirm, request.Reason, current.Id, Now);
        await db.SaveChangesAsync(cancellationToken);
        return breach;
    }

    public async Task<Breach> UpdateAsync(Guid id, UpdateBreachRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var breach = await OfficerLoadAsync(id, cancellationToken);
        ComplianceAccess.CheckVersion("breach", breach.Version, request.Version);
        if (request.CustomersAffected is < 0)
        {
            throw new DomainException("breach.customers", "Customers affected cannot be negative.", DomainErrorKind.Invalid, "customersAffected");
        }

        var now = Now;
        if (request.IcoNotifiedAt is { } ico && (!breach.PersonalDataBreach || ico.UtcDateTime > now.AddMinutes(5) || ico.UtcDateTime < breach.DetectedAt.AddDays(-1)))
        {
            throw new DomainException("breach.ico-notified", "Record an ICO notification only for a personal-data breach, at or after it was found and not in the future.",
                DomainErrorKind.Invalid, "icoNotifiedAt");
        }

        if (request.FcaNotifiedAt is { } fca && fca.UtcDateTime > now.AddMinutes(5))
        {
            throw new DomainException("breach.fca-notified", "The FCA cannot have been notified in the future.", DomainErrorKind.Invalid, "fcaNotifiedAt");
        }

        breach.CustomersAffected = request.CustomersAffected ?? breach.CustomersAffected;
        breach.CustomerRedress = RecordBreach.Trim(request.CustomerRedress) ?? breach.CustomerRedress;
        breach.RootCause = RecordBreach.Trim(request.RootCause) ?? breach.RootCause;
        breach.ReportableToFca = request.ReportableToFca ?? breach.ReportableToFca;
        breach.FcaNotifiedAt = request.FcaNotifiedAt?.UtcDateTime ?? breach.FcaNotifiedAt;
        breach.FcaReference = RecordBreach.Trim(request.FcaReference) ?? breach.FcaReference;
        breach.IcoNotifiedAt = request.IcoNotifiedAt?.UtcDateTime ?? breach.IcoNotifiedAt;
        breach.IcoReference = RecordBreach.Trim(request.IcoReference) ?? breach.IcoReference;
        breach.Severity = request.Severity ?? breach.Severity;
        breach.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return breach;
    }

    public async Task<Breach> RouteAsync(Guid id, RouteBreachRequest request, CancellationToken cancellationToken)
    {
        var breach = await OfficerLoadAsync(id, cancellationToken);
        ComplianceAccess.CheckVersion("breach", breach.Version, request.Version);
        if (!Enum.IsDefined(request.Route))
        {
            throw new DomainException("breach.route-required", "Choose coaching, disciplinary or grievance.", DomainErrorKind.Invalid, "route");
        }

        var before = breach.Route;
        breach.ChooseRoute(request.Route, request.CoachingNeed, Now);
        if (before != breach.Route)
        {
            await notices.RoutedAsync(breach, cancellationToken);
            if (breach.Route == BreachRoute.Coaching)
            {
                // The coaching route is a development need for each colleague concerned, saved with the routing or not at all.
                foreach (var staffId in breach.StaffIds)
                {
                    await development.RaiseAsync(new DevelopmentNeedSignal(staffId, NeedSource.Breach, breach.Id, breach.CoachingNeed ?? breach.Description,
                        $"/compliance/breaches/{breach.Id}", RaisedById: current.Id), cancellationToken);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return breach;
    }

    public async Task<Breach> RecordStageAsync(Guid id, StageRequest request, CancellationToken cancellationToken)
    {
        var breach = await OfficerLoadAsync(id, cancellationToken);
        ComplianceAccess.CheckVersion("breach", breach.Version, request.Version);
        if (request.HeardById is { } heard)
        {
            await people.RequireStaffAsync([heard], "heardById", cancellationToken);
        }

        var involved = new HashSet<Guid>(breach.StaffIds);
        foreach (var step in breach.Procedure)
        {
            if (step.RecordedById is { } r)
            {
                involved.Add(r);
            }
        }

        if (breach.DecidedById is { } decided)
        {
            involved.Add(decided);
        }

        var recorded = new ProcedureStep(request.Stage, request.On, RecordBreach.Trim(request.Notes), RecordBreach.Trim(request.Companion), request.Outcome,
            RecordBreach.Trim(request.Reasons), request.WarningExpiresOn, request.HeardById, current.Id);
        breach.RecordStage(recorded, involved, Now);
        notices.StageRecorded(breach, recorded);
        await db.SaveChangesAsync(cancellationToken);
        return breach;
    }

    public async Task<Guid> RaiseActionAsync(Guid id, BreachActionRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var breach = await OfficerLoadAsync(id, cancellationToken);
        await people.RequireStaffAsync([request.OwnerId], "ownerId", cancellationToken);
        var actionId = actions.Raise(new RaiseImprovementAction(request.Title.Trim(), RecordBreach.Trim(request.Description), "breach", breach.Id.ToString(),
            ComplianceNotices.Link(breach.Id), request.OwnerId, request.DueOn));
        await db.SaveChangesAsync(cancellationToken);
        return actionId;
    }

    public async Task<Breach> CloseAsync(Guid id, CancellationToken cancellationToken)
    {
        var breach = await OfficerLoadAsync(id, cancellationToken);
        breach.Close(Now);
        await db.SaveChangesAsync(cancellationToken);
        return breach;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Only compliance officers and managers handle breaches; anyone else who may see it is refused (403), anyone
    /// who may not see it gets 404.</summary>
    private async Task<Breach> OfficerLoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var breach = await scope.RequireAsync(id, cancellationToken);
        if (!scope.IsOfficer)
        {
            throw new DomainException("breach.officers-only", "Only compliance officers and managers handle breaches.", DomainErrorKind.Forbidden);
        }

        return breach;
    }
}
