using Frontline.Domain.Platform;

namespace Frontline.Domain.Catalogue;

/// <summary>
/// A product or service the centre supports, as agents must describe it: overview, features with their customer
/// benefit, who is eligible, fees, the approved wording, the disclosures to read out and how it compares with
/// competitors. Owned by the Catalogue module; other modules refer to it by id.
/// </summary>
public sealed class Product : IVersioned
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 120;
    public const int MaxCategoryLength = 60;
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable short code, e.g. <c>CURRENT-ACCOUNT</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }

    /// <summary>Family the product belongs to, e.g. "Current account", "Savings", "Insurance".</summary>
    public string Category { get; set; } = "";

    /// <summary>A plain description of what the product is for.</summary>
    public string Overview { get; set; } = "";

    /// <summary>The wording agents are approved to use when describing it to a customer.</summary>
    public string ApprovedWording { get; set; } = "";

    public List<ProductFeature> Features { get; set; } = [];

    public ProductEligibility Eligibility { get; set; } = new();

    public List<ProductFee> Fees { get; set; } = [];

    public List<ProductDisclosure> Disclosures { get; set; } = [];

    public List<CompetitorComparison> Comparisons { get; set; } = [];

    /// <summary>Where the product information comes from (terms, key facts, rate sheet): CC32 4.3.</summary>
    public List<InformationSource> Sources { get; set; } = [];

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Increases with every material change (what customers are told, pay or qualify by); staff acknowledge a
    /// revision, so a new one asks everyone in scope to read the product again.
    /// </summary>
    public int MaterialRevision { get; set; } = 1;

    public DateTime UpdatedAt { get; set; }

    /// <summary>Checks a customer's facts against the eligibility criteria.</summary>
    public EligibilityResult CheckEligibility(EligibilityFacts facts) => Eligibility.Evaluate(facts);

    /// <summary>What differs between this product and <paramref name="other"/>, by part, for the change record.</summary>
    public ProductDifference CompareWith(Product other)
    {
        var parts = new List<string>();
        void Check(string part, bool same)
        {
            if (!same)
            {
                parts.Add(part);
            }
        }

        Check("name", string.Equals(Name, other.Name, StringComparison.Ordinal));
        Check("category", string.Equals(Category, other.Category, StringComparison.Ordinal));
        Check("overview", string.Equals(Overview, other.Overview, StringComparison.Ordinal));
        Check("approvedWording", string.Equals(ApprovedWording, other.ApprovedWording, StringComparison.Ordinal));
        Check("features", Features.SequenceEqual(other.Features));
        Check("eligibility", Eligibility.Equals(other.Eligibility));
        Check("fees", Fees.SequenceEqual(other.Fees));
        Check("disclosures", Disclosures.SequenceEqual(other.Disclosures));
        Check("comparisons", Comparisons.SequenceEqual(other.Comparisons));
        Check("sources", Sources.SequenceEqual(other.Sources));
        Check("active", IsActive == other.IsActive);
        return new ProductDifference(parts);
    }

    /// <summary>A detached copy, to compare an edit against what was there before.</summary>
    public Product Snapshot() => new()
    {
        Id = Id, Code = Code, Name = Name, Category = Category, Overview = Overview, ApprovedWording = ApprovedWording,
        Features = [.. Features], Eligibility = Eligibility, Fees = [.. Fees], Disclosures = [.. Disclosures],
        Comparisons = [.. Comparisons], Sources = [.. Sources], IsActive = IsActive, MaterialRevision = MaterialRevision,
        Version = Version, UpdatedAt = UpdatedAt,
    };
}

/// <summary>What a feature is, and what it does for the customer (CCTC9 1.1: features and benefits).</summary>
public sealed record ProductFeature(string Feature, string Benefit);

/// <summary>A fee or charge in pence; <see cref="Frequency"/> says when it applies (e.g. "monthly", "per transaction").</summary>
public sealed record ProductFee(string Name, long AmountPence, string Frequency, string? Notes = null);

/// <summary>
/// A statement the agent must read out before the customer decides (e.g. the 14-day cancellation right for a
/// distance contract). <see cref="Code"/> identifies it in confirmations.
/// </summary>
public sealed record ProductDisclosure(string Code, string Title, string Text);

/// <summary>One row of a comparison with a competitor's product on one aspect (CC26 4.1).</summary>
public sealed record CompetitorComparison(string Competitor, string Aspect, string Ours, string Theirs);

/// <summary>A source of product information staff can go to (CC32 4.3).</summary>
public sealed record InformationSource(string Title, string Reference);

/// <summary>The parts of a product that changed; material when customers are told, charged or qualify differently.</summary>
public sealed record ProductDifference(IReadOnlyList<string> Parts)
{
    /// <summary>Parts whose change obliges agents to re-read the product.</summary>
    public static readonly IReadOnlySet<string> MaterialParts =
        new HashSet<string>(StringComparer.Ordinal) { "approvedWording", "features", "eligibility", "fees", "disclosures" };

    public bool Any => Parts.Count > 0;

    public bool IsMaterial => Parts.Any(MaterialParts.Contains);
}
