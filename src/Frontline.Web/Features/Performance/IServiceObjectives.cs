namespace Frontline.Web.Features.Performance;

/// <summary>
/// The centre's service objectives and offers, for other modules (Communications shows the objectives a policy serves;
/// People ties development objectives to them): read-only, retired lines left out.
/// </summary>
public interface IServiceObjectives
{
    /// <summary>Every objective and offer in force, by title.</summary>
    Task<IReadOnlyList<ServiceObjectiveInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The objectives and offers that serve one communication policy.</summary>
    Task<IReadOnlyList<ServiceObjectiveInfo>> ForPolicyAsync(Guid policyId, CancellationToken cancellationToken);
}

/// <summary>An objective or offer: <paramref name="Kind"/> is <c>objective</c> or <c>offer</c>; <paramref name="KpiIds"/> the KPIs that measure it.</summary>
public sealed record ServiceObjectiveInfo(Guid Id, string Kind, string Title, string Statement, IReadOnlyList<Guid> KpiIds, Guid? PolicyId);
