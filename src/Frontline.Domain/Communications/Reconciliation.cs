using Frontline.Domain.Platform;

namespace Frontline.Domain.Communications;

/// <summary>The three kinds of gap between a policy and its procedures (CC26 2.3).</summary>
public enum GapKind
{
    /// <summary>A clause staff must follow that no procedure in force implements.</summary>
    UnimplementedClause,

    /// <summary>A step of a procedure in force with no clause of the published policy behind it.</summary>
    UntracedStep,

    /// <summary>A procedure in force written under an older version of the policy.</summary>
    OutdatedProcedure,
}

/// <summary>One gap: <see cref="Key"/> names it stably (kind and the clause key, step id or procedure id), so actions raised on it find it again.</summary>
public sealed record PolicyGap(GapKind Kind, string Key, string Description, Guid? ProcedureId = null, int? ClauseNumber = null, int? StepNumber = null);

/// <summary>
/// Finds the gaps between the published version of a policy and the procedures in force under it: clauses of the
/// traced components (<see cref="PolicyCoverage.Traced"/>) cited by no step of any approved procedure; steps citing no
/// clause of the published version (none at all, or only clauses since removed); procedures following an older version.
/// Drafts are not in force, so they neither implement a clause nor leave a gap.
/// </summary>
public static class Reconciliation
{
    public static IReadOnlyList<PolicyGap> Gaps(PolicyVersion published, IEnumerable<Procedure> procedures)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(procedures);
        var inForce = procedures.Select(p => (Procedure: p, Version: p.InForce)).Where(x => x.Version is not null).OrderBy(x => x.Procedure.Title).ToList();
        var keys = published.Clauses.Select(c => c.Key).ToHashSet();
        var cited = inForce.SelectMany(x => x.Version!.Steps).SelectMany(s => s.ClauseKeys).ToHashSet();
        var gaps = new List<PolicyGap>();
        foreach (var (clause, number) in published.Ordered.Select((c, i) => (c, i + 1)))
        {
            if (PolicyCoverage.Traced.Contains(clause.Component) && !cited.Contains(clause.Key))
            {
                gaps.Add(new PolicyGap(GapKind.UnimplementedClause, $"clause:{clause.Key}",
                    $"Clause {number} ({PolicyComponents.Name(clause.Component)}) is implemented by no procedure in force.", ClauseNumber: number));
            }
        }

        foreach (var (procedure, version) in inForce)
        {
            foreach (var (step, number) in version!.Ordered.Select((s, i) => (s, i + 1)))
            {
                if (!step.ClauseKeys.Any(keys.Contains))
                {
                    gaps.Add(new PolicyGap(GapKind.UntracedStep, $"step:{step.Id}",
                        $"Step {number} of \u201c{version.Title}\u201d has no clause of policy version {published.Number} behind it.", procedure.Id, StepNumber: number));
                }
            }

            if (version.PolicyVersion < published.Number)
            {
                gaps.Add(new PolicyGap(GapKind.OutdatedProcedure, $"procedure:{procedure.Id}",
                    $"\u201c{version.Title}\u201d follows policy version {version.PolicyVersion}; version {published.Number} is in force.", procedure.Id));
            }
        }

        return gaps;
    }
}

/// <summary>
/// A reconciliation recorded when done: which policy version, by whom, when, the gaps found and the action raised on
/// each. It can only be recorded once every gap has an improvement action to resolve it.
/// </summary>
public sealed class PolicyReconciliation
{
    public const int MaxNotesLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PolicyId { get; init; }

    public int PolicyVersion { get; init; }

    public Guid RecordedById { get; init; }

    public DateTime At { get; init; }

    public int UnimplementedClauses { get; init; }

    public int UntracedSteps { get; init; }

    public int OutdatedProcedures { get; init; }

    public string? Notes { get; init; }

    /// <summary>Each gap and the action raised on it, one per line: <c>key → action id</c>.</summary>
    public string Gaps { get; init; } = "";

    public static PolicyReconciliation Record(Guid policyId, int policyVersion, IReadOnlyList<PolicyGap> gaps, IReadOnlyDictionary<string, Guid> actions,
        string? notes, Guid byId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(actions);
        var without = gaps.Count(g => !actions.ContainsKey(g.Key));
        if (without > 0)
        {
            throw new DomainException("reconciliation.gaps-without-action",
                $"{without} gap(s) have no improvement action to resolve them: raise one for each before recording the reconciliation.", DomainErrorKind.Conflict);
        }

        if (notes?.Length > MaxNotesLength)
        {
            throw new DomainException("reconciliation.notes", $"Keep the notes under {MaxNotesLength} characters.", DomainErrorKind.Invalid, "notes");
        }

        return new PolicyReconciliation
        {
            PolicyId = policyId, PolicyVersion = policyVersion, RecordedById = byId, At = now,
            UnimplementedClauses = gaps.Count(g => g.Kind == GapKind.UnimplementedClause), UntracedSteps = gaps.Count(g => g.Kind == GapKind.UntracedStep),
            OutdatedProcedures = gaps.Count(g => g.Kind == GapKind.OutdatedProcedure), Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            Gaps = string.Join("\n", gaps.Select(g => $"{g.Key} \u2192 {actions[g.Key]}")),
        };
    }
}
