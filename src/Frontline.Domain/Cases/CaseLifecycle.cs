namespace Frontline.Domain.Cases;

/// <summary>
/// Which status may follow which. A resolved or closed case comes back only by reopening (to open);
/// a closed case can only be reopened; nothing moves to the status it already has.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Open] = [CaseStatus.AwaitingCustomer, CaseStatus.AwaitingThirdParty, CaseStatus.Referred, CaseStatus.Resolved],
        [CaseStatus.AwaitingCustomer] = [CaseStatus.Open, CaseStatus.AwaitingThirdParty, CaseStatus.Referred, CaseStatus.Resolved],
        [CaseStatus.AwaitingThirdParty] = [CaseStatus.Open, CaseStatus.AwaitingCustomer, CaseStatus.Referred, CaseStatus.Resolved],
        [CaseStatus.Referred] = [CaseStatus.Open, CaseStatus.AwaitingCustomer, CaseStatus.AwaitingThirdParty, CaseStatus.Resolved],
        [CaseStatus.Resolved] = [CaseStatus.Closed, CaseStatus.Open],
        [CaseStatus.Closed] = [CaseStatus.Open],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<CaseStatus> Next(CaseStatus from) => Allowed[from];

    public static string WhyNot(CaseStatus from, CaseStatus to) => (from, to) switch
    {
        _ when from == to => $"The case is already {Code(from)}.",
        (CaseStatus.Closed, _) => "A closed case can only be reopened.",
        (CaseStatus.Resolved, _) => "A resolved case can only be closed or reopened.",
        (_, CaseStatus.Closed) => "Only a resolved case can be closed: resolve it first.",
        _ => $"A case that is {Code(from)} cannot become {Code(to)}.",
    };

    /// <summary>The API spelling: <c>awaiting-customer</c>.</summary>
    public static string Code(CaseStatus status) => status switch
    {
        CaseStatus.Open => "open",
        CaseStatus.AwaitingCustomer => "awaiting-customer",
        CaseStatus.AwaitingThirdParty => "awaiting-third-party",
        CaseStatus.Referred => "referred",
        CaseStatus.Resolved => "resolved",
        CaseStatus.Closed => "closed",
    };

    public static bool TryParse(string? code, out CaseStatus status)
    {
        foreach (var s in Enum.GetValues<CaseStatus>())
        {
            if (string.Equals(Code(s), code, StringComparison.Ordinal))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string Code(CasePriority priority) => priority switch
    {
        CasePriority.Low => "low",
        CasePriority.Normal => "normal",
        CasePriority.High => "high",
        CasePriority.Urgent => "urgent",
    };

    public static bool TryParse(string? code, out CasePriority priority)
    {
        foreach (var p in Enum.GetValues<CasePriority>())
        {
            if (string.Equals(Code(p), code, StringComparison.Ordinal))
            {
                priority = p;
                return true;
            }
        }

        priority = default;
        return false;
    }
}
