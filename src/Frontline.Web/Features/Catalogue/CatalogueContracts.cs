using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Catalogue;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Catalogue;

/// <summary>A product as managers write it. On update, send the <c>version</c> you read; lists replace what was there.</summary>
public sealed record ProductRequest(
    [property: Required, StringLength(Product.MaxCodeLength, MinimumLength = 2),
        RegularExpression("^[A-Z0-9][A-Z0-9-]*$", ErrorMessage = "A code uses capital letters, digits and dashes, e.g. CURRENT-ACCOUNT.")] string Code,
    [property: Required, StringLength(Product.MaxNameLength, MinimumLength = 1)] string Name,
    [property: Required, StringLength(Product.MaxCategoryLength, MinimumLength = 1)] string Category,
    [property: Required, StringLength(Product.MaxTextLength, MinimumLength = 1)] string Overview,
    [property: Required, StringLength(Product.MaxTextLength, MinimumLength = 1)] string ApprovedWording,
    IReadOnlyList<FeatureInput>? Features = null,
    EligibilityInput? Eligibility = null,
    IReadOnlyList<FeeInput>? Fees = null,
    IReadOnlyList<DisclosureInput>? Disclosures = null,
    IReadOnlyList<ComparisonInput>? Comparisons = null,
    IReadOnlyList<SourceInput>? Sources = null,
    bool? IsActive = null,
    int? Version = null,
    [property: StringLength(1000)] string? ChangeNote = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var errors = NestedValidation.Items("features", Features)
            .Concat(NestedValidation.Items("fees", Fees))
            .Concat(NestedValidation.Items("disclosures", Disclosures))
            .Concat(NestedValidation.Items("comparisons", Comparisons))
            .Concat(NestedValidation.Items("sources", Sources))
            .Concat(NestedValidation.Items<EligibilityInput>("eligibility", Eligibility is null ? null : [Eligibility]))
            .ToList();
        var duplicate = (Disclosures ?? []).GroupBy(d => d.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add(new ValidationResult($"The disclosure code '{duplicate.Key}' is used twice.", ["disclosures"]));
        }

        return errors;
    }
}

public sealed record FeatureInput(
    [property: Required, StringLength(200, MinimumLength = 1)] string Feature,
    [property: Required, StringLength(500, MinimumLength = 1)] string Benefit);

public sealed record FeeInput(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required, Range(0, 100_000_000, ErrorMessage = "amountPence must be between 0 and 100000000 (£1m).")] long? AmountPence,
    [property: Required, StringLength(40, MinimumLength = 1)] string Frequency,
    [property: StringLength(300)] string? Notes = null);

public sealed record DisclosureInput(
    [property: Required, StringLength(40, MinimumLength = 2), RegularExpression("^[a-z0-9][a-z0-9-]*$", ErrorMessage = "A disclosure code uses lower-case letters, digits and dashes.")] string Code,
    [property: Required, StringLength(120, MinimumLength = 1)] string Title,
    [property: Required, StringLength(2000, MinimumLength = 1)] string Text);

public sealed record ComparisonInput(
    [property: Required, StringLength(100, MinimumLength = 1)] string Competitor,
    [property: Required, StringLength(100, MinimumLength = 1)] string Aspect,
    [property: Required, StringLength(300, MinimumLength = 1)] string Ours,
    [property: Required, StringLength(300, MinimumLength = 1)] string Theirs);

public sealed record SourceInput(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required, StringLength(500, MinimumLength = 1)] string Reference);

public sealed record EligibilityInput(
    [property: Range(0, 130)] int? MinimumAge = null,
    [property: Range(0, 130)] int? MaximumAge = null,
    bool? UkResidentRequired = null,
    [property: Range(0, 100_000_000_00)] long? MinimumAnnualIncomePence = null,
    IReadOnlyList<string>? RequiredProducts = null,
    IReadOnlyList<string>? ExcludedProducts = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinimumAge is { } min && MaximumAge is { } max && min > max)
        {
            yield return new ValidationResult("The minimum age must not be above the maximum age.", [nameof(MinimumAge)]);
        }
    }

    public ProductEligibility ToDomain() => new()
    {
        MinimumAge = MinimumAge, MaximumAge = MaximumAge, UkResidentRequired = UkResidentRequired ?? false,
        MinimumAnnualIncomePence = MinimumAnnualIncomePence,
        RequiredProducts = [.. (RequiredProducts ?? []).Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length > 0)],
        ExcludedProducts = [.. (ExcludedProducts ?? []).Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length > 0)],
    };
}

/// <summary>What the customer says about themselves, for an eligibility check.</summary>
public sealed record EligibilityCheckRequest(
    [property: Required, Range(0, 130)] int? Age,
    [property: Required] bool? UkResident,
    IReadOnlyList<string>? ExistingProducts = null,
    [property: Range(0, 100_000_000_00)] long? AnnualIncomePence = null);

