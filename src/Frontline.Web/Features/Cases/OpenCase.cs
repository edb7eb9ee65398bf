using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Customers;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// Records a problem or query as a case: owned by the caller (or the owner named), in the owner's team, with the
/// service target for its category and priority and the due date counted in business hours.
/// </summary>
public sealed class OpenCase(FrontlineDbContext db, CurrentStaff me, CaseClock caseClock)
{
    public async Task<Case> ExecuteAsync(OpenCaseRequest request, CancellationToken cancellationToken)
    {
        if (!CaseCategories.IsKnown(request.Category))
        {
            throw new DomainException("case.category", $"Category must be one of {string.Join(", ", CaseCategories.All)}.", DomainErrorKind.Invalid, "category");
        }

        var customerId = request.CustomerId!.Value;
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            throw new DomainException("case.customer-unknown", "There is no customer with this id.", DomainErrorKind.Invalid, "customerId");
        }

        var owner = await OwnerAsync(db, me, request.OwnerId ?? me.Id, cancellationToken);
        var now = caseClock.Now;
        var @case = new Case
        {
            CustomerId = customerId,
            Summary = CardNumberRedactor.Redact(request.Summary.Trim())!,
            Description = CardNumberRedactor.Redact(request.Description?.Trim()),
            Category = request.Category,
            Priority = request.Priority!.Value,
            OwnerId = owner.Id,
            TeamId = owner.TeamId,
            CreatedById = me.Id,
            CreatedAt = now,
            LastCustomerUpdateAt = now,
        };
        @case.Reference = $"CS-{UkDate(now)}-{@case.Id.ToString("N")[^6..].ToUpperInvariant()}";
        await caseClock.SetTargetsAsync(@case, cancellationToken);
        await caseClock.ResetDueAsync(@case, cancellationToken);
        db.Add(@case);
        db.Add(new CaseEvent { CaseId = @case.Id, StaffId = me.Id, At = now, What = "opened" });
        await db.SaveChangesAsync(cancellationToken);
        return @case;
    }

    private static string UkDate(DateTime utc) =>
        Domain.Platform.Calendar.UkTime.LocalDate(CaseAccess.Instant(utc)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The owner must be an active staff member the caller can see (an agent may only own their own cases).</summary>
    public static async Task<StaffMember> OwnerAsync(FrontlineDbContext db, CurrentStaff me, Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == ownerId && s.IsActive, cancellationToken);
        var scope = await me.ScopeAsync(cancellationToken);
        if (owner is null || !scope.Includes(owner.TeamId, owner.Id) || (ownerId != me.Id && !me.IsInAnyRole(Roles.TeamLeader, Roles.Manager, Roles.Administrator)))
        {
            throw new DomainException("case.owner", "The owner must be an active colleague in your team (agents own the cases they open).", DomainErrorKind.Invalid, "ownerId");
        }

        return owner;
    }
}

