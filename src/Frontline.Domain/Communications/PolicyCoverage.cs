using System.Text.RegularExpressions;

namespace Frontline.Domain.Communications;

/// <summary>A policy clause as a procedure sees it: whether it applies to the procedure, and the steps (numbered from 1) that cite it.</summary>
public sealed record ClauseCoverage(PolicyClause Clause, int Number, bool Applies, IReadOnlyList<int> CoveredBySteps)
{
    public bool Covered => CoveredBySteps.Count > 0;
}

/// <summary>
/// Which policy clauses a front-line procedure must follow (CC26 2.2). Only the components that govern how staff
/// communicate are traced: service objectives, channels, channel standards, accessibility, regulatory requirements and
/// record keeping (purpose, roles and the review cycle govern the policy itself). Such a clause applies to every
/// procedure unless it names channels or a mode (verbal/written), in which case it applies to procedures for those.
/// </summary>
public static partial class PolicyCoverage
{
    public static readonly IReadOnlySet<PolicyComponent> Traced = new HashSet<PolicyComponent>
    {
        PolicyComponent.ServiceObjectives, PolicyComponent.Channels, PolicyComponent.ChannelStandards, PolicyComponent.Accessibility,
        PolicyComponent.RegulatoryRequirements, PolicyComponent.RecordKeeping,
    };

    public static bool Applies(PolicyClause clause, MediaChannel channel, MediaMode mode)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(channel);
        if (!Traced.Contains(clause.Component))
        {
            return false;
        }

        var text = $"{clause.Heading} {clause.Text}";
        var namedChannels = MediaChannels.All.Where(c => Names(text, c.Words)).ToList();
        if (namedChannels.Count > 0 && !namedChannels.Contains(channel))
        {
            return false;
        }

        var verbal = Names(text, ["verbal", "spoken", "conversation", "conversations"]);
        var written = Names(text, ["written", "writing"]);
        if (verbal == written)
        {
            return true; // names neither mode, or both
        }

        return mode == MediaMode.Both || (verbal ? mode == MediaMode.Verbal : mode == MediaMode.Written);
    }

    /// <summary>Every clause of the policy version in order, with whether it applies and which steps cite it.</summary>
    public static IReadOnlyList<ClauseCoverage> For(PolicyVersion policy, MediaChannel channel, MediaMode mode, IReadOnlyList<IReadOnlyCollection<Guid>> stepClauseKeys)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(stepClauseKeys);
        return [.. policy.Ordered.Select((c, i) => new ClauseCoverage(c, i + 1, Applies(c, channel, mode),
            [.. stepClauseKeys.Select((keys, s) => (keys, s)).Where(x => x.keys.Contains(c.Key)).Select(x => x.s + 1)]))];
    }

    /// <summary>Whether the text names any of the words (whole words, a plural s allowed).</summary>
    private static bool Names(string text, IEnumerable<string> words) =>
        words.Any(w => Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(w)}s?(?![\p{{L}}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
