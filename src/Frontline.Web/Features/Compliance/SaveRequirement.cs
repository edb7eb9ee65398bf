using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>Adds a requirement to the register, or changes one (optimistic concurrency on <c>version</c>).</summary>
public sealed class SaveRequirement(FrontlineDbContext db, CompliancePeople people, TimeProvider clock)
{
    public async Task<Requirement> CreateAsync(RequirementRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var requirement = new Requirement
        {
            Title = "",
            Source = "",
            Citation = "",
            Summary = "",
            CustomerEffect = "",
            ColleagueEffect = "",
            CreatedAt = now,
        };
        await ApplyAsync(requirement, request, now, cancellationToken);
        db.Add(requirement);
        await db.SaveChangesAsync(cancellationToken);
        return requirement;
    }

    public async Task<Requirement> UpdateAsync(Guid id, RequirementRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var requirement = await db.Set<Requirement>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("requirement");
        if (request.Version is null)
        {
            throw new DomainException("version.required", "Send the version you are changing.", DomainErrorKind.Invalid, "version");
        }

        ComplianceAccess.CheckVersion("requirement", requirement.Version, request.Version);
        await ApplyAsync(requirement, request, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return requirement;
    }

    /// <summary>Adds a control (what in Frontline meets the requirement), checked like any edit.</summary>
    public Task<Requirement> AddControlAsync(Guid id, ControlRequest control, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, r => r.Controls.Add(new RequirementControl(control.Kind, Trim(control.Reference), Trim(control.Label) ?? "", Trim(control.Description))),
            cancellationToken);

    public Task<Requirement> RemoveControlAsync(Guid id, int index, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, r =>
        {
            if (index < 0 || index >= r.Controls.Count)
            {
                throw new DomainException("requirement.control-index", "There is no such control.", DomainErrorKind.Invalid, "index");
            }

            r.Controls.RemoveAt(index);
        }, cancellationToken);

    public Task<Requirement> AddMeasureAsync(Guid id, MeasureRequest measure, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, r => r.Measures.Add(new RequirementMeasure(measure.Kind, measure.Threshold, measure.AtRiskFrom, Trim(measure.Reference))),
            cancellationToken);

    private async Task<Requirement> ChangeAsync(Guid id, int? version, Action<Requirement> change, CancellationToken cancellationToken)
    {
        var requirement = await db.Set<Requirement>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("requirement");
        ComplianceAccess.CheckVersion("requirement", requirement.Version, version);
        // A copy, so that EF sees a new list (the JSON column compares by content) and a refused change leaves nothing behind.
        requirement.Controls = [.. requirement.Controls];
        requirement.Measures = [.. requirement.Measures];
        change(requirement);
        requirement.Validate();
        requirement.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return requirement;
    }

    private async Task ApplyAsync(Requirement r, RequirementRequest request, DateTime now, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(request.Type))
        {
            throw new DomainException("requirement.type", "Choose the type: legislation, regulation, code-of-practice, standard or organisational-procedure.",
                DomainErrorKind.Invalid, "type");
        }

        r.Title = Trim(request.Title) ?? "";
        r.Type = request.Type;
        r.Source = Trim(request.Source) ?? "";
        r.Citation = Trim(request.Citation) ?? "";
        r.Summary = Trim(request.Summary) ?? "";
        r.CustomerEffect = Trim(request.CustomerEffect) ?? "";
        r.ColleagueEffect = Trim(request.ColleagueEffect) ?? "";
        r.Channels = Trim(request.Channels);
        r.Products = Trim(request.Products);
        r.Processes = Trim(request.Processes);
        r.Teams = Trim(request.Teams);
        r.OwnerId = request.OwnerId;
        r.ReviewOn = request.ReviewOn;
        r.Status = request.Status;
        r.Controls = [.. (request.Controls ?? []).Select(c => new RequirementControl(c.Kind, Trim(c.Reference), Trim(c.Label) ?? "", Trim(c.Description)))];
        r.Measures = [.. (request.Measures ?? []).Select(m => new RequirementMeasure(m.Kind, m.Threshold, m.AtRiskFrom, Trim(m.Reference)))];
        r.UpdatedAt = now;
        r.Validate();
        if (request.OwnerId is { } owner)
        {
            await people.RequireStaffAsync([owner], "ownerId", cancellationToken);
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
