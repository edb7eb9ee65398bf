using Frontline.Domain.Cases;

namespace Frontline.Web.Features.Performance;

/// <summary>
/// The case service targets the centre has set (Performance owns them; Cases asks when a case opens or is reclassified, and
/// stores what it was given, so later changes leave existing cases alone). Always answers: every priority has a default.
/// </summary>
public interface ICaseServiceTargets
{
    Task<CaseTargets> ForAsync(string category, CasePriority priority, CancellationToken cancellationToken);
}

/// <summary>Targets in business minutes.</summary>
public sealed record CaseTargets(long FirstResponseMinutes, long ResolutionMinutes);
