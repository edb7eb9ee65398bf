using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>Records a breach of a requirement (open at once: a person found it). Compliance officers are told of a
/// personal-data breach and its 72-hour ICO clock.</summary>
public sealed class RecordBreach(FrontlineDbContext db, CurrentStaff current, CompliancePeople people, ComplianceNotices notices, TimeProvider clock)
{
    public async Task<Breach> ExecuteAsync(RecordBreachRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        string? citation = null;
        if (request.RequirementId is { } requirementId)
        {
            citation = await db.Set<Requirement>().Where(r => r.Id == requirementId).Select(r => r.Citation).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainException("breach.requirement", "There is no requirement with this id.", DomainErrorKind.Invalid, "requirementId");
        }
        else
        {
            throw new DomainException("breach.requirement-required", "Say which requirement was breached.", DomainErrorKind.Invalid, "requirementId");
        }

        var staff = request.StaffIds ?? [];
        if (staff.Count > 0)
        {
            await people.RequireStaffAsync(staff, "staffIds", cancellationToken);
        }

        if (!Enum.IsDefined(request.DetectedBy) || !Enum.IsDefined(request.Severity))
        {
            throw new DomainException("breach.enum", "Use a known detection source and severity.", DomainErrorKind.Invalid, "severity");
        }

        if (request.CustomersAffected is < 0)
        {
            throw new DomainException("breach.customers", "Customers affected cannot be negative.", DomainErrorKind.Invalid, "customersAffected");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var breach = Breach.Record(request.RequirementId, staff, request.OccurredAt.UtcDateTime, request.DetectedAt.UtcDateTime, request.DetectedBy,
            request.SourceLink?.Trim(), request.Description ?? "", request.Severity, request.PersonalDataBreach, current.Id, now);
        breach.CustomersAffected = request.CustomersAffected ?? 0;
        breach.CustomerRedress = Trim(request.CustomerRedress);
        breach.RootCause = Trim(request.RootCause);
        breach.ReportableToFca = request.ReportableToFca;
        db.Add(breach);
        await notices.RecordedAsync(breach, citation, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return breach;
    }

    internal static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
