namespace Frontline.Domain.Complaints;

/// <summary>The configurable lists a complaint is classified by.</summary>
public static class TaxonomyKinds
{
    public const string ProductGroup = "product-group";
    public const string Cause = "cause";
    public const string RootCause = "root-cause";
    public const string Channel = "channel";

    public static readonly IReadOnlyList<string> All = [ProductGroup, Cause, RootCause, Channel];
}

/// <summary>One code of a taxonomy (product groups, causes, root causes, channels), editable in settings.</summary>
public sealed class TaxonomyEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Kind { get; init; }

    /// <summary>Stable code stored on complaints, e.g. <c>banking-credit-cards</c>.</summary>
    public required string Code { get; init; }

    public required string Label { get; set; }

    /// <summary>The group code for two-level taxonomies (FCA sub-causes under cause groups).</summary>
    public string? Parent { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>
/// The taxonomies shipped: the FCA complaints-return product groups and cause groups (regulatory-facts.md §1.7;
/// the exact Annex 1R sub-cause columns were not retrieved, so sub-causes are the published examples).
/// </summary>
public static class DefaultTaxonomies
{
    public static IEnumerable<TaxonomyEntry> Create()
    {
        foreach (var (code, label, parent) in Entries)
        {
            var kind = code.Split(':')[0];
            yield return new TaxonomyEntry { Kind = kind, Code = code.Split(':')[1], Label = label, Parent = parent };
        }
    }

    private static readonly (string Code, string Label, string? Parent)[] Entries =
    [
        ("product-group:banking-credit-cards", "Banking and credit cards", null),
        ("product-group:current-accounts", "Current accounts", "banking-credit-cards"),
        ("product-group:credit-cards", "Credit cards", "banking-credit-cards"),
        ("product-group:savings", "Savings", "banking-credit-cards"),
        ("product-group:overdrafts", "Overdrafts", "banking-credit-cards"),
        ("product-group:other-banking", "Other banking", "banking-credit-cards"),
        ("product-group:home-finance", "Home finance", null),
        ("product-group:insurance-pure-protection", "Insurance & pure protection", null),
        ("product-group:decumulation-pensions", "Decumulation & pensions", null),
        ("product-group:investments", "Investments", null),
        ("cause:advising-selling-arranging", "Advising, selling and arranging", null),
        ("cause:unsuitable-advice", "Unsuitable advice", "advising-selling-arranging"),
        ("cause:terms-disputed-sums-charges", "Terms and disputed sums/charges", null),
        ("cause:product-performance-features", "Product performance/features", "terms-disputed-sums-charges"),
        ("cause:general-admin-customer-service", "General admin/customer service", null),
        ("cause:other-general-admin-customer-service", "Other general admin/customer service", "general-admin-customer-service"),
        ("cause:arrears-related", "Arrears related", null),
        ("cause:other", "Other", null),
        ("root-cause:process-failure", "Process failure", null),
        ("root-cause:staff-error", "Staff error", null),
        ("root-cause:system-failure", "System failure", null),
        ("root-cause:unclear-communication", "Unclear communication", null),
        ("root-cause:product-design", "Product design", null),
        ("root-cause:third-party", "Third party", null),
        ("root-cause:no-fault-found", "No fault found", null),
        ("channel:phone", "Phone", null),
        ("channel:email", "Email", null),
        ("channel:letter", "Letter", null),
        ("channel:web-chat", "Web chat", null),
        ("channel:web-form", "Web form", null),
        ("channel:social-media", "Social media", null),
        ("channel:in-person", "In person", null),
    ];
}
