using Frontline.Domain.Cases;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

/// <summary>
/// A case service target in business minutes (a business day is the centre's opening hours): the first response and the
/// resolution, for one priority — for every category (<see cref="Category"/> null, the default) or for one category, which
/// overrides the default (fraud is worked faster). Set by managers in Performance; Cases reads them when a case opens.
/// </summary>
public sealed class CaseServiceTarget : IVersioned
{
    /// <summary>The longest target: 60 business days.</summary>
    public const long MaxMinutes = 60L * ServiceTargets.BusinessDay;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string? Category { get; init; }

    public CasePriority Priority { get; init; }

    public long FirstResponseMinutes { get; private set; }

    public long ResolutionMinutes { get; private set; }

    public Guid? UpdatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public static CaseServiceTarget Create(string? category, CasePriority priority, long firstResponseMinutes, long resolutionMinutes, Guid by, DateTime at)
    {
        var target = new CaseServiceTarget { Category = category, Priority = priority };
        target.Set(firstResponseMinutes, resolutionMinutes, by, at);
        return target;
    }

    /// <summary>Both targets are 1 minute to 60 business days, and the first response comes no later than the resolution.</summary>
    public void Set(long firstResponseMinutes, long resolutionMinutes, Guid by, DateTime at)
    {
        if (firstResponseMinutes is < 1 or > MaxMinutes)
        {
            throw new DomainException("case-target.first-response", $"The first-response target is 1 to {MaxMinutes:N0} business minutes.", DomainErrorKind.Invalid,
                "firstResponseMinutes");
        }

        if (resolutionMinutes is < 1 or > MaxMinutes)
        {
            throw new DomainException("case-target.resolution", $"The resolution target is 1 to {MaxMinutes:N0} business minutes.", DomainErrorKind.Invalid,
                "resolutionMinutes");
        }

        if (firstResponseMinutes > resolutionMinutes)
        {
            throw new DomainException("case-target.order", "The first response cannot be due after the resolution.", DomainErrorKind.Invalid, "firstResponseMinutes");
        }

        (FirstResponseMinutes, ResolutionMinutes, UpdatedById, UpdatedAt) = (firstResponseMinutes, resolutionMinutes, by, at);
    }
}

/// <summary>Which target applies to a case: always answers (the four priority defaults cannot be removed).</summary>
public static class CaseServiceTargetRules
{
    /// <summary>The category's own target for the priority when there is one, else the priority's default.</summary>
    public static CaseServiceTarget For(string category, CasePriority priority, IEnumerable<CaseServiceTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var forPriority = targets.Where(t => t.Priority == priority).ToList();
        return forPriority.FirstOrDefault(t => string.Equals(t.Category, category, StringComparison.Ordinal))
            ?? forPriority.FirstOrDefault(t => t.Category is null)
            ?? throw new InvalidOperationException($"No default case service target for priority {priority}: the migration seeds one per priority.");
    }
}