/// <summary>Edits a case's summary, description, category, priority or owner; a new category or priority resets the target and due date.</summary>
public sealed class EditCase(FrontlineDbContext db, CurrentStaff me, CaseDirectory directory, CaseClock caseClock)
{
    public async Task ExecuteAsync(Guid id, UpdateCaseRequest request, CancellationToken cancellationToken)
    {
        var @case = await directory.FindToEditAsync(id, cancellationToken);
        CaseAccess.CheckVersion("case", @case.Version, request.Version);
        if (request.Category is { } category && !CaseCategories.IsKnown(category))
        {
            throw new DomainException("case.category", $"Category must be one of {string.Join(", ", CaseCategories.All)}.", DomainErrorKind.Invalid, "category");
        }

        if (request.OwnerId is { } ownerId && ownerId != @case.OwnerId)
        {
            var owner = await OpenCase.OwnerAsync(db, me, ownerId, cancellationToken);
            @case.OwnerId = owner.Id;
            @case.TeamId = owner.TeamId;
            db.Add(new CaseEvent { CaseId = id, StaffId = me.Id, At = caseClock.Now, What = $"owner changed to {owner.DisplayName}" });
        }

        @case.Summary = request.Summary is null ? @case.Summary : CardNumberRedactor.Redact(request.Summary.Trim())!;
        @case.Description = request.Description is null ? @case.Description : CardNumberRedactor.Redact(request.Description.Trim());
        if ((request.Category ?? @case.Category) != @case.Category || (request.Priority ?? @case.Priority) != @case.Priority)
        {
            @case.Category = request.Category ?? @case.Category;
            @case.Priority = request.Priority ?? @case.Priority;
            await caseClock.SetTargetsAsync(@case, cancellationToken);
            await caseClock.ResetDueAsync(@case, cancellationToken);
            db.Add(new CaseEvent
            {
                CaseId = id, StaffId = me.Id, At = caseClock.Now,
                What = $"service target now {@case.Category}/{CaseLifecycle.Code(@case.Priority)}",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// Moves a case through its lifecycle. Illegal moves are refused with the reason (409). Awaiting the customer stops the
/// service clock (a recorded pause); leaving it restarts the clock and moves the due date on. Reopening needs a reason.
/// </summary>
public sealed class ChangeCaseStatus(FrontlineDbContext db, CurrentStaff me, CaseDirectory directory, CaseClock caseClock)
{
    public async Task ExecuteAsync(Guid id, ChangeCaseStatusRequest request, CancellationToken cancellationToken)
    {
        var @case = await directory.FindToEditAsync(id, cancellationToken);
        CaseAccess.CheckVersion("case", @case.Version, request.Version);
        if (request.Status == CaseStatus.Referred)
        {
            // A case becomes referred by a referral (to whom, why, how), never by a bare status change.
            throw new DomainException("case.refer-instead", "Refer the case instead: a referral says to whom, why and how.", DomainErrorKind.Invalid, "status");
        }

        await ApplyAsync(db, caseClock, @case, request.Status!.Value, request.Reason, me.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Shared with referrals, which move the case to referred and back.</summary>
    public static async Task ApplyAsync(FrontlineDbContext db, CaseClock caseClock, Case @case, CaseStatus to, string? reason, Guid staffId,
        CancellationToken cancellationToken)
    {
        var reopening = @case.IsFinished && to == CaseStatus.Open;
        if (reopening && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("case.reopen-reason", "Say why the case is being reopened.", DomainErrorKind.Invalid, "reason");
        }

        var from = @case.Status;
        var pause = @case.ChangeStatus(to, caseClock.Now);
        await caseClock.ApplyAsync(@case, pause, cancellationToken);
        db.Add(new CaseEvent
        {
            CaseId = @case.Id, StaffId = staffId, At = caseClock.Now,
            What = reopening ? "reopened" : $"{CaseLifecycle.Code(from)} → {CaseLifecycle.Code(to)}",
            Reason = CardNumberRedactor.Redact(reason?.Trim()),
        });
    }
}

/// <summary>Logs what the customer was told, on which channel, and any constraint with its reason; restarts the needs-update count.</summary>
public sealed class RecordCustomerUpdate(FrontlineDbContext db, CurrentStaff me, CaseDirectory directory, CaseClock caseClock)
{
    public async Task<CustomerUpdate> ExecuteAsync(Guid caseId, CustomerUpdateRequest request, CancellationToken cancellationToken)
    {
        var @case = await directory.FindToEditAsync(caseId, cancellationToken);
        if (!ContactChannels.IsKnown(request.Channel))
        {
            throw new DomainException("update.channel", $"Channel must be one of {string.Join(", ", ContactChannels.All)}.", DomainErrorKind.Invalid, "channel");
        }

        if (request.ConstraintKind is { } kind && !CustomerUpdate.ConstraintKinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new DomainException("update.constraint", $"A constraint is one of {string.Join(", ", CustomerUpdate.ConstraintKinds)}.", DomainErrorKind.Invalid, "constraintKind");
        }

        if (request.ConstraintKind is not null && string.IsNullOrWhiteSpace(request.ConstraintReason))
        {
            throw new DomainException("update.constraint-reason", "Give the reason for the constraint, as explained to the customer.", DomainErrorKind.Invalid, "constraintReason");
        }

        var update = new CustomerUpdate
        {
            CaseId = caseId,
            StaffId = me.Id,
            Channel = request.Channel,
            Message = CardNumberRedactor.Redact(request.Message.Trim())!,
            ConstraintKind = request.ConstraintKind,
            ConstraintReason = request.ConstraintKind is null ? null : CardNumberRedactor.Redact(request.ConstraintReason?.Trim()),
            At = caseClock.Now,
        };
        @case.LastCustomerUpdateAt = update.At;
        db.Add(update);
        await db.SaveChangesAsync(cancellationToken);
        return update;
    }
}
