namespace Frontline.Domain.Catalogue;

/// <summary>
/// Who may take a product. Every criterion that is set must be met; the result lists each unmet one as a
/// reason an agent can give the customer (CC32 1.4: help customers decide within guidelines).
/// </summary>
public sealed record ProductEligibility
{
    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    /// <summary>The customer must live in the UK.</summary>
    public bool UkResidentRequired { get; init; }

    public long? MinimumAnnualIncomePence { get; init; }

    /// <summary>Product codes the customer must already hold (e.g. a current account for an overdraft).</summary>
    public IReadOnlyList<string> RequiredProducts { get; init; } = [];

    /// <summary>Product codes that rule the customer out (e.g. an existing card of the same kind).</summary>
    public IReadOnlyList<string> ExcludedProducts { get; init; } = [];

    public EligibilityResult Evaluate(EligibilityFacts facts)
    {
        var reasons = new List<string>();
        var held = new HashSet<string>(facts.ExistingProducts ?? [], StringComparer.OrdinalIgnoreCase);
        if (MinimumAge is { } min && facts.Age < min)
        {
            reasons.Add($"The customer must be at least {min} (is {facts.Age}).");
        }

        if (MaximumAge is { } max && facts.Age > max)
        {
            reasons.Add($"The customer must be {max} or under (is {facts.Age}).");
        }

        if (UkResidentRequired && !facts.UkResident)
        {
            reasons.Add("The customer must be resident in the UK.");
        }

        if (MinimumAnnualIncomePence is { } income && (facts.AnnualIncomePence ?? 0) < income)
        {
            reasons.Add($"The customer needs an annual income of at least £{income / 100:N0}.");
        }

        foreach (var required in RequiredProducts.Where(r => !held.Contains(r)))
        {
            reasons.Add($"The customer must already hold {required}.");
        }

        foreach (var excluded in ExcludedProducts.Where(held.Contains))
        {
            reasons.Add($"Not available to customers who already hold {excluded}.");
        }

        return new EligibilityResult(reasons.Count == 0, reasons);
    }

    public bool Equals(ProductEligibility? other) =>
        other is not null && MinimumAge == other.MinimumAge && MaximumAge == other.MaximumAge
        && UkResidentRequired == other.UkResidentRequired && MinimumAnnualIncomePence == other.MinimumAnnualIncomePence
        && RequiredProducts.SequenceEqual(other.RequiredProducts, StringComparer.Ordinal)
        && ExcludedProducts.SequenceEqual(other.ExcludedProducts, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(MinimumAge, MaximumAge, UkResidentRequired, MinimumAnnualIncomePence);
}

/// <summary>What the customer tells the agent, for an eligibility check.</summary>
public sealed record EligibilityFacts(int Age, bool UkResident, IReadOnlyList<string>? ExistingProducts, long? AnnualIncomePence);

public sealed record EligibilityResult(bool Eligible, IReadOnlyList<string> Reasons);
