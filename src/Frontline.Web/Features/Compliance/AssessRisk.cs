using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>Records a dated risk assessment of a requirement (kept in its risk history).</summary>
public sealed class AssessRisk(FrontlineDbContext db, CurrentStaff current, TimeProvider clock)
{
    public async Task<Requirement> ExecuteAsync(Guid id, RiskRequest request, CancellationToken cancellationToken)
    {
        var requirement = await db.Set<Requirement>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw DomainException.NotFound("requirement");
        ComplianceAccess.CheckVersion("requirement", requirement.Version, request.Version);
        var change = requirement.AssessRisk(new RiskAssessment(request.Implications ?? "", request.InherentLikelihood, request.InherentImpact,
            request.ResidualLikelihood, request.ResidualImpact, request.Reasoning ?? ""), current.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        return requirement;
    }
}