public sealed record DisclosureConfirmationRequest(
    [property: Required] Guid? ContactId,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one disclosure that was read out.")] IReadOnlyList<string> DisclosureCodes);

public sealed record ProductSummary(Guid Id, string Code, string Name, string Category, bool IsActive, int MaterialRevision, int Version);

public sealed record ProductView(Guid Id, string Code, string Name, string Category, string Overview, string ApprovedWording,
    IReadOnlyList<ProductFeature> Features, ProductEligibility Eligibility, IReadOnlyList<ProductFee> Fees,
    IReadOnlyList<ProductDisclosure> Disclosures, IReadOnlyList<CompetitorComparison> Comparisons, IReadOnlyList<InformationSource> Sources,
    bool IsActive, int MaterialRevision, DateTimeOffset UpdatedAt, int Version);

public sealed record ProductChangeView(Guid Id, DateTimeOffset ChangedAt, Guid ChangedById, string ChangedByName, IReadOnlyList<string> Parts,
    bool Material, int MaterialRevision, string? Note);

public sealed record DisclosureState(string Code, string Title, string Text, bool Confirmed, Guid? ConfirmedById, string? ConfirmedByName,
    DateTimeOffset? ConfirmedAt);

/// <summary>Which of a product's disclosures were read out in a contact, and which are still to do.</summary>
public sealed record DisclosureStatusView(Guid ProductId, Guid ContactId, IReadOnlyList<DisclosureState> Disclosures,
    IReadOnlyList<string> Outstanding, bool AllConfirmed);

// ---- knowledge ----

public sealed record CreateArticleRequest(
    [property: Required, StringLength(KnowledgeArticle.MaxTitleLength, MinimumLength = 3)] string Title,
    [property: Required, StringLength(KnowledgeArticle.MaxBodyLength, MinimumLength = 1)] string Body,
    [property: Required] DateOnly? ReviewDate,
    Guid? ProductId = null,
    IReadOnlyList<Guid>? AudienceTeamIds = null,
    Guid? OwnerId = null);

/// <summary>A new revision. <c>materialChange</c>: staff must acknowledge it once published (a typo fix need not).</summary>
public sealed record ReviseArticleRequest(
    [property: Required] int? Version,
    [property: Required, StringLength(KnowledgeArticle.MaxTitleLength, MinimumLength = 3)] string Title,
    [property: Required, StringLength(KnowledgeArticle.MaxBodyLength, MinimumLength = 1)] string Body,
    [property: Required] DateOnly? ReviewDate,
    Guid? ProductId = null,
    IReadOnlyList<Guid>? AudienceTeamIds = null,
    Guid? OwnerId = null,
    bool? MaterialChange = null,
    [property: StringLength(1000)] string? ChangeNote = null);

public sealed record ArticleTransitionRequest(
    [property: Required] int? Version,
    [property: StringLength(1000)] string? Reason = null);

public sealed record ArticleSummary(Guid Id, string Title, ArticleStatus Status, int Revision, int? PublishedRevision, Guid OwnerId,
    string OwnerName, DateOnly ReviewDate, Guid? ProductId, DateTimeOffset UpdatedAt, int Version);

public sealed record ArticleView(Guid Id, string Title, string Body, string Html, ArticleStatus Status, int Revision, int? PublishedRevision,
    Guid OwnerId, string OwnerName, Guid RevisionAuthorId, DateOnly ReviewDate, Guid? ProductId, IReadOnlyList<Guid> AudienceTeamIds,
    Guid? ApprovedById, DateTimeOffset? ApprovedAt, string? ReturnReason, int? AcknowledgeRevision, bool AcknowledgedByMe,
    DateTimeOffset UpdatedAt, int Version);

public sealed record RevisionView(int Number, string Title, Guid AuthorId, string AuthorName, DateTimeOffset SavedAt, bool Material, string? Note);

public sealed record RevisionDiffView(int From, int To, string FromTitle, string ToTitle, IReadOnlyList<DiffLine> Lines);

public sealed record AcknowledgedView(AcknowledgementSubject Subject, Guid SubjectId, int Revision, DateTimeOffset AcknowledgedAt);

public sealed record StaffAcknowledgement(Guid StaffId, string DisplayName, string? TeamName, DateTimeOffset? AcknowledgedAt);

/// <summary>Who in the caller's scope has and has not acknowledged the current revision of an article or product.</summary>
public sealed record AcknowledgementStatusView(AcknowledgementSubject Subject, Guid SubjectId, string Title, int? Revision,
    IReadOnlyList<StaffAcknowledgement> Acknowledged, IReadOnlyList<StaffAcknowledgement> Outstanding);

public sealed record ToAcknowledge(AcknowledgementSubject Subject, Guid SubjectId, string Title, int Revision);

internal static class NestedValidation
{
    /// <summary>Validates each item of a nested list, naming fields like <c>fees[0].amountPence</c>.</summary>
    public static IEnumerable<ValidationResult> Items<T>(string name, IEnumerable<T>? items)
        where T : class
    {
        var index = 0;
        foreach (var item in items ?? [])
        {
            var prefix = item is EligibilityInput ? name : $"{name}[{index}]";
            if (item is null)
            {
                yield return new ValidationResult("An item is missing.", [prefix]);
                index++;
                continue;
            }

            foreach (var (field, messages) in ValidationFilter.Validate(item))
            {
                foreach (var message in messages)
                {
                    yield return new ValidationResult(message, [$"{prefix}.{field}"]);
                }
            }

            index++;
        }
    }
}
