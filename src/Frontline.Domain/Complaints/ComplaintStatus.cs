namespace Frontline.Domain.Complaints;

/// <summary>Where a complaint is in its life, from receipt to closure (and the ombudsman).</summary>
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    Investigating,
    ResolvedSummary,
    FinalResponseIssued,
    Closed,
    ReferredToOmbudsman,
}

/// <summary>The firm's decision on the complaint (kept separate so the return's "upheld" rule can change).</summary>
public enum ComplaintOutcome
{
    Upheld,
    PartiallyUpheld,
    NotUpheld,
}

public static class ComplaintNames
{
    /// <summary>Kebab-case wire name, e.g. <c>final-response-issued</c>.</summary>
    public static string Slug<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var chars = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Append('-');
            }

            chars.Append(char.ToLowerInvariant(name[i]));
        }

        return chars.ToString();
    }

    public static bool TryParse<T>(string? slug, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Slug(candidate), slug?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Display(ComplaintStatus status) => status switch
    {
        ComplaintStatus.ResolvedSummary => "Resolved (summary resolution)",
        ComplaintStatus.FinalResponseIssued => "Final response issued",
        ComplaintStatus.ReferredToOmbudsman => "Referred to ombudsman",
        _ => status.ToString(),
    };

    public static string Display(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.PartiallyUpheld => "Partially upheld",
        ComplaintOutcome.NotUpheld => "Not upheld",
        _ => "Upheld",
    };
}
